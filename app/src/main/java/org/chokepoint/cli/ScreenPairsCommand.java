package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.match.NameMatcher;
import org.chokepoint.screening.match.NamePreparer;
import org.chokepoint.screening.match.Thresholds;
import org.chokepoint.screening.service.PairResult;
import org.chokepoint.screening.service.ScreeningReportFormat;
import org.chokepoint.screening.service.ScreeningService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code screen pairs FILE.csv}. */
@Command(
    name = "pairs",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two names per row (columns name1, name2, optional schema; other columns are"
          + " passed through). Output: the input columns plus score and decision.",
      "This is the evaluation interface; no list is used."
    })
final class ScreenPairsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.csv", description = "CSV with a header row.")
  Path file;

  @Option(
      names = "--format",
      defaultValue = "csv",
      description = "csv or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE, not stdout.")
  Path outputFile;

  @Option(names = "--explain", description = "Add a column 'explanation'.")
  boolean explain;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("csv") && !f.equals("json")) {
      throw new IllegalArgumentException("--format must be csv or json, got \"" + format + "\"");
    }
    Thresholds t = root.session().screeningThresholds();
    List<CsvRecord> records = ScreenCommand.readCsv(file);
    List<String> header = records.get(0).fields();
    int a = ScreenCommand.column(records.get(0), "name1");
    int b = ScreenCommand.column(records.get(0), "name2");
    int s = ScreenCommand.indexOf(header, "schema");
    List<CsvRecord> body = records.subList(1, records.size());
    NamePreparer preparer = NamePreparer.standard();
    NameMatcher matcher = NameMatcher.standard();
    PairResult[] out = new PairResult[body.size()];
    IntStream.range(0, body.size())
        .parallel()
        .forEach(
            i -> {
              CsvRecord r = body.get(i);
              Schema kind;
              try {
                kind = s < 0 ? Schema.UNKNOWN : ScreenCommand.schema(r.get(s));
              } catch (IllegalArgumentException e) {
                throw r.error(s, e.getMessage());
              }
              out[i] = ScreeningService.comparePair(preparer, matcher, t, r.get(a), r.get(b), kind);
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
    Output.write(
        outputFile,
        root.out(),
        w -> {
          try {
            if (f.equals("csv")) {
              CsvWriter csv = new CsvWriter(w);
              csv.row(h);
              for (List<String> row : rows) {
                csv.row(row);
              }
              csv.flush();
            } else {
              // one object per input row; the added score is a number, every other value text
              List<Map<String, Object>> json = new ArrayList<>();
              for (List<String> row : rows) {
                Map<String, Object> o = new LinkedHashMap<>();
                for (int k = 0; k < h.size(); k++) {
                  o.put(h.get(k), k == header.size() ? new BigDecimal(row.get(k)) : row.get(k));
                }
                json.add(o);
              }
              OutputOptions.JSON.writeValue(w, json);
              w.write('\n');
              w.flush();
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    root.err()
        .printf(
            Locale.ROOT,
            "compared %,d pairs; thresholds: match from %.2f, review from %.2f; no list used"
                + " (names compared directly)%n",
            out.length,
            t.match(),
            t.review());
  }
}
