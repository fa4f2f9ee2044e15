package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.report.OverviewReportFormat;
import org.chokepoint.data.workspace.OverviewView;
import org.chokepoint.data.workspace.Workspace;
import org.chokepoint.geo.CountryGroups;
import org.chokepoint.minerals.MineralConcentration;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.trade.Dependence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint overview}: the most concentrated critical products, as the overview page. */
@Command(
    name = "overview",
    mixinStandardHelpOptions = true,
    description = {
      "The critical products (shipped lists) the trade data hold, ranked by the concern group's"
          + " share of the perspective's imports (or --rank-by), with the world production"
          + " concentration of the mineral each carries. Same as GET /api/v1/overview.",
      "Shares and indices are fractions in CSV and JSON, percentages in the table."
    })
final class OverviewCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--year", description = "Trade year (default: the latest).")
  Integer year;

  @Option(
      names = "--perspective",
      paramLabel = "GROUP|ISO3",
      description = "Whose imports (default from config: jp-us).")
  String perspective;

  @Option(
      names = "--concern",
      paramLabel = "GROUP|ISO3",
      description = "Group of concern (default from config: us-foreign-adversaries).")
  String concern;

  @Option(
      names = "--list",
      paramLabel = "ID",
      description = "One shipped list (jp-critical, us-critical-minerals-2025, eu-crm-2023).")
  String list;

  @Option(
      names = "--rank-by",
      paramLabel = "FIGURE",
      defaultValue = "concern_share",
      description =
          "concern_share, hhi, production_concern_share or production_hhi (default:"
              + " ${DEFAULT-VALUE}).")
  String rankBy;

  @Option(names = "--limit", defaultValue = "20", description = "How many rows (default: 20).")
  int limit;

  @Option(names = "--dataset", defaultValue = "baci", description = "Trade dataset.")
  String dataset;

  @Mixin OutputOptions output;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    Session session = root.session();
    if (!Workspace.overviewRankings().contains(rankBy)) {
      throw new IllegalArgumentException(
          "--rank-by: \""
              + rankBy
              + "\" is not one of "
              + String.join(", ", Workspace.overviewRankings()));
    }
    CountryGroups groups = session.workspace().groups();
    OverviewView view =
        session
            .workspace()
            .overview(
                groups.resolve(perspective == null ? session.defaultPerspective() : perspective),
                groups.resolve(concern == null ? session.defaultConcern() : concern),
                year == null ? OptionalInt.empty() : OptionalInt.of(year),
                Optional.ofNullable(list),
                rankBy,
                limit,
                dataset);
    switch (output.format) {
      case CSV -> output.write(root.out(), w -> OverviewReportFormat.writeCsv(view, w));
      case JSON -> output.write(root.out(), w -> OverviewReportFormat.writeJson(view, w));
      default -> output.write(root.out(), w -> table(view, w));
    }
    if (output.format != OutputFormat.TABLE) {
      for (Provenance p : view.sources()) {
        root.err().println("source: " + p.oneLine());
      }
    }
  }

  private static void table(OverviewView view, Writer w) {
    TextTable t =
        new TextTable()
            .column("#", Align.RIGHT)
            .column("Product", Align.LEFT, 34)
            .column("Imports", Align.RIGHT)
            .column("Top supplier", Align.LEFT)
            .column("HHI", Align.RIGHT)
            .column("Concern", Align.RIGHT)
            .column("EU", Align.LEFT)
            .column("Mineral (stage)", Align.LEFT, 34)
            .column("Top producer", Align.LEFT)
            .column("Prod. HHI", Align.RIGHT)
            .column("Prod. concern", Align.RIGHT);
    for (OverviewView.Row r : view.rows()) {
      Dependence d = r.dependence();
      Optional<MineralConcentration> u = r.upstream();
      t.row(
          List.of(
              Integer.toString(r.rank()),
              d.product() + " " + r.description(),
              String.format(Locale.ROOT, "%,.0f", d.imports()),
              d.topSupplier()
                  .map(s -> s.supplier().alpha3() + " " + percent(OptionalDouble.of(s.share())))
                  .orElse("-"),
              index(d.hhi()),
              percent(d.concernShare()),
              d.eu().flagged().map(f -> f ? "flagged" : "no").orElse("-"),
              u.map(m -> m.commodity() + " (" + m.stage() + ")").orElse("-"),
              u.flatMap(MineralConcentration::top)
                  .map(s -> s.supplier().alpha3() + " " + percent(OptionalDouble.of(s.share())))
                  .orElse("-"),
              u.map(m -> index(m.hhi())).orElse("-"),
              u.map(m -> percent(m.concernShare())).orElse("-")));
    }
    StringBuilder b = new StringBuilder();
    b.append("Most concentrated critical products for ")
        .append(view.perspective().name())
        .append(", concern ")
        .append(view.concern().name())
        .append(", trade ")
        .append(view.year())
        .append(
            view.productionYear().isPresent()
                ? ", world production " + view.productionYear().getAsInt()
                : "")
        .append(" - ranked by ")
        .append(view.rankBy())
        .append(" (")
        .append(view.rows().size())
        .append(" of ")
        .append(view.considered())
        .append(")\n\n");
    b.append(t.render()).append('\n');
    b.append("Imports in ")
        .append(view.valueUnit())
        .append(" from outside the perspective; Concern: the concern group's share of them;")
        .append(" EU: flagged on all three EU 2021 screening criteria.\n");
    b.append("Top producer, Prod. HHI and Prod. concern: world production of the mineral the")
        .append(" product carries (HS6 -> USGS crosswalk).\n");
    b.append("Sources:\n");
    for (Provenance p : view.sources()) {
      b.append("  ").append(p.oneLine()).append('\n');
    }
    try {
      w.write(b.toString());
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String percent(OptionalDouble share) {
    return share.isPresent()
        ? String.format(Locale.ROOT, "%.1f%%", share.getAsDouble() * 100)
        : "-";
  }

  private static String index(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : "-";
  }
}
