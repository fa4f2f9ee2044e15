package org.chokepoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.iim.IimShock;
import org.chokepoint.inputoutput.iim.IimTrajectory;
import org.chokepoint.inputoutput.iim.InterdependencyIndices;
import org.chokepoint.inputoutput.iim.StaticIim;

/**
 * The inoperability results as a table, CSV (one row per sector or per step and sector) or JSON.
 */
final class IoIimReport {
  private final IoSystem s;
  private final IoSystemOptions.Loaded loaded;
  private final String side;
  private final int top;
  private final double[] x;

  IoIimReport(IoSystem s, IoSystemOptions.Loaded loaded, String side, int top) {
    this.s = s;
    this.loaded = loaded;
    this.side = side;
    this.top = top;
    this.x = s.x();
  }

  void writeStatic(
      OutputOptions o,
      PrintWriter out,
      StaticIim.Result q,
      InterdependencyIndices ix,
      List<IimShock> shocks) {
    double[] qq = q.inoperability();
    double[] loss = q.loss(x);
    switch (o.format) {
      case CSV ->
          write(
              o,
              out,
              w -> {
                CsvWriter csv = new CsvWriter(w);
                csv.row(
                    "region",
                    "sector",
                    "name",
                    "inoperability",
                    "inoperability_unclipped",
                    "planned_output",
                    "loss",
                    "dependency",
                    "influence",
                    "overall_dependency",
                    "overall_influence");
                for (int i = 0; i < s.size(); i++) {
                  csv.row(
                      s.sectors().get(i, 0),
                      sectorKey(i),
                      name(i),
                      num(qq[i]),
                      num(q.unclipped()[i]),
                      num(x[i]),
                      num(loss[i]),
                      ix == null ? "" : num(ix.dependency()[i]),
                      ix == null ? "" : num(ix.influence()[i]),
                      ix == null ? "" : num(ix.overallDependency()[i]),
                      ix == null ? "" : num(ix.overallInfluence()[i]));
                }
                csv.flush();
              });
      case JSON -> {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
          Map<String, Object> r = sectorFields(i);
          r.put("inoperability", qq[i]);
          r.put("inoperability_unclipped", q.unclipped()[i]);
          r.put("planned_output", x[i]);
          r.put("loss", loss[i]);
          if (ix != null) {
            r.put("dependency", ix.dependency()[i]);
            r.put("influence", ix.influence()[i]);
            r.put("overall_dependency", ix.overallDependency()[i]);
            r.put("overall_influence", ix.overallInfluence()[i]);
          }
          rows.add(r);
        }
        Map<String, Object> doc = header("static inoperability", shocks);
        doc.put("sectors", rows);
        json(o, out, doc);
      }
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

  void writeDynamic(
      OutputOptions o,
      PrintWriter out,
      IimTrajectory t,
      double[] k,
      List<IimShock> shocks,
      boolean continuous) {
    switch (o.format) {
      case CSV ->
          write(
              o,
              out,
              w -> {
                CsvWriter csv = new CsvWriter(w);
                csv.row("step", "region", "sector", "inoperability");
                for (int step = 0; step < t.steps(); step++) {
                  for (int i = 0; i < s.size(); i++) {
                    csv.row(
                        Integer.toString(step),
                        s.sectors().get(i, 0),
                        sectorKey(i),
                        num(t.q()[step][i]));
                  }
                }
                csv.flush();
              });
      case JSON -> {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
          Map<String, Object> r = sectorFields(i);
          r.put("k", k[i]);
          r.put("impact", t.impact()[i]);
          r.put("peak", t.peak()[i]);
          r.put("peak_step", t.peakStep()[i]);
          r.put("final", t.q()[t.steps() - 1][i]);
          r.put("loss", x[i] * t.impact()[i]);
          rows.add(r);
        }
        Map<String, Object> doc =
            header(continuous ? "continuous recovery" : "dynamic inoperability", shocks);
        doc.put("steps", t.steps());
        doc.put("sectors", rows);
        doc.put("trajectory", t.q());
        json(o, out, doc);
      }
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

  private Map<String, Object> header(String model, List<IimShock> shocks) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("model", model);
    doc.put("side", side);
    List<Map<String, Object>> sh = new ArrayList<>();
    for (IimShock c : shocks) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sector", s.sectors().joined(c.sector()));
      m.put("value", c.value());
      m.put("start", c.start());
      m.put("end", c.end() == Integer.MAX_VALUE ? null : c.end());
      sh.add(m);
    }
    doc.put("shocks", sh);
    doc.put("source", loaded.source());
    return doc;
  }

  private Map<String, Object> sectorFields(int i) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("region", s.sectors().get(i, 0));
    r.put("sector", sectorKey(i));
    if (!loaded.names().isEmpty()) {
      r.put("name", name(i));
    }
    return r;
  }

  private String sectorKey(int i) {
    List<String> t = s.sectors().tuple(i);
    return String.join("/", t.subList(1, t.size()));
  }

  private String name(int i) {
    return loaded.names().getOrDefault(sectorKey(i), "");
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
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
