package org.chokepoint.simulation;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.iim.DynamicIim;
import org.chokepoint.inputoutput.iim.IimRecovery;
import org.chokepoint.inputoutput.iim.IimShock;
import org.chokepoint.inputoutput.iim.IimTrajectory;
import org.chokepoint.inputoutput.iim.InterdependencyIndices;
import org.chokepoint.inputoutput.iim.InterdependencyMatrix;
import org.chokepoint.inputoutput.iim.ResilienceCoefficients;
import org.chokepoint.inputoutput.iim.StaticIim;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * The inoperability input–output model on a table (docs/methods/iim.md), as {@code chokepoint io
 * iim} and {@code GET /api/v1/io/iim} run it: static {@code q = (I − A*)⁻¹ c*} with the
 * interdependency indices, or the dynamic model over steps; the CSV and JSON both print.
 */
public final class IoIim {
  /** Largest system the dense inoperability model takes. */
  public static final int MAX_SECTORS = 5_000;

  private IoIim() {}

  /** Demand side (A* = diag(x)⁻¹ Z) or supply side (A* = Aᵀ). */
  public enum Side {
    DEMAND,
    SUPPLY
  }

  /**
   * What to run, as the command's options give it.
   *
   * @param shocks {@code SECTOR=C[@START:END]}
   * @param initial {@code SECTOR=Q} (dynamic model)
   * @param steps null for the static model
   * @param k resilience of every sector, or null
   * @param recoveryTime steps to recover to {@code lambda}, or null
   */
  public record Options(
      Side side,
      List<String> shocks,
      List<String> initial,
      Integer steps,
      Double k,
      Double recoveryTime,
      double lambda,
      boolean continuous) {}

  /**
   * A result: static ({@code q} set, {@code trajectory} null) or dynamic.
   *
   * @param names code → name, or empty
   * @param indices null on the supply side or for a one-sector table
   */
  public record Result(
      IoSystem system,
      String source,
      Map<String, String> names,
      String side,
      List<IimShock> shocks,
      StaticIim.Result q,
      InterdependencyIndices indices,
      IimTrajectory trajectory,
      double[] k,
      boolean continuous) {
    public boolean dynamic() {
      return trajectory != null;
    }
  }

  public static Result run(IoSystem s, String source, Map<String, String> names, Options o) {
    if (s.size() > MAX_SECTORS) {
      throw new IllegalArgumentException(
          "the inoperability model is dense: at most " + MAX_SECTORS + " sectors, got " + s.size());
    }
    DenseMatrix aStar =
        o.side() == Side.DEMAND
            ? InterdependencyMatrix.demandSide(s)
            : InterdependencyMatrix.supplySide(s);
    String side = o.side().name().toLowerCase(Locale.ROOT);
    List<IimShock> parsed = new ArrayList<>();
    for (String sh : o.shocks()) {
      parsed.add(IoIimKeys.shock(s, sh));
    }
    if (o.steps() == null) {
      if (!o.initial().isEmpty() || o.continuous() || o.recoveryTime() != null || o.k() != null) {
        throw new IllegalArgumentException(
            "--initial, --continuous, --k and --recovery-time need --steps (the dynamic model)");
      }
      if (parsed.isEmpty()) {
        throw new IllegalArgumentException("give at least one --shock SECTOR=C");
      }
      double[] c = new double[s.size()];
      for (IimShock sh : parsed) {
        c[sh.sector()] += sh.value();
      }
      StaticIim.Result q = StaticIim.solve(aStar, c);
      InterdependencyIndices ix =
          o.side() == Side.DEMAND && s.size() > 1 ? InterdependencyIndices.of(aStar) : null;
      return new Result(s, source, names, side, parsed, q, ix, null, null, false);
    }
    double[] kv = resilience(aStar, o);
    double[] q0 = new double[s.size()];
    for (String init : o.initial()) {
      IimShock sh = IoIimKeys.shock(s, init);
      q0[sh.sector()] = sh.value();
    }
    IimTrajectory t;
    if (o.continuous()) {
      if (!parsed.isEmpty() || o.initial().isEmpty()) {
        throw new IllegalArgumentException("--continuous takes --initial and no --shock");
      }
      t = IimRecovery.continuous(aStar, kv, q0, o.steps());
    } else {
      t = DynamicIim.run(aStar, kv, q0, parsed, o.steps());
    }
    return new Result(s, source, names, side, parsed, null, null, t, kv, o.continuous());
  }

