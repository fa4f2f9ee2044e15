package org.chokepoint.server;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.chokepoint.provenance.Provenance;

/**
 * What a handler answers: the same JSON and CSV writers the command line uses, the sources behind
 * the numbers, and a file name for downloads; a status other than 200 and extra headers when the
 * answer needs them (202 Accepted with {@code Location}).
 *
 * @param csv writes the CSV form, or null when the result has none
 */
public record Reply(
    Consumer<Writer> json,
    Consumer<Writer> csv,
    List<Provenance> sources,
    String fileName,
    int status,
    Map<String, String> headers) {
  public Reply {
    sources = List.copyOf(sources);
    headers = Map.copyOf(headers);
  }

  /** A 200 answer. */
  public Reply(
      Consumer<Writer> json, Consumer<Writer> csv, List<Provenance> sources, String fileName) {
    this(json, csv, sources, fileName, 200, Map.of());
  }
}
