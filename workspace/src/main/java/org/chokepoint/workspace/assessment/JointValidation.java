package org.chokepoint.workspace.assessment;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chokepoint.workspace.assessment.Joint.Analysis;
import org.chokepoint.workspace.assessment.Joint.DatasetRef;
import org.chokepoint.workspace.assessment.Joint.PooledViewRef;

/** Limits on what a joint draft holds, each refusal naming the field. */
final class JointValidation {
  static final int MAX_ANALYSES = 50;
  static final int MAX_PARAMETERS = 50;
  static final int MAX_DATASETS = 20;
  static final int MAX_TEXT = 2_000;
  static final int MAX_COMMENT = 20_000;
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  private JointValidation() {}

  static String title(String t) {
    if (t.isBlank()) {
      throw new IllegalArgumentException("title: required");
    }
    return checked(t.strip(), "title", AssessmentService.MAX_TITLE);
  }

  static String narrative(String n) {
    return checked(n, "narrative", AssessmentService.MAX_BODY);
  }

  static String comment(String body) {
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("body: required");
    }
    return checked(body.strip(), "body", MAX_COMMENT);
  }

  static List<Analysis> analyses(List<Analysis> list) {
    if (list.size() > MAX_ANALYSES) {
      throw new IllegalArgumentException("analyses: more than " + MAX_ANALYSES);
    }
    for (int i = 0; i < list.size(); i++) {
      Analysis a = list.get(i);
      String at = "analyses[" + i + "]";
      if (a.kind() == null || !KIND.matcher(a.kind()).matches()) {
        throw new IllegalArgumentException(
            at + ".kind: a lower-case name such as minerals, dependence, chokepoints or pooled");
      }
      checked(a.title() == null ? "" : a.title(), at + ".title", 200);
      if (a.parameters().size() > MAX_PARAMETERS) {
        throw new IllegalArgumentException(at + ".parameters: more than " + MAX_PARAMETERS);
      }
      for (Map.Entry<String, String> e : a.parameters().entrySet()) {
        checked(e.getKey(), at + ".parameters", 100);
        checked(e.getValue(), at + ".parameters." + e.getKey(), MAX_TEXT);
      }
      if (a.datasets().size() > MAX_DATASETS) {
        throw new IllegalArgumentException(at + ".datasets: more than " + MAX_DATASETS);
      }
      for (DatasetRef d : a.datasets()) {
        for (String s :
            List.of(d.dataset(), d.version(), d.source(), d.vintage(), d.licence(), d.citation())) {
          checked(s, at + ".datasets", MAX_TEXT);
        }
      }
    }
    return list;
  }

  static List<PooledViewRef> pooled(List<PooledViewRef> list) {
    if (list.size() > MAX_ANALYSES) {
      throw new IllegalArgumentException("pooled_views: more than " + MAX_ANALYSES);
    }
    for (int i = 0; i < list.size(); i++) {
      PooledViewRef p = list.get(i);
      checked(p.title() == null ? "" : p.title(), "pooled_views[" + i + "].title", 200);
      if (p.query() == null || p.query().isBlank()) {
        throw new IllegalArgumentException("pooled_views[" + i + "].query: required");
      }
      checked(p.query(), "pooled_views[" + i + "].query", MAX_TEXT);
    }
    return list;
  }

  private static String checked(String s, String field, int max) {
    if (s == null) {
      throw new IllegalArgumentException(field + ": required");
    }
    if (s.length() > max) {
      throw new IllegalArgumentException(field + ": longer than " + max + " characters");
    }
    try {
      CanonicalJson.write(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
    }
    return s;
  }
}
