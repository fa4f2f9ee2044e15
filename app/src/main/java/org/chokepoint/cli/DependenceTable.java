package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.workspace.DependenceView;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.trade.Dependence;
import org.chokepoint.trade.DependenceQuery;

/** The dependence report as a terminal table, ranked by concern share, sources in the footer. */
final class DependenceTable {
  private DependenceTable() {}

  static void write(DependenceView view, Writer w) {
    try {
      w.write(render(view));
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String render(DependenceView view) {
    DependenceQuery q = view.query();
    boolean trend = q.trendFrom().isPresent();
    TextTable t =
        new TextTable()
            .column("Product", Align.LEFT)
            .column("Description", Align.LEFT, 34)
            .column("Imports", Align.RIGHT)
            .column("Exports", Align.RIGHT)
            .column("HHI", Align.RIGHT)
            .column("Top supplier", Align.LEFT)
            .column("Concern", Align.RIGHT)
            .column("IR", Align.RIGHT)
            .column("EU 1 2 3", Align.LEFT)
            .column("EU flag", Align.LEFT);
    if (trend) {
      t.column("dHHI", Align.RIGHT).column("dConcern", Align.RIGHT);
    }
    List<Dependence> rows = new ArrayList<>(view.rows());
    rows.sort(
        Comparator.comparingDouble((Dependence d) -> d.concernShare().orElse(-1))
            .reversed()
            .thenComparing(Dependence::product));
    for (Dependence d : rows) {
      List<String> cells =
          new ArrayList<>(
              List.of(
                  d.product(),
                  view.describe(d.product()),
                  amount(d.imports()),
                  amount(d.exports()),
                  index(d.hhi()),
                  d.topSupplier()
                      .map(s -> s.supplier().alpha3() + " " + percent(OptionalDouble.of(s.share())))
                      .orElse("-"),
                  percent(d.concernShare()),
                  percent(d.importReliance()),
                  mark(d.eu().hhiAbove())
                      + " "
                      + mark(d.eu().extraShareAbove())
                      + " "
                      + mark(d.eu().importExportAbove()),
                  d.eu().flagged().map(f -> f ? "FLAGGED" : "").orElse("?")));
      if (trend) {
        Dependence.Trend tr = d.trend().orElseThrow();
        cells.add(signed(tr.hhiChange(), false));
        cells.add(signed(tr.concernShareChange(), true));
      }
      t.row(cells);
    }
    StringBuilder b = new StringBuilder();
    b.append("Import dependence of ")
        .append(q.perspective().name())
        .append(", ")
        .append(q.year())
        .append(" - values in ")
        .append(view.valueUnit())
        .append(", ranked by concern share\n\n");
    b.append(t.render()).append('\n');
    b.append(
        "Imports and exports exclude trade inside the perspective. HHI over supplier countries;"
            + " IR = import reliance (needs quantities and production; - when unknown).\n");
    b.append(
        String.format(
            Locale.ROOT,
            "EU 1 2 3: EU 2021 screening (SWD(2021) 352): 1 HHI > %s, 2 extra-group share of"
                + " imports > %s, 3 imports / exports > %s; x = holds, . = does not, ? = unknown."
                + " FLAGGED = all three.%n",
            q.screening().hhiThreshold(),
            q.screening().extraShareThreshold(),
            q.screening().importExportThreshold()));
    if (trend) {
      b.append("dHHI, dConcern: change since ").append(q.trendFrom().getAsInt()).append(".\n");
    }
    for (String note : view.datasetNotes()) {
      b.append("Dataset note: ").append(note).append('\n');
    }
    b.append("Concern: ").append(describe(q.concern())).append('\n');
    b.append("Perspective: ").append(describe(q.perspective())).append('\n');
    b.append("Sources:\n");
    for (Provenance p : view.sources()) {
      b.append("  ")
          .append(p.oneLine())
          .append(p.citation().isEmpty() ? "" : " - " + p.citation())
          .append('\n');
    }
    return b.toString();
  }

  private static String describe(CountryGroup g) {
    return g.name()
        + " = "
        + g.members().stream().map(CountryCode::alpha3).collect(Collectors.joining(", "));
  }

  private static String mark(Optional<Boolean> b) {
    return b.map(x -> x ? "x" : ".").orElse("?");
  }

  private static String amount(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String index(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : "-";
  }

  private static String percent(OptionalDouble share) {
    return share.isPresent()
        ? String.format(Locale.ROOT, "%.1f%%", share.getAsDouble() * 100)
        : "-";
  }

  private static String signed(OptionalDouble v, boolean asPercent) {
    if (v.isEmpty()) {
      return "-";
    }
    double x = v.getAsDouble();
    return asPercent
        ? String.format(Locale.ROOT, "%+.1f pt", x * 100)
        : String.format(Locale.ROOT, "%+.3f", x);
  }
}
