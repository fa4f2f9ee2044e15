package org.chokepoint.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.chokepoint.screening.match.Thresholds;
import org.chokepoint.screening.service.PairsReport;
import org.chokepoint.screening.service.ScreeningCsv;
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
    PairsReport report = PairsReport.compare(ScreeningCsv.read(file), t, explain);
    Output.write(outputFile, root.out(), f.equals("csv") ? report::writeCsv : report::writeJson);
    root.err()
        .printf(
            Locale.ROOT,
            "compared %,d pairs; thresholds: match from %.2f, review from %.2f; no list used"
                + " (names compared directly)%n",
            report.rows().size(),
            t.match(),
            t.review());
  }
}
