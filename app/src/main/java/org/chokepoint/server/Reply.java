package org.chokepoint.server;

import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;
import org.chokepoint.provenance.Provenance;

/**
 * What a handler answers: the same JSON and CSV writers the command line uses, the sources behind
 * the numbers, and a file name for downloads.
 *
 * @param csv writes the CSV form, or null when the result has none
 * @param status the HTTP status (200, or 201 for a creation)
 * @param cookies {@code Set-Cookie} values (the sign-in endpoints only)
 */
public record Reply(
    Consumer<Writer> json,
    Consumer<Writer> csv,
    List<Provenance> sources,
    String fileName,
    int status,
    List<String> cookies) {
  public Reply {
    sources = List.copyOf(sources);
    cookies = List.copyOf(cookies);
  }

  public Reply(
      Consumer<Writer> json, Consumer<Writer> csv, List<Provenance> sources, String fileName) {
    this(json, csv, sources, fileName, 200, List.of());
  }
}
