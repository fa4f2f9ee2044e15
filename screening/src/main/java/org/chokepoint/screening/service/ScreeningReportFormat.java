package org.chokepoint.screening.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.screening.match.NameToken;
import org.chokepoint.screening.match.Thresholds;
import org.chokepoint.screening.match.TokenPair;

/**
 * Screening results as CSV (one row per hit, or one no-match row for a name without hits; RFC 4180,
 * one header row) and JSON (every name with its hits, the thresholds and the list versions
 * screened, each with source, vintage and licence; each hit with the words paired and those left
 * unpaired).
 */
public final class ScreeningReportFormat {
  /** The hit columns, after the input's own columns. */
  public static final List<String> HIT_COLUMNS =
      List.of(
          "rank",
          "decision",
          "score",
          "list",
          "list_date",
          "entry_id",
          "matched_name",
          "matched_name_kind",
          "listed_name",
          "schema",
          "programmes",
          "explanation");

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private ScreeningReportFormat() {}

  /** One screened input row: its own columns and the result. */
  public record Row(List<String> header, List<String> fields, ScreeningResult result) {}

  /** A score as the outputs write it: three decimals. */
  public static String score(double s) {
    return String.format(Locale.ROOT, "%.3f", s);
  }

  /** The publication date (or release) of a list version, as outputs cite it. */
  public static String version(Provenance p) {
    return p.vintage();
  }

  public static void writeCsv(List<String> header, List<Row> rows, Writer out) {
    CsvWriter csv = new CsvWriter(out);
    List<String> h = new ArrayList<>(header);
    h.addAll(HIT_COLUMNS);
    csv.row(h);
    for (Row r : rows) {
      if (r.result().hits().isEmpty()) {
        List<String> f = new ArrayList<>(r.fields());
        f.addAll(List.of("", "no-match", "", "", "", "", "", "", "", "", "", ""));
        csv.row(f);
      }
      int rank = 1;
      for (ScreeningHit hit : r.result().hits()) {
        List<String> f = new ArrayList<>(r.fields());
        f.addAll(
            List.of(
                Integer.toString(rank++),
                hit.decision().label(),
                score(hit.score()),
                hit.list().dataset(),
                version(hit.list()),
                hit.entity().entryId(),
                hit.matchedName().name(),
                hit.matchedName().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                hit.entity().name(),
                hit.entity().schema().name(),
                String.join("; ", hit.entity().programmes()),
                hit.explanation()));
        csv.row(f);
      }
    }
    csv.flush();
  }

  private static String text(List<NameToken> tokens) {
    StringBuilder b = new StringBuilder();
    for (NameToken t : tokens) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.text());
    }
    return b.toString();
  }

  public static void writeJson(
      List<Row> rows, Thresholds thresholds, List<Provenance> lists, Writer out) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode t = root.putObject("thresholds");
    t.put("match", thresholds.match());
    t.put("review", thresholds.review());
    ArrayNode sources = root.putArray("lists");
    for (Provenance p : lists) {
      ObjectNode s = sources.addObject();
      s.put("dataset", p.dataset());
      s.put("source", p.source());
      s.put("vintage", p.vintage());
      s.put("licence", p.licence());
      s.put("citation", p.citation());
    }
    ArrayNode results = root.putArray("results");
    for (Row r : rows) {
      ObjectNode o = results.addObject();
      ObjectNode input = o.putObject("input");
      for (int i = 0; i < r.header().size() && i < r.fields().size(); i++) {
        input.put(r.header().get(i), r.fields().get(i));
      }
      ScreeningResult res = r.result();
      o.put("name", res.query().name());
      o.put("schema", res.query().schema().name());
      o.put("decision", res.decision().label());
      ArrayNode hits = o.putArray("hits");
      for (ScreeningHit hit : res.hits()) {
        ObjectNode h = hits.addObject();
        h.put("score", Math.round(hit.score() * 1000) / 1000.0);
        h.put("decision", hit.decision().label());
        h.put("list", hit.list().dataset());
        h.put("list_date", version(hit.list()));
        h.put("entry_id", hit.entity().entryId());
        h.put("matched_name", hit.matchedName().name());
        h.put(
            "matched_name_kind",
            hit.matchedName().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        h.put("listed_name", hit.entity().name());
        h.put("schema", hit.entity().schema().name());
        ArrayNode names = h.putArray("names");
        hit.entity().names().forEach(n -> names.add(n.name()));
        ArrayNode programmes = h.putArray("programmes");
        hit.entity().programmes().forEach(programmes::add);
        ArrayNode countries = h.putArray("countries");
        hit.entity().countries().forEach(countries::add);
        h.put("listed_on", hit.entity().listedOn());
        h.put("explanation", hit.explanation());
        ArrayNode words = h.putArray("matched_words");
        for (TokenPair p : hit.match().pairs()) {
          ObjectNode w = words.addObject();
          w.put("query", text(p.query()));
          w.put("listed", text(p.candidate()));
          w.put("similarity", Math.round(p.similarity() * 1000) / 1000.0);
          w.put("relation", p.relation().words());
        }
        ArrayNode unmatchedQuery = h.putArray("unmatched_query_words");
        hit.match().unmatchedQuery().forEach(tok -> unmatchedQuery.add(tok.text()));
        ArrayNode unmatchedListed = h.putArray("unmatched_listed_words");
        hit.match().unmatchedCandidate().forEach(tok -> unmatchedListed.add(tok.text()));
      }
    }
    try {
      JSON.writeValue(out, root);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
