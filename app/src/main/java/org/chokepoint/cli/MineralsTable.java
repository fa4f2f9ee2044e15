package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.concentration.Concentration;
import org.chokepoint.data.workspace.MineralsView;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.minerals.MineralConcentration;
import org.chokepoint.minerals.MineralsQuery;
import org.chokepoint.provenance.Provenance;

/** The minerals report as a ranked terminal table with its sources in the footer. */
final class MineralsTable {
  private MineralsTable() {}

  static void write(MineralsView view, Writer w) {
    try {
      w.write(render(view));
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String render(MineralsView view) {
    MineralsQuery q = view.result().query();
    TextTable t =
        new TextTable()
            .column("#", Align.RIGHT)
            .column("Commodity", Align.LEFT, 26)
            .column("Stage", Align.LEFT, 30)
            .column("Unit", Align.LEFT, 20)
            .column("Total", Align.RIGHT)
            .column("HHI", Align.RIGHT)
            .column("HHI max", Align.RIGHT)
            .column("CR3", Align.RIGHT)
            .column("Top producer", Align.LEFT)
            .column("Concern", Align.RIGHT)
            .column("Persp.", Align.RIGHT)
            .column("WGI-HHI", Align.RIGHT)
            .column("Other", Align.RIGHT)
            .column("Withheld", Align.LEFT, 16);
    int rank = 0;
    for (MineralConcentration r : view.result().rows()) {
      Concentration<CountryCode> c = r.concentration();
      t.row(
          List.of(
              Integer.toString(++rank),
              r.commodity() + (r.critical() ? " *" : ""),
              r.stage(),
              r.unit(),
              quantity(c.total()) + (r.estimated() ? " e" : "  "),
              index(r.hhi()),
              index(r.hhiUpper()),
              percent(r.concentrationRatio(3)),
              r.top()
                  .map(s -> s.supplier().alpha3() + " " + percent(OptionalDouble.of(s.share())))
                  .orElse("-"),
              percent(r.concernShare()),
              percent(r.perspectiveShare()),
              r.wgiHhi().isPresent()
                  ? String.format(Locale.ROOT, "%.2f", r.wgiHhi().getAsDouble())
                  : "-",
              r.unattributedUnknown() ? "?" : percent(r.unattributedShare()),
              r.withheld().stream().map(CountryCode::alpha3).collect(Collectors.joining(","))));
    }
    StringBuilder b = new StringBuilder();
    b.append("World production concentration, ")
        .append(q.year())
        .append(q.commodity().map(c -> ", " + c).orElse(""))
        .append(q.criticalOnly() ? ", critical minerals only" : "")
        .append(" - ranked by HHI\n\n");
    b.append(t.render());
    b.append('\n');
    for (String line : footer(view)) {
      b.append(line).append('\n');
    }
    return b.toString();
  }

  private static List<String> footer(MineralsView view) {
    MineralsQuery q = view.result().query();
    List<String> f = new ArrayList<>();
    f.add(
        "HHI: sum of squared country shares, \"Other countries\" taken as fully fragmented (lower"
            + " bound); HHI max counts it as one producer.");
    f.add(
        "Total: country rows + \"Other countries\" (never USGS's rounded world total); withheld (W)"
            + " and unavailable figures are excluded. e = includes estimates; * = on the USGS"
            + " critical-minerals list; Other ? = \"Other countries\" not available (shares are of"
            + " reported production, or - when USGS gives no world total either).");
    f.add(
        view.result().wgiYear().isPresent()
            ? "WGI-HHI: sum of s^2 x g, g = 2 x (2.5 - mean of the six WGI estimates) in [0, 10];"
                + " WGI year "
                + view.result().wgiYear().getAsInt()
                + " (latest at or before "
                + q.year()
                + "); - where a producer has no WGI score."
            : "WGI-HHI: no WGI data at or before " + q.year() + ".");
    f.add("Concern: " + describe(q.concern()));
    f.add("Perspective: " + describe(q.perspective()));
    f.add("Sources:");
    for (Provenance p : view.sources()) {
      f.add("  " + p.oneLine() + (p.citation().isEmpty() ? "" : " - " + p.citation()));
    }
    return f;
  }

  private static String describe(CountryGroup g) {
    return g.name()
        + " = "
        + g.members().stream().map(CountryCode::alpha3).collect(Collectors.joining(", "))
        + (g.source().isEmpty() ? "" : " (" + g.source() + ")");
  }

  private static String percent(OptionalDouble share) {
    if (share.isEmpty()) {
      return "-";
    }
    double p = share.getAsDouble() * 100;
    return String.format(Locale.ROOT, p > 0 && p < 0.1 ? "%.2f%%" : "%.1f%%", p);
  }

  private static String index(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : "-";
  }

  private static String quantity(double v) {
    return v == Math.rint(v)
        ? String.format(Locale.ROOT, "%,d", (long) v)
        : String.format(Locale.ROOT, "%,.2f", v);
  }
}
