package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.workspace.assessment.HtmlReport;
import org.chokepoint.workspace.assessment.Joint;
import org.chokepoint.workspace.assessment.JointService;
import org.chokepoint.workspace.assessment.PdfReport;
import org.chokepoint.workspace.assessment.Report;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.RouteAccess;

/**
 * Joint assessments under {@code /api/v1/assessments/{id}/}: the draft with its saved analyses and
 * pooled-view references, invitations, comments, sign-offs, published versions and the bilingual
 * report. Every decision is the access policy's (through {@link JointService}); an assessment the
 * caller may not read answers 404 exactly as a missing one.
 */
final class JointAssessmentsApi implements Capability {
  private static final String BASE = "/api/v1/assessments/{id}";
  private static final String TAG = "assessments";

  @Override
  public List<Route> routes(ApiContext c) {
    Param id = Param.path("id", Param.Type.INTEGER, "The assessment's id.");
    Param version =
        Param.of(
            "version",
            Param.Type.INTEGER,
            "A published version; 0 for the current draft; none for the latest published"
                + " version (the draft when none is published).");
    return List.of(
        Route.get(BASE + "/joint", TAG)
            .summary("The joint assessment: draft, participants, comments, sign-offs, versions")
            .param(id)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> state(c, r)),
        Route.post(BASE + "/draft", TAG)
            .summary("Change the draft: title, narrative, saved analyses, pooled-view references")
            .description(
                "Body (application/json), each field optional: title, narrative, analyses (array"
                    + " of {kind, title, parameters: {name: value}, datasets: [catalog name, or the"
                    + " object an earlier save stored]}), pooled_views (array of {title, query})."
                    + " A dataset named by its catalog name gets its current catalog version and"
                    + " provenance. Any change voids the sign-offs; after publishing it starts the"
                    + " next version. Needs the analyst role or more in the owner organisation.")
            .param(id)
            .body("application/json", "the fields to change", 512 << 10)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> JointDraftJson.edit(c, r)),
        Route.post(BASE + "/invite", TAG)
            .summary("Invite partner organisations to take part (and receive it)")
            .description(
                "Body: {\"organisations\": [names]}. Needs the contributor or admin role in the"
                    + " owner organisation; the label must be TLP:AMBER, TLP:GREEN or TLP:CLEAR.")
            .param(id)
            .body("application/json", "{\"organisations\": [...]}", 64 << 10)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> invite(c, r)),
        Route.get(BASE + "/comments", TAG)
            .summary("The comments on the current version's draft")
            .param(id)
            .access(RouteAccess.OBJECTS)
            .handler(r -> comments(c, r)),
        Route.post(BASE + "/comments", TAG)
            .summary("Comment on the draft (a reply names its parent)")
            .description(
                "Body: {\"body\": text, \"parent\": comment id (optional), \"organisation\":"
                    + " name (optional)}. Needs the analyst role or more in a participating"
                    + " organisation. Answers 201.")
            .param(id)
            .body("application/json", "the comment", 64 << 10)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> comment(c, r)),
        Route.post(BASE + "/signoff", TAG)
            .summary("Sign the draft for your organisation; the last sign-off publishes it")
            .description(
                "Body: {\"organisation\": name (optional), \"revision\": the revision read"
                    + " (optional; a changed draft answers 409)}. Needs the analyst role or more"
                    + " in a participating organisation.")
            .param(id)
            .body("application/json", "the sign-off", 4 << 10)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> signOff(c, r)),
        Route.get(BASE + "/versions", TAG)
            .summary("The published versions with their content hashes")
            .param(id)
            .access(RouteAccess.OBJECTS)
            .handler(r -> versions(c, r)),
        Route.get(BASE + "/versions/{version}", TAG)
            .summary("One published version: the canonical JSON its content hash covers")
            .description("The bytes are exactly those hashed: sha256 of the body equals the hash.")
            .param(id)
            .param(Param.path("version", Param.Type.INTEGER, "The version number."))
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> snapshot(c, r)),
        Route.get(BASE + "/report.html", TAG)
            .summary("The bilingual report (English, then Japanese) as HTML")
            .param(id)
            .param(version)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> report(c, r, false)),
        Route.get(BASE + "/report.pdf", TAG)
            .summary("The bilingual report as PDF (English only, with a note, without a CJK font)")
            .param(id)
            .param(version)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> report(c, r, true)));
  }

  static JointService service(ApiContext c) {
    return c.workspaceServices().await().joint();
  }

  private static Reply state(ApiContext c, Request r) {
    Joint.State s = service(c).state(r.caller().principal(), r.integer("id"), Action.READ);
    Map<String, Object> o = JointDraftJson.json(s);
    return new Reply(w -> Json.write(w, o), null, List.of(), "assessment-" + s.assessment().id());
  }

  private static Reply invite(ApiContext c, Request r) {
    JsonNode j = r.json();
    Joint.State s =
        service(c)
            .invite(
                r.caller().principal(),
                r.integer("id"),
                AssessmentsApi.strings(j, "organisations"));
    Map<String, Object> o = JointDraftJson.json(s);
    return new Reply(w -> Json.write(w, o), null, List.of(), "assessment");
  }

  private static Reply comments(ApiContext c, Request r) {
    Joint.State s =
        service(c)
            .state(r.caller().principal(), r.integer("id"), r.csv() ? Action.EXPORT : Action.READ);
    List<Map<String, Object>> items = new ArrayList<>();
    s.comments().forEach(x -> items.add(JointDraftJson.comment(x)));
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("version", s.version());
    o.put("comments", items);
    return new Reply(
        w -> Json.write(w, o),
        w -> {
          var csv = new org.chokepoint.data.text.CsvWriter(w);
          csv.row(
              List.of("id", "version", "parent", "author", "organisation", "created_at", "body"));
          for (Joint.Comment x : s.comments()) {
            csv.row(
                List.of(
                    String.valueOf(x.id()),
                    String.valueOf(x.version()),
                    x.parent() == 0 ? "" : String.valueOf(x.parent()),
                    x.author(),
                    x.organisation(),
                    x.createdAt().toString(),
                    x.body()));
          }
          csv.flush();
        },
        List.of(),
        "assessment-" + s.assessment().id() + "-comments");
  }

  private static Reply comment(ApiContext c, Request r) {
    JsonNode j = r.json();
    JsonNode parent = j.get("parent");
    if (parent != null && !parent.isNull() && !parent.canConvertToLong()) {
      throw AssessmentsApi.field("parent", "must be a comment id");
    }
    Joint.Comment x =
        service(c)
            .comment(
                r.caller().principal(),
                r.integer("id"),
                AssessmentsApi.text(j, "body", true),
                parent == null || parent.isNull() ? 0 : parent.asLong(),
                AssessmentsApi.text(j, "organisation", false));
    Map<String, Object> o = JointDraftJson.comment(x);
    return new Reply(w -> Json.write(w, o), null, List.of(), "comment", 201, List.of());
  }

  private static Reply signOff(ApiContext c, Request r) {
    JsonNode j = r.json();
    JsonNode rev = j.get("revision");
    if (rev != null && !rev.isNull() && !rev.canConvertToInt()) {
      throw AssessmentsApi.field("revision", "must be an integer");
    }
    Joint.State s =
        service(c)
            .signOff(
                r.caller().principal(),
                r.integer("id"),
                AssessmentsApi.text(j, "organisation", false),
                rev == null || rev.isNull() ? null : rev.asInt());
    Map<String, Object> o = JointDraftJson.json(s);
    return new Reply(w -> Json.write(w, o), null, List.of(), "assessment");
  }

  private static Reply versions(ApiContext c, Request r) {
    List<Joint.Snapshot> all = service(c).versions(r.caller().principal(), r.integer("id"));
    List<Map<String, Object>> items = new ArrayList<>();
    all.forEach(x -> items.add(JointDraftJson.version(x)));
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("versions", items);
    return new Reply(
        w -> Json.write(w, o),
        w -> {
          var csv = new org.chokepoint.data.text.CsvWriter(w);
          csv.row(List.of("version", "content_hash", "published_at"));
          for (Joint.Snapshot x : all) {
            csv.row(List.of(String.valueOf(x.version()), x.hash(), x.publishedAt().toString()));
          }
          csv.flush();
        },
        List.of(),
        "assessment-" + r.integer("id") + "-versions");
  }

  private static Reply snapshot(ApiContext c, Request r) {
    Joint.Snapshot s =
        service(c)
            .version(r.caller().principal(), r.integer("id"), r.integer("version"), Action.READ);
    return Reply.document(
        new Reply.Document(
            s.canonical().getBytes(StandardCharsets.UTF_8),
            "application/json; charset=utf-8",
            true),
        "assessment-" + s.assessmentId() + "-v" + s.version() + ".json",
        Map.of("Content-Hash", s.hash()));
  }

  private static Reply report(ApiContext c, Request r, boolean pdf) {
    Report rep = service(c).report(r.caller().principal(), r.integer("id"), r.integer("version"));
    String name =
        "assessment-" + rep.assessment() + "-v" + rep.version() + (rep.draft() ? "-draft" : "");
    if (pdf) {
      return Reply.document(
          new Reply.Document(
              PdfReport.render(rep, PdfReport.systemCjkFont()), "application/pdf", false),
          name + ".pdf",
          Map.of());
    }
    return Reply.document(
        new Reply.Document(
            HtmlReport.render(rep).getBytes(StandardCharsets.UTF_8),
            "text/html; charset=utf-8",
            true),
        name + ".html",
        // the report holds what participants wrote: shown with no script and no outside loads
        Map.of(
            "Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'"));
  }
}
