package org.chokepoint.server;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.chokepoint.provenance.Provenance;

/**
 * What a handler answers: the same JSON and CSV writers the command line uses, the sources behind
 * the numbers, and a file name for downloads; a status other than 200 and extra headers when the
 * answer needs them (202 Accepted with {@code Location}), and cookies for the sign-in endpoints.
 *
 * @param csv writes the CSV form, or null when the result has none
 * @param status the HTTP status (200, 201 for a creation, 202 for a job accepted)
 * @param headers extra response headers
 * @param cookies {@code Set-Cookie} values (the sign-in endpoints only)
 */
public record Reply(
    Consumer<Writer> json,
    Consumer<Writer> csv,
    List<Provenance> sources,
    String fileName,
    int status,
    Map<String, String> headers,
    List<String> cookies,
    Document document) {
  public Reply {
    sources = List.copyOf(sources);
    headers = Map.copyOf(headers);
    cookies = List.copyOf(cookies);
  }

  /**
   * A finished document answered as it is instead of JSON or CSV (a report as HTML or PDF).
   *
   * @param mediaType such as {@code application/pdf}
   * @param inline whether a browser shows it ({@code inline}) or saves it ({@code attachment})
   */
  public record Document(byte[] bytes, String mediaType, boolean inline) {}

  /** An answer with its own status, headers and cookies. */
  public Reply(
      Consumer<Writer> json,
      Consumer<Writer> csv,
      List<Provenance> sources,
      String fileName,
      int status,
      Map<String, String> headers,
      List<String> cookies) {
    this(json, csv, sources, fileName, status, headers, cookies, null);
  }

  /** A document answered as it is; {@code fileName} with its extension. */
  public static Reply document(Document document, String fileName, Map<String, String> headers) {
    return new Reply(null, null, List.of(), fileName, 200, headers, List.of(), document);
  }

  /** A 200 answer. */
  public Reply(
      Consumer<Writer> json, Consumer<Writer> csv, List<Provenance> sources, String fileName) {
    this(json, csv, sources, fileName, 200, Map.of(), List.of());
  }

  /** An answer with its own status and headers. */
  public Reply(
      Consumer<Writer> json,
      Consumer<Writer> csv,
      List<Provenance> sources,
      String fileName,
      int status,
      Map<String, String> headers) {
    this(json, csv, sources, fileName, status, headers, List.of());
  }

  /** An answer with its own status that sets cookies. */
  public Reply(
      Consumer<Writer> json,
      Consumer<Writer> csv,
      List<Provenance> sources,
      String fileName,
      int status,
      List<String> cookies) {
    this(json, csv, sources, fileName, status, Map.of(), cookies);
  }
}
