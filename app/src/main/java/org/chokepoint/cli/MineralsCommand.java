package org.chokepoint.cli;

import java.util.Optional;
import org.chokepoint.data.report.MineralsReportFormat;
import org.chokepoint.data.workspace.MineralsView;
import org.chokepoint.geo.CountryGroups;
import org.chokepoint.minerals.MineralsQuery;
import org.chokepoint.provenance.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint minerals}: production concentration per commodity, stage and unit. */
@Command(
    name = "minerals",
    mixinStandardHelpOptions = true,
    description = {
      "How concentrated world production of each mineral commodity is, who holds it, and how much"
          + " sits with the concern group and with the perspective (USGS MCS, WGI-weighted).",
      "Shares and indices are fractions in CSV and JSON, percentages in the table."
    })
final class MineralsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--year", required = true, description = "Data year, e.g. 2025.")
  int year;

  @Option(
      names = "--perspective",
      paramLabel = "GROUP|ISO3",
      description = "Whose share is reported (default from config: jp-us).")
  String perspective;

  @Option(
      names = "--concern",
      paramLabel = "GROUP|ISO3",
      description = "Group of concern (default from config: us-foreign-adversaries).")
  String concern;

  @Option(names = "--commodity", paramLabel = "NAME", description = "One commodity, e.g. Gallium.")
  String commodity;

  @Option(names = "--critical-only", description = "Only commodities USGS lists as critical.")
  boolean criticalOnly;

  @Mixin OutputOptions output;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    Session session = root.session();
    CountryGroups groups = session.workspace().groups();
    MineralsQuery query =
        new MineralsQuery(
            year,
            groups.resolve(perspective == null ? session.defaultPerspective() : perspective),
            groups.resolve(concern == null ? session.defaultConcern() : concern),
            Optional.ofNullable(commodity),
            criticalOnly);
    MineralsView view = session.workspace().minerals(query);
    if (commodity != null && view.result().rows().isEmpty()) {
      throw new IllegalArgumentException(
          "no production rows for commodity \"" + commodity + "\" in " + year);
    }
    switch (output.format) {
      case CSV -> output.write(root.out(), w -> MineralsReportFormat.writeCsv(view, w));
      case JSON -> output.write(root.out(), w -> MineralsReportFormat.writeJson(view, w));
      default -> output.write(root.out(), w -> MineralsTable.write(view, w));
    }
    if (output.format != OutputFormat.TABLE) {
      for (Provenance p : view.sources()) {
        root.err().println("source: " + p.oneLine());
      }
    }
  }
}
