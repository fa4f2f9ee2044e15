package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.report.ChokepointsReportFormat;
import org.chokepoint.data.workspace.ChokepointsView;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroups;
import org.chokepoint.network.Chokepoint;
import org.chokepoint.provenance.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint chokepoints}: single points of failure of a supply network, by holder. */
@Command(
    name = "chokepoints",
    mixinStandardHelpOptions = true,
    description = {
      "(input, provider) pairs whose loss alone cuts a product below the threshold, ranked by"
          + " impact: leverage held by the perspective first, then exposure to the concern group,"
          + " then others.",
      "Required inputs are complements, kinds of an input substitute; see"
          + " docs/methods/supply-networks.md."
    })
final class ChokepointsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--network", required = true, description = "Network dataset, e.g. eto-chips.")
  String network;

  @Option(
      names = "--perspective",
      paramLabel = "GROUP|ISO3",
      description = "Whose leverage and exposure (default from config: jp-us).")
  String perspective;

  @Option(
      names = "--concern",
      paramLabel = "GROUP|ISO3",
      description = "Group of concern (default from config: us-foreign-adversaries).")
  String concern;

  @Option(
      names = "--threshold",
      defaultValue = "0.5",
      description = "Residual capacity below which a loss counts (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(
      names = "--limit",
      defaultValue = "15",
      description = "Rows per section in the table (0: all; CSV and JSON always hold all).")
  int limit;

  @Mixin OutputOptions output;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    Session session = root.session();
    CountryGroups groups = session.workspace().groups();
    ChokepointsView view =
        session
            .workspace()
            .chokepoints(
                network,
                groups.resolve(perspective == null ? session.defaultPerspective() : perspective),
                groups.resolve(concern == null ? session.defaultConcern() : concern),
                threshold);
    switch (output.format) {
      case CSV -> output.write(root.out(), w -> ChokepointsReportFormat.writeCsv(view, w));
      case JSON -> output.write(root.out(), w -> ChokepointsReportFormat.writeJson(view, w));
      default -> output.write(root.out(), w -> table(view, w, limit));
    }
    if (output.format != OutputFormat.TABLE) {
      for (Provenance p : view.sources()) {
        root.err().println("source: " + p.oneLine());
      }
    }
  }

  static void table(ChokepointsView view, java.io.Writer w, int limit) {
    StringBuilder b = new StringBuilder();
    b.append("Chokepoints of ")
        .append(view.networkName())
        .append(" for ")
        .append(view.perspective().name())
        .append(" (")
        .append(members(view.perspective().members()))
        .append("), threshold ")
        .append(String.format(Locale.ROOT, "%.0f%%", view.threshold() * 100))
        .append(" of capacity\n");
    section(b, view, Chokepoint.Holder.PERSPECTIVE, "Leverage: held by the perspective", limit);
    section(
        b,
        view,
        Chokepoint.Holder.CONCERN,
        "Exposure: held by the concern group (" + view.concern().name() + ")",
        limit);
    section(b, view, Chokepoint.Holder.OTHER, "Held by others", limit);
    b.append(
        "\nShare: the provider's share of the input. Left: the product's capacity without it"
            + " (required inputs are complements; kinds of an input substitute).\n");
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

  private static void section(
      StringBuilder b, ChokepointsView view, Chokepoint.Holder holder, String title, int limit) {
    List<Chokepoint> all = view.rows().stream().filter(c -> c.holder() == holder).toList();
    List<Chokepoint> rows = limit > 0 && all.size() > limit ? all.subList(0, limit) : all;
    b.append('\n').append(title).append(" - ").append(all.size()).append(" pair(s)");
    b.append(rows.size() < all.size() ? ", the " + rows.size() + " with most impact:\n" : "\n");
    if (rows.isEmpty()) {
      return;
    }
    TextTable t =
        new TextTable()
            .column("Input", Align.LEFT, 44)
            .column("Provider", Align.LEFT, 28)
            .column("Share", Align.RIGHT)
            .column("Cuts", Align.LEFT, 34)
            .column("Left", Align.RIGHT);
    for (Chokepoint c : rows) {
      String provider =
          c.provider().name()
              + (c.provider().country() == null
                      || c.provider().name().equals(c.provider().country().alpha3())
                  ? ""
                  : " (" + c.provider().country().alpha3() + ")");
      t.row(
          List.of(
              view.nameOf(c.input()) + " [" + c.input() + "]",
              provider,
              String.format(Locale.ROOT, "%.1f%%", c.share() * 100),
              view.nameOf(c.product()) + " [" + c.product() + "]",
              String.format(Locale.ROOT, "%.1f%%", c.residualCapacity() * 100)));
    }
    b.append(t.render());
  }

  private static String members(java.util.Set<CountryCode> members) {
    return members.stream().map(CountryCode::alpha3).collect(Collectors.joining(", "));
  }
}
