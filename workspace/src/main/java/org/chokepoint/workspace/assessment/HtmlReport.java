package org.chokepoint.workspace.assessment;

import java.util.List;
import java.util.Map;
import org.chokepoint.workspace.assessment.Joint.Analysis;
import org.chokepoint.workspace.assessment.Joint.DatasetRef;
import org.chokepoint.workspace.assessment.Joint.PooledViewRef;

/**
 * The bilingual report as one self-contained HTML page: the English report, then the same in
 * Japanese. No script, no outside resources.
 */
public final class HtmlReport {
  private HtmlReport() {}

  public static String render(Report r) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>")
        .append(esc(r.title()))
        .append(" — ")
        .append(ReportText.HEADING.en)
        .append("</title><style>")
        .append("body{font-family:'Noto Sans CJK JP','Noto Sans',sans-serif;max-width:60rem;")
        .append("margin:2rem auto;padding:0 1rem;line-height:1.5}")
        .append(".tlp{background:#000;padding:.1rem .4rem;font-family:monospace;font-weight:bold}")
        .append("table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #999;")
        .append("padding:.2rem .5rem;text-align:left;vertical-align:top}")
        .append(".hash{font-family:monospace;word-break:break-all}")
        .append(".draft{color:#a00;font-weight:bold}pre{white-space:pre-wrap}")
        .append("section.lang{border-top:3px solid #000;margin-top:2rem}")
        .append("</style></head><body>\n");
    half(b, r, false);
    half(b, r, true);
    b.append("</body></html>\n");
    return b.toString();
  }

  private static void half(StringBuilder b, Report r, boolean ja) {
    b.append("<section class=\"lang\" lang=\"")
        .append(ja ? "ja" : "en")
        .append("\"><p>")
        .append(ReportText.LANGUAGE.in(ja))
        .append("</p>");
    tlp(b, r.label());
    b.append("<h1>").append(ReportText.HEADING.in(ja)).append(": ").append(esc(r.title()));
    b.append("</h1>\n<table>");
    row(b, ReportText.ASSESSMENT.in(ja), String.valueOf(r.assessment()));
    if (r.draft()) {
      row(b, ReportText.VERSION.in(ja), r.version() + " — " + ReportText.DRAFT.in(ja));
    } else {
      row(b, ReportText.PUBLISHED.in(ja), String.valueOf(r.version()));
      b.append("<tr><th>")
          .append(ReportText.HASH.in(ja))
          .append("</th><td class=\"hash\">")
          .append(esc(r.hash()))
          .append("</td></tr>");
      row(b, ReportText.PUBLISHED_AT.in(ja), r.publishedAt());
    }
    b.append("<tr><th>").append(ReportText.LABEL.in(ja)).append("</th><td>");
    tlp(b, r.label());
    b.append("</td></tr>");
    row(b, ReportText.OWNER.in(ja), r.owner());
    row(b, ReportText.RECIPIENTS.in(ja), String.join(", ", r.recipients()));
    StringBuilder parts = new StringBuilder();
    for (Report.Party p : r.participants()) {
      parts
          .append(parts.length() > 0 ? "; " : "")
          .append(p.organisation())
          .append(" (")
          .append(p.country())
          .append(", ")
          .append(
              (p.role().equals("owner") ? ReportText.OWNER_ROLE : ReportText.INVITED_ROLE).in(ja))
          .append(")");
    }
    row(b, ReportText.PARTICIPANTS.in(ja), parts.toString());
    b.append("</table>\n<h2>").append(ReportText.SIGNOFFS.in(ja)).append("</h2>");
    if (r.signOffs().isEmpty()) {
      b.append("<p>").append(ReportText.NO_SIGNOFFS.in(ja)).append("</p>");
    } else {
      table(
          b,
          List.of(
              ReportText.ORGANISATION.in(ja),
              ReportText.SIGNER.in(ja),
              ReportText.SIGNED_AT.in(ja)),
          r.signOffs().stream()
              .map(s -> List.of(s.organisation(), s.signer(), s.signedAt()))
              .toList());
    }
    b.append("<h2>").append(ReportText.NARRATIVE.in(ja)).append("</h2><pre>");
    b.append(esc(r.narrative())).append("</pre>\n<h2>").append(ReportText.ANALYSES.in(ja));
    b.append("</h2>");
    if (r.analyses().isEmpty()) {
      b.append("<p>").append(ReportText.NO_ANALYSES.in(ja)).append("</p>");
    }
    for (Analysis a : r.analyses()) {
      b.append("<h3>").append(esc(a.kind()));
      if (!a.title().isEmpty()) {
        b.append(": ").append(esc(a.title()));
      }
      b.append("</h3><h4>").append(ReportText.PARAMETERS.in(ja)).append("</h4>");
      table(
          b,
          List.of(ReportText.PARAMETERS.in(ja), ""),
          a.parameters().entrySet().stream()
              .map((Map.Entry<String, String> e) -> List.of(e.getKey(), e.getValue()))
              .toList());
      b.append("<h4>").append(ReportText.DATASETS.in(ja)).append("</h4>");
      table(
          b,
          List.of(
              ReportText.DATASET.in(ja),
              ReportText.DATASET_VERSION.in(ja),
              ReportText.SOURCE.in(ja),
              ReportText.VINTAGE.in(ja),
              ReportText.LICENCE.in(ja)),
          a.datasets().stream()
              .map(
                  (DatasetRef d) ->
                      List.of(d.dataset(), d.version(), d.source(), d.vintage(), d.licence()))
              .toList());
    }
    b.append("<h2>").append(ReportText.POOLED.in(ja)).append("</h2>");
    if (r.pooledViews().isEmpty()) {
      b.append("<p>").append(ReportText.NO_POOLED.in(ja)).append("</p>");
    } else {
      table(
          b,
          List.of(ReportText.ASSESSMENT.in(ja), ReportText.QUERY.in(ja)),
          r.pooledViews().stream()
              .map((PooledViewRef p) -> List.of(p.title(), p.query()))
              .toList());
    }
    b.append("<p><small>").append(esc(ReportText.VERIFY.in(ja))).append("</small></p>");
    b.append("</section>\n");
  }

  private static void tlp(StringBuilder b, String label) {
    b.append("<span class=\"tlp\" style=\"color:")
        .append(ReportText.tlpColour(label))
        .append("\">")
        .append(esc(label))
        .append("</span>");
  }

  private static void row(StringBuilder b, String head, String value) {
    b.append("<tr><th>").append(head).append("</th><td>").append(esc(value)).append("</td></tr>");
  }

  private static void table(StringBuilder b, List<String> head, List<List<String>> rows) {
    b.append("<table><thead><tr>");
    head.forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
    b.append("</tr></thead><tbody>");
    for (List<String> row : rows) {
      b.append("<tr>");
      row.forEach(c -> b.append("<td>").append(esc(c)).append("</td>"));
      b.append("</tr>");
    }
    b.append("</tbody></table>\n");
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
