package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.report.ChokepointsReportFormat;
import org.chokepoint.data.workspace.ChokepointsView;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.geo.CountryGroups;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.server.PooledFormats;
import org.chokepoint.workspace.contribution.PoolAggregator;
import org.chokepoint.workspace.contribution.PooledChokepoints;
import org.chokepoint.workspace.contribution.PooledView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint pooled}: the pooled view of all current contributions, released under
 * statistical disclosure control through the same service as {@code /api/v1/pooled}, for the user
 * named by {@code --as}; optionally exported as a network in the generic layout.
 */
@Command(
    name = "pooled",
    mixinStandardHelpOptions = true,
    description = {
      "Pooled dependence of all current contributions per input and supplier country (or"
          + " supplier), small cells suppressed under statistical disclosure control.",
      "Suppressed cells show their status (primary, secondary) and no number, never zero."
    })
final class PooledCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @Option(
      names = "--as",
      required = true,
      paramLabel = "EMAIL",
      description = ContributionCommand.AS_HELP)
  String email;

  @Option(
      names = "--view",
      defaultValue = "country",
      paramLabel = "country|supplier",
      description = "country: (input, supplier country); supplier: (input, supplier).")
  String view;

  @Option(
      names = "--perspective",
      description = "Countries marked as the perspective (default from config).")
  String perspective;

  @Option(names = "--concern", description = "Countries of concern (default from config).")
  String concern;

  @Option(
      names = "--chokepoints",
      description =
          "Instead of the cells: the chokepoints of the released country view, every (input,"
              + " supplier country) whose loss alone leaves less than --threshold of the pooled"
              + " supply of the input (same columns as `chokepoint chokepoints`).")
  boolean chokepoints;

  @Option(
      names = "--threshold",
      defaultValue = "0.5",
      description = "With --chokepoints: supply left below which a loss counts (default: 0.5).")
  double threshold;

  @Option(
      names = "--export-network",
      paramLabel = "FOLDER",
      description =
          "Also write the released country view as FOLDER/nodes.csv, links.csv and README.txt for"
              + " `chokepoint network import`.")
  Path exportNetwork;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    Session session = root.session();
    CountryGroups groups = session.workspace().groups();
    PoolAggregator.View v = PoolAggregator.View.parse(view);
    CountryGroup persp =
        groups.resolve(perspective == null ? session.defaultPerspective() : perspective);
    CountryGroup conc = groups.resolve(concern == null ? session.defaultConcern() : concern);
    if (chokepoints && (v != PoolAggregator.View.COUNTRY || exportNetwork != null)) {
      throw new IllegalArgumentException(
          "--chokepoints takes the country view only, without --export-network");
    }
    if (chokepoints && !(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("--threshold must be in (0, 1]: " + threshold);
    }
    PooledView pooled =
        AdminCommand.withWorkspace(
            spec, ws -> ws.pooled().view(ContributionCommand.as(ws, email), v, persp, conc));
    if (chokepoints) {
      chokepoints(root, pooled, persp, conc);
      return;
    }
    switch (output.format) {
      case CSV -> output.write(root.out(), w -> PooledFormats.writeCsv(pooled, w));
      case JSON ->
          output.write(
              root.out(),
              w -> {
                try {
                  OutputOptions.JSON.writeValue(w, PooledFormats.json(pooled));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      default -> output.write(root.out(), w -> table(pooled, w));
    }
    Provenance p = PooledFormats.provenance(pooled);
    if (output.format != OutputFormat.TABLE) {
      root.err().println("source: " + p.oneLine());
    }
    if (exportNetwork != null) {
      if (v != PoolAggregator.View.COUNTRY) {
        throw new IllegalArgumentException("--export-network takes the country view only");
      }
      export(pooled, exportNetwork);
      root.err()
          .println("network written to " + exportNetwork + " (nodes.csv, links.csv, README.txt)");
    }
  }

  private void chokepoints(
      ChokepointCommand root, PooledView pooled, CountryGroup persp, CountryGroup conc) {
    PooledChokepoints.Result found = PooledChokepoints.find(pooled, persp, conc, threshold);
    ChokepointsView cv = PooledFormats.chokepoints(pooled, found, persp, conc, threshold);
    String skipped =
        "skipped (input total suppressed): "
            + (found.skipped().isEmpty() ? "none" : String.join(", ", found.skipped()));
    switch (output.format) {
      case CSV -> output.write(root.out(), w -> ChokepointsReportFormat.writeCsv(cv, w));
      case JSON -> output.write(root.out(), w -> PooledFormats.writeChokepointsJson(cv, found, w));
      default ->
          output.write(
              root.out(),
              w -> {
                ChokepointsCommand.table(cv, w, 0);
                try {
                  w.write(
                      "Pooled evidence, released "
                          + pooled.releasedAt()
                          + "; "
                          + skipped
                          + ".\n"
                          + PooledFormats.CHOKEPOINTS_NOTE
                          + "\n");
                  w.flush();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    if (output.format != OutputFormat.TABLE) {
      root.err().println("source: " + PooledFormats.provenance(pooled).oneLine());
      root.err().println(skipped);
    }
  }

  private static void table(PooledView v, Writer w) {
    TextTable t = new TextTable();
    t.column("Input", Align.LEFT, 30);
    t.column(
        v.view() == PoolAggregator.View.COUNTRY ? "Supplier country" : "Supplier", Align.LEFT, 40);
    t.column("Firms", Align.RIGHT);
    t.column("Total", Align.RIGHT);
    t.column("Share", Align.RIGHT);
    t.column("Status", Align.LEFT);
    t.column("Mark", Align.LEFT);
    for (PooledView.Cell c : v.cells()) {
      t.row(
          List.of(
              c.input(),
              c.supplier(),
              c.contributors() == null ? "" : String.valueOf(c.contributors()),
              c.total() == null
                  ? "(suppressed)"
                  : String.format(java.util.Locale.ROOT, "%,.0f", c.total()),
              c.share() == null
                  ? ""
                  : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * c.share()),
              c.status(),
              (c.concern() ? "concern " : "") + (c.perspective() ? "perspective" : "")));
    }
    t.caption(
        "Pooled contributions ("
            + v.contributions()
            + "), released "
            + v.releasedAt()
            + "; perspective "
            + v.perspective()
            + ", concern "
            + v.concern()
            + ". "
            + PooledFormats.SUPPRESSION_NOTE);
    try {
      w.write(t.render());
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void export(PooledView v, Path folder) {
    try {
      Files.createDirectories(folder);
      try (Writer n = Files.newBufferedWriter(folder.resolve("nodes.csv"), StandardCharsets.UTF_8);
          Writer l = Files.newBufferedWriter(folder.resolve("links.csv"), StandardCharsets.UTF_8)) {
        PooledFormats.writeNetworkNodes(v, n);
        PooledFormats.writeNetworkLinks(v, l);
      }
      Files.writeString(
          folder.resolve("README.txt"),
          "Pooled contributions, country view, released "
              + v.releasedAt()
              + " ("
              + v.contributions()
              + " contributions)\n\n"
              + "Links run from supplier countries to inputs; amounts are the published cells.\n"
              + "Suppressed cells have no link of their own (never zero): for each input whose total\n"
              + "is published, one link from node SUPPRESSED carries what its suppressed cells hold\n"
              + "together (the input's total less its published cells). Confidential: for members\n"
              + "of government and contributing organisations of the server it came from.\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
