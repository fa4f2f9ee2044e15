package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.workspace.assessment.Assessment;
import org.chokepoint.workspace.assessment.AssessmentService;
import org.chokepoint.workspace.label.Recipient;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.RouteAccess;

/**
 * {@code /api/v1/assessments}: saved assessments with their TLP label, owner and recipients. Every
 * decision is the access policy's (through {@link AssessmentService}); an assessment the caller may
 * not read answers 404 exactly as a missing one.
 */
final class AssessmentsApi implements Capability {
  static final List<String> COLUMNS =
      List.of("id", "title", "label", "owner", "author", "recipients", "created_at", "updated_at");

  private static final String LABELS = "TLP:RED, TLP:AMBER+STRICT, TLP:AMBER, TLP:GREEN, TLP:CLEAR";

  @Override
  public List<Route> routes(ApiContext c) {
    Param id = Param.path("id", Param.Type.INTEGER, "The assessment's id.");
    return List.of(
        Route.post("/api/v1/assessments", "assessments")
            .summary("Save an assessment with its label and recipients")
            .description(
                "Body (application/json): title, label ("
                    + LABELS
                    + "), recipients (organisation names, group:NAME for a sharing group,"
                    + " user:EMAIL for TLP:RED), body (text), organisation (optional: the owner,"
                    + " else the caller's own). Needs the analyst role or more. Answers 201.")
            .body("application/json", "the assessment as JSON", 256 << 10)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> create(c, r)),
        Route.get("/api/v1/assessments", "assessments")
            .summary("The assessments the caller may read (search with q, export as CSV)")
            .description(
                "Lists only what the caller's label rights allow; nothing about the others (not"
                    + " their number) is revealed.")
            .param(Param.of("q", Param.Type.STRING, "Only those whose title contains this."))
            .access(RouteAccess.OBJECTS)
            .handler(r -> list(c, r)),
        Route.get("/api/v1/assessments/{id}", "assessments")
            .summary("One assessment with its body, label and recipients")
            .description("404 when it does not exist or the caller may not read it, alike.")
            .param(id)
            .access(RouteAccess.OBJECTS)
            .handler(r -> get(c, r)),
        Route.post("/api/v1/assessments/{id}/share", "assessments")
            .summary("Change the recipients and optionally the label")
            .description(
                "Body (application/json): recipients (replacing the list), label (optional)."
                    + " Needs the contributor or admin role in the owner organisation; recorded"
                    + " in the audit log.")
            .param(id)
            .body("application/json", "{\"recipients\": [...], \"label\": \"...\"}", 64 << 10)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> share(c, r)));
  }

  private static AssessmentService service(ApiContext c) {
    return c.workspaceServices().await().assessments();
  }

  private static Reply create(ApiContext c, Request r) {
    JsonNode j = r.json();
    Assessment a =
        service(c)
            .create(
                r.caller().principal(),
                new AssessmentService.Draft(
                    text(j, "title", true),
                    text(j, "label", true),
                    strings(j, "recipients"),
                    text(j, "body", false),
                    text(j, "organisation", false)));
    Map<String, Object> o = json(a, true);
    return new Reply(w -> Json.write(w, o), null, List.of(), "assessment", 201, List.of());
  }

  private static Reply get(ApiContext c, Request r) {
    Assessment a =
        service(c)
            .get(r.caller().principal(), r.integer("id"), r.csv() ? Action.EXPORT : Action.READ);
    Map<String, Object> o = json(a, true);
    return new Reply(
        w -> Json.write(w, o), w -> csv(w, List.of(a)), List.of(), "assessment-" + a.id());
  }

  private static Reply list(ApiContext c, Request r) {
    String q = r.string("q");
    Action action = r.csv() ? Action.EXPORT : q != null ? Action.SEARCH : Action.LIST;
    List<Assessment> all = service(c).list(r.caller().principal(), q, action);
    List<Map<String, Object>> items = new ArrayList<>();
    all.forEach(a -> items.add(json(a, false)));
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("assessments", items);
    return new Reply(w -> Json.write(w, o), w -> csv(w, all), List.of(), "assessments");
  }

  private static Reply share(ApiContext c, Request r) {
    JsonNode j = r.json();
    if (!j.has("recipients")) {
      throw field("recipients", "required, an array of names (may be empty)");
    }
    Assessment a =
        service(c)
            .share(
                r.caller().principal(),
                r.integer("id"),
                strings(j, "recipients"),
                text(j, "label", false));
    Map<String, Object> o = json(a, true);
    return new Reply(w -> Json.write(w, o), null, List.of(), "assessment");
  }

  static Map<String, Object> json(Assessment a, boolean withBody) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", a.id());
    o.put("title", a.title());
    o.put("label", a.labelled().label().spelling());
    o.put("owner", a.owner());
    o.put("author", a.author());
    o.put("recipients", a.labelled().recipients().stream().map(Recipient::spelling).toList());
    o.put("created_at", a.createdAt().toString());
    o.put("updated_at", a.updatedAt().toString());
    if (withBody) {
      o.put("body", a.body());
    }
    return o;
  }

  private static void csv(java.io.Writer w, List<Assessment> list) {
    {
      CsvWriter csv = new CsvWriter(w);
      csv.row(COLUMNS);
      for (Assessment a : list) {
        csv.row(
            List.of(
                String.valueOf(a.id()),
                a.title(),
                a.labelled().label().spelling(),
                a.owner(),
                a.author(),
                String.join(
                    ";", a.labelled().recipients().stream().map(Recipient::spelling).toList()),
                a.createdAt().toString(),
                a.updatedAt().toString()));
      }
      csv.flush();
    }
  }

  static String text(JsonNode j, String name, boolean required) {
    JsonNode v = j.get(name);
    if (v == null || v.isNull()) {
      if (required) {
        throw field(name, "required");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw field(name, "must be a string");
    }
    return v.asText();
  }

  static List<String> strings(JsonNode j, String name) {
    JsonNode v = j.get(name);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw field(name, "must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode x : v) {
      if (!x.isTextual()) {
        throw field(name, "must be an array of strings");
      }
      out.add(x.asText());
    }
    if (out.size() > 500) {
      throw field(name, "more than 500 entries");
    }
    return out;
  }

  static ApiException field(String name, String message) {
    return new ApiException(
        Problem.of(
            Problem.Kind.INVALID_REQUEST,
            name + ": " + message,
            List.of(new Problem.Error(name, message))));
  }
}