  private static double[] resilience(DenseMatrix aStar, Options o) {
    int n = aStar.rows();
    if (o.k() != null && o.recoveryTime() != null) {
      throw new IllegalArgumentException("give --k or --recovery-time, not both");
    }
    if (o.recoveryTime() != null) {
      double[] tau = new double[n];
      java.util.Arrays.fill(tau, o.recoveryTime());
      return ResilienceCoefficients.fromRecoveryTimes(aStar, tau, o.lambda());
    }
    return ResilienceCoefficients.uniform(n, o.k() == null ? 1 : o.k());
  }

  /**
   * The CSV: static, one row per sector (inoperability, loss, indices); dynamic, one row per step
   * and sector.
   */
  public static void writeCsv(Result r, Writer w) {
    IoSystem s = r.system();
    CsvWriter csv = new CsvWriter(w);
    if (!r.dynamic()) {
      double[] x = s.x();
      double[] qq = r.q().inoperability();
      double[] loss = r.q().loss(x);
      InterdependencyIndices ix = r.indices();
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
            sectorKey(s, i),
            r.names().getOrDefault(sectorKey(s, i), ""),
            Simulation.num(qq[i]),
            Simulation.num(r.q().unclipped()[i]),
            Simulation.num(x[i]),
            Simulation.num(loss[i]),
            ix == null ? "" : Simulation.num(ix.dependency()[i]),
            ix == null ? "" : Simulation.num(ix.influence()[i]),
            ix == null ? "" : Simulation.num(ix.overallDependency()[i]),
            ix == null ? "" : Simulation.num(ix.overallInfluence()[i]));
      }
    } else {
      IimTrajectory t = r.trajectory();
      csv.row("step", "region", "sector", "inoperability");
      for (int step = 0; step < t.steps(); step++) {
        for (int i = 0; i < s.size(); i++) {
          csv.row(
              Integer.toString(step),
              s.sectors().get(i, 0),
              sectorKey(s, i),
              Simulation.num(t.q()[step][i]));
        }
      }
    }
    csv.flush();
  }

  /** The JSON document: model, side, shocks, source, one entry per sector (and the trajectory). */
  public static Map<String, Object> json(Result r) {
    IoSystem s = r.system();
    double[] x = s.x();
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, Object> doc;
    if (!r.dynamic()) {
      double[] qq = r.q().inoperability();
      double[] loss = r.q().loss(x);
      InterdependencyIndices ix = r.indices();
      for (int i = 0; i < s.size(); i++) {
        Map<String, Object> m = sectorFields(r, i);
        m.put("inoperability", qq[i]);
        m.put("inoperability_unclipped", r.q().unclipped()[i]);
        m.put("planned_output", x[i]);
        m.put("loss", loss[i]);
        if (ix != null) {
          m.put("dependency", ix.dependency()[i]);
          m.put("influence", ix.influence()[i]);
          m.put("overall_dependency", ix.overallDependency()[i]);
          m.put("overall_influence", ix.overallInfluence()[i]);
        }
        rows.add(m);
      }
      doc = header(r, "static inoperability");
      doc.put("sectors", rows);
    } else {
      IimTrajectory t = r.trajectory();
      for (int i = 0; i < s.size(); i++) {
        Map<String, Object> m = sectorFields(r, i);
        m.put("k", r.k()[i]);
        m.put("impact", t.impact()[i]);
        m.put("peak", t.peak()[i]);
        m.put("peak_step", t.peakStep()[i]);
        m.put("final", t.q()[t.steps() - 1][i]);
        m.put("loss", x[i] * t.impact()[i]);
        rows.add(m);
      }
      doc = header(r, r.continuous() ? "continuous recovery" : "dynamic inoperability");
      doc.put("steps", t.steps());
      doc.put("sectors", rows);
      doc.put("trajectory", t.q());
    }
    return doc;
  }

  private static Map<String, Object> header(Result r, String model) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("model", model);
    doc.put("side", r.side());
    List<Map<String, Object>> sh = new ArrayList<>();
    for (IimShock c : r.shocks()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sector", r.system().sectors().joined(c.sector()));
      m.put("value", c.value());
      m.put("start", c.start());
      m.put("end", c.end() == Integer.MAX_VALUE ? null : c.end());
      sh.add(m);
    }
    doc.put("shocks", sh);
    doc.put("source", r.source());
    return doc;
  }

  private static Map<String, Object> sectorFields(Result r, int i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("region", r.system().sectors().get(i, 0));
    m.put("sector", sectorKey(r.system(), i));
    if (!r.names().isEmpty()) {
      m.put("name", r.names().getOrDefault(sectorKey(r.system(), i), ""));
    }
    return m;
  }

  /** The sector's labels after the region, joined by "/". */
  public static String sectorKey(IoSystem s, int i) {
    List<String> t = s.sectors().tuple(i);
    return String.join("/", t.subList(1, t.size()));
  }
}
