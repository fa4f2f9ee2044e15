package org.chokepoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.iim.IimTrajectory;
import org.chokepoint.inputoutput.iim.InterdependencyIndices;
import org.chokepoint.inputoutput.iim.StaticIim;
import org.chokepoint.simulation.IoIim;

/**
 * The inoperability results as a table, CSV (one row per sector or per step and sector) or JSON.
 */
final class IoIimReport {
  private final IoIim.Result r;
  private final IoSystem s;
  private final String side;
  private final int top;
  private final double[] x;

  IoIimReport(IoIim.Result r, int top) {
    this.r = r;
    this.s = r.system();
    this.side = r.side();
    this.top = top;
    this.x = s.x();
  }

  void writeStatic(OutputOptions o, PrintWriter out) {
    StaticIim.Result q = r.q();
    InterdependencyIndices ix = r.indices();
    double[] qq = q.inoperability();
    double[] loss = q.loss(x);
    switch (o.format) {
      case CSV -> write(o, out, w -> IoIim.writeCsv(r, w));
      case JSON -> json(o, out, IoIim.json(r));
      default -> {
        TextTable t = sectorTable();
        t.column("q", TextTable.Align.RIGHT)
            .column("loss", TextTable.Align.RIGHT)
            .column("dependency", TextTable.Align.RIGHT)
            .column("influence", TextTable.Align.RIGHT);
        for (int i : order(qq)) {
          t.row(
              List.of(
                  s.sectors().joined(i),
                  name(i),
                  fmt("%.4f", qq[i]),
                  fmt("%,.1f", loss[i]),
                  ix == null ? "" : fmt("%.4f", ix.dependency()[i]),
                  ix == null ? "" : fmt("%.4f", ix.influence()[i])));
        }
        t.caption(
            "q: share of planned output lost ("
                + side
                + " side, clipped to [0, 1]); loss = x·q in"
                + " the table's unit; top "
                + t.rowCount()
                + " of "
                + s.size()
                + " by q");
        write(o, out, w -> text(w, t.render()));
      }
    }
  }

  void writeDynamic(OutputOptions o, PrintWriter out) {
    IimTrajectory t = r.trajectory();
    double[] k = r.k();
    switch (o.format) {
      case CSV -> write(o, out, w -> IoIim.writeCsv(r, w));
      case JSON -> json(o, out, IoIim.json(r));
      default -> {
        TextTable tab = sectorTable();
        tab.column("impact", TextTable.Align.RIGHT)
            .column("peak", TextTable.Align.RIGHT)
            .column("at step", TextTable.Align.RIGHT)
            .column("last", TextTable.Align.RIGHT)
            .column("k", TextTable.Align.RIGHT);
        for (int i : order(t.impact())) {
          tab.row(
              List.of(
                  s.sectors().joined(i),
                  name(i),
                  fmt("%.4f", t.impact()[i]),
                  fmt("%.4f", t.peak()[i]),
                  Integer.toString(t.peakStep()[i]),
                  fmt("%.4f", t.q()[t.steps() - 1][i]),
                  fmt("%.4f", k[i])));
        }
        tab.caption(
            "impact: q summed over steps 0.."
                + (t.steps() - 1)
                + " by the trapezoid rule ("
                + side
                + " side); last step with any q > 1e-6: "
                + t.lastStepAbove(1e-6)
                + "; top "
                + tab.rowCount()
                + " of "
                + s.size()
                + " by impact");
        write(o, out, w -> text(w, tab.render()));
      }
    }
  }

  private TextTable sectorTable() {
    return new TextTable()
        .column("sector", TextTable.Align.LEFT, 30)
        .column("name", TextTable.Align.LEFT, 40);
  }

  private List<Integer> order(double[] by) {
    return IntStream.range(0, by.length)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -by[i]).thenComparing(i -> i))
        .limit(Math.max(0, top))
        .toList();
  }

  private String name(int i) {
    return r.names().getOrDefault(IoIim.sectorKey(s, i), "");
  }

  private static String fmt(String f, double v) {
    return String.format(Locale.ROOT, f, v);
  }

  private static void json(OutputOptions o, PrintWriter out, Object doc) {
    write(
        o,
        out,
        w -> {
          try {
            OutputOptions.JSON.writeValue(w, doc);
            w.write('\n');
            w.flush();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static void text(Writer w, String s) {
    try {
      w.write(s);
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** To {@code --output FILE} (written beside it and renamed) or to standard output. */
  private static void write(OutputOptions o, PrintWriter out, Consumer<Writer> body) {
    if (o.output != null) {
      Output.write(o.output, null, body);
    } else {
      body.accept(out);
      out.flush();
    }
  }
}
