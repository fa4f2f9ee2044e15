package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.workspace.assessment.Joint;
import org.chokepoint.workspace.assessment.JointService;
import org.chokepoint.workspace.label.Recipient;

/** The JSON of joint assessments: reading a draft change, writing the state. */
public final class JointDraftJson {
  private JointDraftJson() {}

  static Reply edit(ApiContext c, Request r) {
    JsonNode j = r.json();
    List<Joint.Analysis> analyses =
        j.has("analyses") ? analyses(j.get("analyses"), c.workspace().catalog()) : null;
    List<Joint.PooledViewRef> pooled = j.has("pooled_views") ? pooled(j.get("pooled_views")) : null;
    Joint.State s =
        JointAssessmentsApi.service(c)
            .edit(
                r.caller().principal(),
                r.integer("id"),
                new JointService.DraftEdit(
                    AssessmentsApi.text(j, "title", false),
                    AssessmentsApi.text(j, "narrative", false),
                    analyses,
                    pooled));
    Map<String, Object> o = json(s);
    return new Reply(w -> Json.write(w, o), null, List.of(), "assessment");
  }

  /**
   * Saved analyses. A dataset written as its catalog name gets the catalog's current version and
   * provenance (as the JSON outputs state it); one written as an object is kept as given (what an
   * earlier save stored, sent back unchanged).
   */
  static List<Joint.Analysis> analyses(JsonNode v, DataCatalog catalog) {
    if (!v.isArray()) {
      throw AssessmentsApi.field("analyses", "must be an array");
    }
    Map<String, String> versions = versions(catalog.currentVersions());
    List<Joint.Analysis> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode a = v.get(i);
      String at = "analyses[" + i + "]";
      if (!a.isObject()) {
        throw AssessmentsApi.field(at, "must be an object");
      }
      Map<String, String> params = new LinkedHashMap<>();
      JsonNode p = a.get("parameters");
      if (p != null && !p.isNull()) {
        if (!p.isObject()) {
          throw AssessmentsApi.field(at + ".parameters", "must be an object");
        }
        for (var e : p.properties()) {
          if (e.getValue().isContainerNode()) {
            throw AssessmentsApi.field(
                at + ".parameters." + e.getKey(), "must be a string, number or boolean");
          }
          params.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText());
        }
      }
      List<Joint.DatasetRef> ds = new ArrayList<>();
      JsonNode d = a.get("datasets");
      if (d != null && !d.isNull()) {
        if (!d.isArray()) {
          throw AssessmentsApi.field(at + ".datasets", "must be an array");
        }
        for (JsonNode x : d) {
          ds.add(dataset(x, catalog, versions, at + ".datasets"));
        }
      }
      out.add(new Joint.Analysis(text(a, "kind"), text(a, "title"), params, ds));
    }
    return out;
  }

  private static Joint.DatasetRef dataset(
      JsonNode x, DataCatalog catalog, Map<String, String> versions, String at) {
    if (x.isTextual()) {
      String name = x.asText();
      Dataset ds =
          catalog
              .findDataset(name)
              .orElseThrow(
                  () -> AssessmentsApi.field(at, "no dataset \"" + name + "\" in the catalog"));
      Provenance p = ds.provenance();
      // an imported dataset's version is its catalog version; the bundled starter pack's is
      // named by when it was built
      return new Joint.DatasetRef(
          name,
          versions.getOrDefault(name, "starter@" + ds.manifest().importedAt()),
          p.source(),
          p.vintage(),
          p.licence(),
          p.citation());
    }
    if (!x.isObject() || !x.hasNonNull("dataset")) {
      throw AssessmentsApi.field(at, "a catalog name or an object with dataset and version");
    }
    return new Joint.DatasetRef(
        text(x, "dataset"),
        text(x, "version"),
        text(x, "source"),
        text(x, "vintage"),
        text(x, "licence"),
        text(x, "citation"));
  }

  /** {@code name=version;...} as the catalog writes it. */
  static Map<String, String> versions(String current) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : current.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        out.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return out;
  }

  static List<Joint.PooledViewRef> pooled(JsonNode v) {
    if (!v.isArray()) {
      throw AssessmentsApi.field("pooled_views", "must be an array");
    }
    List<Joint.PooledViewRef> out = new ArrayList<>();
    for (JsonNode p : v) {
      if (!p.isObject()) {
        throw AssessmentsApi.field("pooled_views", "each must be an object {title, query}");
      }
      out.add(new Joint.PooledViewRef(text(p, "title"), text(p, "query")));
    }
    return out;
  }

  private static String text(JsonNode j, String name) {
    JsonNode v = j.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** The JSON of a joint assessment, as the API and the command line write it. */
  public static Map<String, Object> json(Joint.State s) {
    Map<String, Object> o = AssessmentsApi.json(s.assessment(), true);
    o.put("narrative", s.assessment().body());
    o.put("version", s.version());
    o.put("revision", s.revision());
    o.put("state", s.published() ? "published" : "draft");
    List<Object> analyses = new ArrayList<>();
    for (Joint.Analysis a : s.analyses()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", a.kind());
      m.put("title", a.title());
      m.put("parameters", a.parameters());
      List<Object> ds = new ArrayList<>();
      for (Joint.DatasetRef d : a.datasets()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("dataset", d.dataset());
        x.put("version", d.version());
        x.put("source", d.source());
        x.put("vintage", d.vintage());
        x.put("licence", d.licence());
        x.put("citation", d.citation());
        ds.add(x);
      }
      m.put("datasets", ds);
      analyses.add(m);
    }
    o.put("analyses", analyses);
    List<Object> pooled = new ArrayList<>();
    for (Joint.PooledViewRef p : s.pooledViews()) {
      pooled.add(Map.of("title", p.title(), "query", p.query()));
    }
    o.put("pooled_views", pooled);
    List<Object> parts = new ArrayList<>();
    for (Joint.Participant p : s.participants()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("organisation", p.name());
      m.put("kind", p.kind());
      m.put("country", p.country());
      m.put("role", p.owner() ? "owner" : "invited");
      parts.add(m);
    }
    o.put("participants", parts);
    List<Object> comments = new ArrayList<>();
    s.comments().forEach(x -> comments.add(comment(x)));
    o.put("comments", comments);
    List<Object> signs = new ArrayList<>();
    for (Joint.SignOff x : s.signOffs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("organisation", x.organisation());
      m.put("signer", x.signer());
      m.put("version", x.version());
      m.put("revision", x.revision());
      m.put("signed_at", x.signedAt().toString());
      signs.add(m);
    }
    o.put("signoffs", signs);
    List<Object> versions = new ArrayList<>();
    s.versions().forEach(x -> versions.add(version(x)));
    o.put("versions", versions);
    o.put(
        "recipients",
        s.assessment().labelled().recipients().stream().map(Recipient::spelling).toList());
    return o;
  }

  static Map<String, Object> comment(Joint.Comment x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", x.id());
    m.put("version", x.version());
    m.put("parent", x.parent() == 0 ? null : x.parent());
    m.put("author", x.author());
    m.put("organisation", x.organisation());
    m.put("body", x.body());
    m.put("created_at", x.createdAt().toString());
    return m;
  }

  static Map<String, Object> version(Joint.Snapshot x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", x.version());
    m.put("content_hash", x.hash());
    m.put("published_at", x.publishedAt().toString());
    return m;
  }
}
