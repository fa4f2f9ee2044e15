package org.chokepoint.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The browsable API page at {@code /api}: every route with its parameters as a form that runs it.
 * Made on the server from the route table, with no script and nothing loaded from elsewhere, so it
 * works offline.
 */
final class ApiPage {
  private ApiPage() {}

  static String html(List<Route> routes) {
    Map<String, StringBuilder> byTag = new LinkedHashMap<>();
    for (Route r : routes) {
      StringBuilder b = byTag.computeIfAbsent(r.tag(), t -> new StringBuilder());
      String id = r.operationId();
      b.append("<section class=\"op\" id=\"").append(id).append("\">\n");
      b.append("<h3><span class=\"m\">")
          .append(r.method())
          .append("</span> <code>")
          .append(esc(r.path()))
          .append("</code></h3>\n<p>")
          .append(esc(r.summary()))
          .append("</p>\n");
      if (!r.description().isEmpty()) {
        b.append("<p class=\"d\">").append(esc(r.description())).append("</p>\n");
      }
      if ((r.body() != null && r.body().json()) || r.params().stream().anyMatch(Param::inPath)) {
        b.append(
                "<p class=\"d\">Call it with a JSON client (see the OpenAPI document); it"
                    + " takes ")
            .append(r.body() != null ? "a JSON body" : "the id in the path")
            .append(".</p>\n</section>\n");
        continue;
      }
      b.append("<form method=\"")
          .append(r.method().toLowerCase(java.util.Locale.ROOT))
          .append("\" action=\"")
          .append(esc(r.path()))
          .append("\"")
          .append(r.body() != null ? " enctype=\"multipart/form-data\"" : "")
          .append(
              ">\n<table><thead><tr><th scope=\"col\">Parameter</th><th scope=\"col\">Value"
                  + "</th><th scope=\"col\">Description</th></tr></thead><tbody>\n");
      for (Param p : r.params()) {
        String fid = id + "-" + p.name();
        b.append("<tr><td><label for=\"")
            .append(fid)
            .append("\">")
            .append(esc(p.name()))
            .append(p.required() ? " <abbr title=\"required\">*</abbr>" : "")
            .append("</label><br><small>")
            .append(p.type().schema)
            .append("</small></td><td>");
        if (!p.allowed().isEmpty()) {
          b.append("<select id=\"").append(fid).append("\" name=\"").append(p.name()).append("\">");
          b.append("<option value=\"\"></option>");
          for (String v : p.allowed()) {
            b.append("<option>").append(esc(v)).append("</option>");
          }
          b.append("</select>");
        } else {
          b.append("<input id=\"")
              .append(fid)
              .append("\" name=\"")
              .append(p.name())
              .append("\"")
              .append(p.defaultValue() != null ? " value=\"" + esc(p.defaultValue()) + "\"" : "")
              .append(p.example() != null ? " placeholder=\"" + esc(p.example()) + "\"" : "")
              .append(p.required() ? " required" : "")
              .append(">");
        }
        b.append("</td><td>").append(esc(p.description())).append("</td></tr>\n");
      }
      if (r.body() != null) {
        b.append("<tr><td><label for=\"")
            .append(id)
            .append("-file\">file *</label></td><td><input type=\"file\" id=\"")
            .append(id)
            .append("-file\" name=\"file\" accept=\".csv,text/csv\" required></td><td>")
            .append(esc(r.body().description()))
            .append("</td></tr>\n");
      }
      b.append("<tr><td><label for=\"")
          .append(id)
          .append("-format\">format</label></td><td><select id=\"")
          .append(id)
          .append("-format\" name=\"format\"><option>json</option>")
          .append(r.csv() ? "<option>csv</option>" : "")
          .append("</select></td><td>Answer format.</td></tr>\n");
      b.append("</tbody></table>\n<button type=\"submit\">Run</button>\n</form>\n</section>\n");
    }
    StringBuilder page = new StringBuilder();
    page.append(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>Chokepoint API</title>\n<style>\n"
            + "body{font-family:system-ui,sans-serif;max-width:72rem;margin:0 auto;padding:1rem;"
            + "color:#1a1a1a;line-height:1.4}\n"
            + "code{background:#f2f2f2;padding:0 .2rem}\n.m{background:#0b5394;color:#fff;"
            + "padding:.1rem .4rem;border-radius:.2rem;font-size:.9rem}\n"
            + ".op{border:1px solid #ccc;border-radius:.3rem;padding:.5rem 1rem;margin:1rem 0}\n"
            + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e5e5e5;"
            + "padding:.3rem;text-align:left;vertical-align:top}\n.d{color:#444}\n"
            + "button{padding:.3rem 1rem}\n</style>\n</head>\n<body>\n<header>\n"
            + "<h1>Chokepoint API</h1>\n<p>Every analysis of the command line, over HTTP. The"
            + " machine-readable description is <a href=\"/openapi.json\">/openapi.json</a>"
            + " (OpenAPI 3). JSON by default; CSV with <code>format=csv</code> or <code>Accept:"
            + " text/csv</code>. Errors are RFC 9457 problem details. The web UI is at <a"
            + " href=\"/\">/</a>.</p>\n<nav aria-label=\"Endpoints\"><ul>\n");
    for (Route r : routes) {
      page.append("<li><a href=\"#")
          .append(r.operationId())
          .append("\">")
          .append(r.method())
          .append(" ")
          .append(esc(r.path()))
          .append("</a></li>\n");
    }
    page.append("<li>GET <a href=\"/health\">/health</a></li>\n</ul></nav>\n</header>\n<main>\n");
    byTag.forEach(
        (tag, body) -> page.append("<h2>").append(esc(tag)).append("</h2>\n").append(body));
    page.append("</main>\n</body>\n</html>\n");
    return page.toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
