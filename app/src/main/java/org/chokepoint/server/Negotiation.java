package org.chokepoint.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** Which form of an answer a request asks for: JSON or CSV, by {@code format} or Accept. */
final class Negotiation {
  private Negotiation() {}

  /**
   * CSV when {@code format=csv}, or when the Accept header prefers text/csv to application/json;
   * JSON otherwise. A result without a CSV form asked for as CSV is not acceptable.
   */
  static boolean wantsCsv(Route route, Context ctx) {
    List<String> formats = ctx.queryParams("format");
    if (formats.size() > 1) {
      throw invalidFormat("given " + formats.size() + " times; give it once");
    }
    String format = formats.isEmpty() ? null : formats.get(0).strip().toLowerCase(Locale.ROOT);
    boolean csv;
    if (format != null && !format.isEmpty()) {
      if (!format.equals("csv") && !format.equals("json")) {
        throw invalidFormat("\"" + Request.clip(format) + "\" is not one of json, csv");
      }
      csv = format.equals("csv");
    } else {
      double[] q = accept(ctx.header("Accept"));
      if (q[0] <= 0 && q[1] <= 0) {
        throw ApiException.of(
            Problem.Kind.NOT_ACCEPTABLE,
            "this endpoint answers application/json"
                + (route.csv() ? " or text/csv" : "")
                + ", not "
                + Request.clip(ctx.header("Accept")));
      }
      csv = q[1] > q[0];
    }
    if (csv && !route.csv()) {
      throw ApiException.of(
          Problem.Kind.NOT_ACCEPTABLE, "this endpoint answers application/json only");
    }
    return csv;
  }

  private static ApiException invalidFormat(String message) {
    return new ApiException(
        Problem.of(
            Problem.Kind.INVALID_REQUEST,
            "format: " + message,
            List.of(new Problem.Error("format", message))));
  }

  /** The quality the Accept header gives JSON ([0]) and CSV ([1]); no header accepts both. */
  static double[] accept(String header) {
    if (header == null || header.isBlank()) {
      return new double[] {1, 1};
    }
    double json = 0;
    double csv = 0;
    for (String part : header.split(",")) {
      String[] bits = part.split(";");
      String type = bits[0].strip().toLowerCase(Locale.ROOT);
      double q = 1;
      for (int i = 1; i < bits.length; i++) {
        String b = bits[i].strip();
        if (b.startsWith("q=")) {
          try {
            q = Double.parseDouble(b.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      switch (type) {
        case "application/json", "application/*" -> json = Math.max(json, q);
        case "text/csv", "text/*" -> csv = Math.max(csv, q);
        case "*/*" -> {
          json = Math.max(json, q);
          csv = Math.max(csv, q * 0.999);
        }
        default -> {}
      }
    }
    return new double[] {json, csv};
  }
}
