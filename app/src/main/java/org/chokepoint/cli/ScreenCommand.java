package org.chokepoint.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.match.Thresholds;
import org.chokepoint.screening.service.CatalogLists;
import org.chokepoint.screening.service.ScreeningCsv;
import org.chokepoint.screening.service.ScreeningHit;
import org.chokepoint.screening.service.ScreeningReportFormat;
import org.chokepoint.screening.service.ScreeningResult;
import org.chokepoint.screening.service.ScreeningService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint screen}: names against the restricted-party lists, with explanations. */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Screen names against the imported sanctions and export-control lists (OFAC SDN, UN, US CSL,"
          + " BIS DPL, EU 833/2014, DoD 1260H, BIS MIEU, METI ...).",
      "Each hit has a score in [0, 1], a decision (match, review, no-match) at the configured"
          + " thresholds, and an explanation; see docs/methods/screening.md."
    },
    subcommands = {ScreenNameCommand.class, ScreenNamesCommand.class, ScreenPairsCommand.class})
final class ScreenCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(ChokepointCommand.root(spec).out());
  }

  /** Options shared by the commands that screen against lists. */
  static final class ListOptions {
    @Option(
        names = "--lists",
        split = ",",
        paramLabel = "DATASET",
        description = "Lists to screen against, e.g. ofac-sdn,un-consolidated (default: all).")
    List<String> lists = new ArrayList<>();

    @Option(
        names = "--limit",
        defaultValue = "5",
        description = "Most hits per name (default: ${DEFAULT-VALUE}).")
    int limit;

    ScreeningService service(Session session, PrintStream err) {
      long t0 = System.nanoTime();
      ScreeningService s =
          new ScreeningService(
              CatalogLists.load(session.workspace().catalog(), lists),
              session.screeningThresholds());
      err.printf(
          Locale.ROOT,
          "indexed %,d names of %,d entries on %d list(s) in %.1f s%n",
          s.names(),
          s.entries(),
          s.lists().size(),
          (System.nanoTime() - t0) / 1e9);
      return s;
    }
  }

  static Schema schema(String text) {
    return ScreeningCsv.schema(text);
  }

  static void sources(PrintStream err, List<Provenance> lists) {
    for (Provenance p : lists) {
      err.println("list: " + p.oneLine());
    }
  }

  static void write(
      ChokepointCommand root,
      OutputOptions output,
      List<ScreeningReportFormat.Row> rows,
      List<String> header,
      ScreeningService service) {
    List<Provenance> used = service.lists();
    Thresholds t = service.thresholds();
    switch (output.format) {
      case CSV -> output.write(root.out(), w -> ScreeningReportFormat.writeCsv(header, rows, w));
      case JSON -> output.write(root.out(), w -> ScreeningReportFormat.writeJson(rows, t, used, w));
      default -> output.write(root.out(), w -> table(rows, t, used, w));
    }
    if (output.format != OutputFormat.TABLE) {
      sources(root.err(), used);
    }
  }

  private static void table(
      List<ScreeningReportFormat.Row> rows, Thresholds t, List<Provenance> used, Writer w) {
    StringBuilder b = new StringBuilder();
    int flagged = 0;
    for (ScreeningReportFormat.Row r : rows) {
      if (!r.result().hits().isEmpty()) {
        flagged++;
      }
    }
    b.append(
        String.format(
            Locale.ROOT,
            "Screened %d name(s) against %d list(s): %d with hits (match from %.2f, review from"
                + " %.2f)%n",
            rows.size(),
            used.size(),
            flagged,
            t.match(),
            t.review()));
    TextTable table =
        new TextTable()
            .column("#", Align.RIGHT)
            .column("Name", Align.LEFT, 34)
            .column("Decision", Align.LEFT)
            .column("Score", Align.RIGHT)
            .column("List", Align.LEFT)
            .column("Entry", Align.LEFT, 12)
            .column("Matched name", Align.LEFT, 40);
    int n = 0;
    List<String> explanations = new ArrayList<>();
    for (ScreeningReportFormat.Row r : rows) {
      n++;
      ScreeningResult res = r.result();
      if (res.hits().isEmpty()) {
        table.row(List.of(Integer.toString(n), res.query().name(), "no-match", "", "", "", ""));
        continue;
      }
      char letter = 'a';
      for (ScreeningHit hit : res.hits()) {
        String id = n + (res.hits().size() > 1 ? String.valueOf(letter++) : "");
        table.row(
            List.of(
                id,
                res.query().name(),
                hit.decision().label(),
                ScreeningReportFormat.score(hit.score()),
                hit.list().dataset(),
                hit.entity().entryId(),
                hit.matchedName().name()));
        explanations.add(id + ". " + hit.explanation());
      }
    }
    b.append('\n').append(table.render());
    if (!explanations.isEmpty()) {
      b.append("\nWhy:\n");
      for (String e : explanations) {
        b.append("  ").append(e).append('\n');
      }
    }
    b.append("\nLists screened:\n");
    Set<String> seen = new LinkedHashSet<>();
    for (Provenance p : used) {
      if (seen.add(p.dataset())) {
        b.append("  ").append(p.oneLine()).append('\n');
      }
    }
    try {
      w.write(b.toString());
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
