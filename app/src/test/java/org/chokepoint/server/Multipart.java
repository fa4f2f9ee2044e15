package org.chokepoint.server;

import java.util.LinkedHashMap;
import java.util.Map;

/** A multipart/form-data body of text files and fields, for upload tests. */
final class Multipart {
  static final String BOUNDARY = "chokepoint-test-boundary-7e3f";
  static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

  private final Map<String, String[]> parts = new LinkedHashMap<>();

  Multipart file(String field, String fileName, String content) {
    parts.put(field, new String[] {fileName, content});
    return this;
  }

  Multipart field(String field, String value) {
    parts.put(field, new String[] {null, value});
    return this;
  }

  /** A contribution upload: name, nodes.csv and links.csv. */
  static String contribution(String name, String nodes, String links) {
    return new Multipart()
        .field("name", name)
        .file("nodes", "nodes.csv", nodes)
        .file("links", "links.csv", links)
        .body();
  }

  String body() {
    StringBuilder b = new StringBuilder();
    parts.forEach(
        (field, v) -> {
          b.append("--").append(BOUNDARY).append("\r\n");
          b.append("Content-Disposition: form-data; name=\"").append(field).append('"');
          if (v[0] != null) {
            b.append("; filename=\"").append(v[0]).append("\"\r\nContent-Type: text/csv");
          }
          b.append("\r\n\r\n").append(v[1]).append("\r\n");
        });
    return b.append("--").append(BOUNDARY).append("--\r\n").toString();
  }
}
