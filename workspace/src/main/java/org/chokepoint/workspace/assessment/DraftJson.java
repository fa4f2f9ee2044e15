package org.chokepoint.workspace.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.workspace.assessment.Joint.Analysis;
import org.chokepoint.workspace.assessment.Joint.DatasetRef;
import org.chokepoint.workspace.assessment.Joint.PooledViewRef;

/**
 * The analyses and pooled-view references of a draft as JSON: the same maps the snapshot holds,
 * stored as canonical JSON and read back.
 */
final class DraftJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DraftJson() {}

  static Map<String, Object> map(Analysis a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", a.kind());
    m.put("title", a.title());
    m.put("parameters", new LinkedHashMap<>(a.parameters()));
    List<Object> ds = new ArrayList<>();
    for (DatasetRef d : a.datasets()) {
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
    return m;
  }

  static Map<String, Object> map(PooledViewRef p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", p.title());
    m.put("query", p.query());
    return m;
  }

  static String analyses(List<Analysis> list) {
    return CanonicalJson.write(list.stream().map(DraftJson::map).toList());
  }

  static String pooled(List<PooledViewRef> list) {
    return CanonicalJson.write(list.stream().map(DraftJson::map).toList());
  }

  static List<Analysis> readAnalyses(String json) {
    return readAnalyses(tree(json));
  }

  static List<Analysis> readAnalyses(JsonNode array) {
    List<Analysis> out = new ArrayList<>();
    for (JsonNode a : array) {
      Map<String, String> params = new LinkedHashMap<>();
      a.get("parameters").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
      List<DatasetRef> ds = new ArrayList<>();
      for (JsonNode d : a.get("datasets")) {
        ds.add(
            new DatasetRef(
                d.get("dataset").asText(),
                d.get("version").asText(),
                d.get("source").asText(),
                d.get("vintage").asText(),
                d.get("licence").asText(),
                d.get("citation").asText()));
      }
      out.add(new Analysis(a.get("kind").asText(), a.get("title").asText(), params, ds));
    }
    return out;
  }

  static List<PooledViewRef> readPooled(String json) {
    return readPooled(tree(json));
  }

  static List<PooledViewRef> readPooled(JsonNode array) {
    List<PooledViewRef> out = new ArrayList<>();
    for (JsonNode p : array) {
      out.add(new PooledViewRef(p.get("title").asText(), p.get("query").asText()));
    }
    return out;
  }

  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("stored draft JSON: " + e.getMessage(), e);
    }
  }
}
