package org.chokepoint.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.service.ScreeningCsv;
import org.chokepoint.screening.service.ScreeningQuery;
import org.chokepoint.screening.service.ScreeningReportFormat;
import org.chokepoint.screening.service.ScreeningResult;
import org.chokepoint.screening.service.ScreeningService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code screen names FILE.csv}. */
@Command(
    name = "names",
    mixinStandardHelpOptions = true,
    description = {
      "Screen every row of a CSV file (a supplier or customer list): its column 'name' (or"
          + " --column), and 'schema' when present; other columns are passed through.",
      "Each row's best hits with score, decision, list, entry id, matched name and explanation."
    })
final class ScreenNamesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.csv", description = "CSV with a header row.")
  Path file;

  @Option(
      names = "--column",
      defaultValue = "name",
      description = "The column holding the names (default: ${DEFAULT-VALUE}).")
  String column;

  @Option(
      names = "--schema",
      paramLabel = "KIND",
      description = "Kind of every row without a 'schema' column value (default: any kind).")
  String schema;

  @Mixin ScreenCommand.ListOptions lists;
  @Mixin OutputOptions output;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    Schema fallback = ScreenCommand.schema(schema);
    List<CsvRecord> records = ScreeningCsv.read(file);
    List<ScreeningQuery> queries =
        ScreeningCsv.nameQueries(records, column, fallback, Set.of(), lists.limit);
    ScreeningService service = lists.service(root.session(), root.err());
    long t0 = System.nanoTime();
    List<ScreeningResult> results =
        service.screenAll(
            queries,
            Math.max(1000, queries.size() / 20),
            n -> root.err().printf(Locale.ROOT, "screened %,d of %,d names%n", n, queries.size()));
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<ScreeningReportFormat.Row> rows = ScreeningCsv.rows(records, results);
    List<String> header = records.get(0).fields();
    root.err()
        .printf(
            Locale.ROOT,
            "screened %,d names in %.2f s (%,.0f names/s)%n",
            queries.size(),
            seconds,
            queries.size() / Math.max(seconds, 1e-9));
    ScreenCommand.write(root, output, rows, header, service);
  }
}
