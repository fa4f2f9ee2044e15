package org.chokepoint.screening.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.match.NameMatcher;
import org.chokepoint.screening.match.NamePreparer;
import org.chokepoint.screening.match.Thresholds;

/**
 * {@code screen pairs}: two names per row (columns {@code name1}, {@code name2}, optional {@code
 * schema}; other columns passed through) compared directly, no list used. The output is the input
 * columns plus {@code score} and {@code decision} (and {@code explanation} on request).
 *
 * @param header the output columns
 * @param rows the output rows, as text
 * @param inputWidth how many of the columns come from the input
 */
public record PairsReport(List<String> header, List<List<String>> rows, int inputWidth) {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  public PairsReport {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** Compares the pairs of the records (header first) in parallel. */
  public static PairsReport compare(List<CsvRecord> records, Thresholds t, boolean explain) {
    CsvRecord first = records.get(0);
    List<String> header = first.fields();
    int a = ScreeningCsv.column(first, "name1");
    int b = ScreeningCsv.column(first, "name2");
    int s = ScreeningCsv.indexOf(header, "schema");
    List<CsvRecord> body = records.subList(1, records.size());
    Schema[] kinds = new Schema[body.size()];
    for (int i = 0; i < kinds.length; i++) {
      CsvRecord r = body.get(i);
      try {
        kinds[i] = s < 0 ? Schema.UNKNOWN : ScreeningCsv.schema(r.get(s));
      } catch (IllegalArgumentException e) {
        throw r.error(s, e.getMessage());
      }
    }
    NamePreparer preparer = NamePreparer.standard();
    NameMatcher matcher = NameMatcher.standard();
    PairResult[] out = new PairResult[body.size()];
    IntStream.range(0, body.size())
        .parallel()
        .forEach(
            i -> {
              CsvRecord r = body.get(i);
              out[i] =
                  ScreeningService.comparePair(preparer, matcher, t, r.get(a), r.get(b), kinds[i]);
            });
    List<String> h = new ArrayList<>(header);
    h.addAll(List.of("score", "decision"));
    if (explain) {
      h.add("explanation");
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      List<String> row = new ArrayList<>(body.get(i).fields());
      row.add(ScreeningReportFormat.score(out[i].score()));
      row.add(out[i].decision().label());
      if (explain) {
        row.add(out[i].explanation());
      }
      rows.add(row);
    }
    return new PairsReport(h, rows, header.size());
  }

  public void writeCsv(Writer w) {
    CsvWriter csv = new CsvWriter(w);
    csv.row(header);
    for (List<String> row : rows) {
      csv.row(row);
    }
    csv.flush();
  }

  /** One object per input row; the added score is a number, every other value text. */
  public void writeJson(Writer w) {
    List<Map<String, Object>> json = new ArrayList<>();
    for (List<String> row : rows) {
      Map<String, Object> o = new LinkedHashMap<>();
      for (int k = 0; k < header.size(); k++) {
        o.put(header.get(k), k == inputWidth ? new BigDecimal(row.get(k)) : row.get(k));
      }
      json.add(o);
    }
    try {
      JSON.writeValue(w, json);
      w.write('\n');
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
