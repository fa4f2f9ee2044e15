package org.chokepoint.inputoutput.dynamic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chokepoint.inputoutput.IoProgress;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * The adaptive regional input–output model (ARIO) of Hallegatte (2008) on the sectors of an
 * input–output table, one step a day. The table's flows are turned into daily flows (divided by
 * {@link ArioParameters#daysPerTableYear()}). With per sector i the pre-shock daily output {@code
 * x⁰_i}, final demand {@code y_i(t)} (after final-demand shocks), per flow l = (supplier i, buyer
 * j) the pre-shock daily flow {@code z_l}, inputs grouped by product p (the supplier's sector,
 * whatever its region), {@code a_jp = Σ_{l ∈ (j,p)} z_l / x⁰_j} and {@code w_l} the flow's share of
 * what j buys of p:
 *
 * <pre>
 *   S_jp(−1) = n·a_jp·x⁰_j,   O_l(0) = z_l,   α_i(0) = 1                  stationary start
 *   cap_i(t) = x⁰_i·(1 − δ_i(t))·α_i(t)                                    capacity, overproduction
 *   D_i(t)   = y_i(t) + Σ_{l: supplier i} O_l(t)                          demand
 *   x_i(t)   = min(cap_i(t), min_p S_ip(t−1) / a_ip, D_i(t))               production
 *   deliveries: x_i(t) rationed among the orders and final demand (proportional, or priority)
 *   S_jp(t)  = S_jp(t−1) + Σ_{l ∈ (j,p)} r_l(t) − a_jp·x_j(t)              inventories
 *   O_l(t+1) = max(0, w_l·(a_jp·x_j(t) + (n·a_jp·D_j(t) − S_jp(t)) / τ_inv))   orders
 *   α_i(t+1) = α_i + (α_max − α_i)·(D_i − x_i)/D_i / τ_α   if demand exceeds capacity
 *            = α_i + (1 − α_i) / τ_α                         otherwise
 * </pre>
 *
 * A sector whose production is held below capacity and demand by a missing input is in shortage.
 *
 * <p>Destruction events ({@link ArioRebuilding}) add to δ_i the share of a sector's capital still
 * destroyed and ask the remaining damage of the rebuilding sectors as final demand, {@code c_k =
 * s_k·R/τ_rec}; what they deliver is taken off the remaining damage R (docs/methods/ario.md).
 *
 * <p>Imports: a national table that books imports as a negative final-demand column (BEA's F050) is
 * first made domestic under the import-proportionality assumption: with {@code m_i} the imports of
 * product i and {@code d_i = x_i / (x_i + m_i)}, the domestic flows are {@code d_i·z_ij} and {@code
 * d_i·y_ic} over the other columns, and imported inputs are taken to be always available.
 */
public final class Ario {
  private Ario() {}

  /**
   * Runs the model.
   *
   * @param importColumns final-demand columns that book imports (negative), or none
   * @throws IllegalArgumentException when a sector has negative final demand after imports are
   *     taken out, or a shock names a sector or column outside the system
   */
  public static ArioResult run(
      IoSystem system,
      int[] importColumns,
      ArioParameters p,
      List<ArioShock> shocks,
      int days,
      IoProgress progress) {
    return run(system, importColumns, p, shocks, List.of(), days, progress);
  }

  /**
   * Runs the model with destruction-and-rebuilding events too.
   *
   * @throws IllegalArgumentException as {@link #run(IoSystem, int[], ArioParameters, List, int,
   *     IoProgress)}, or when an event names a sector outside the system
   */
  public static ArioResult run(
      IoSystem system,
      int[] importColumns,
      ArioParameters p,
      List<ArioShock> shocks,
      List<ArioRebuilding> events,
      int days,
      IoProgress progress) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be >= 1");
    }
    Daily daily = prepare(system, importColumns, p);
    int n = system.size();
    int cols = system.y().cols();
    for (ArioShock s : shocks) {
      for (int i : s.sectors()) {
        if (i < 0 || i >= n) {
          throw new IllegalArgumentException("shock on sector " + i + " of " + n);
        }
      }
      if (s.columns() != null) {
        for (int c : s.columns()) {
          if (c < 0 || c >= cols) {
            throw new IllegalArgumentException("shock on final-demand column " + c);
          }
        }
      }
    }
    for (ArioRebuilding e : events) {
      for (int[] list : new int[][] {e.sectors(), e.rebuilders()}) {
        for (int i : list) {
          if (i < 0 || i >= n) {
            throw new IllegalArgumentException("destruction event on sector " + i + " of " + n);
          }
        }
      }
    }
    return simulate(daily, p, shocks, events, days, progress);
  }

  private static Daily prepare(IoSystem system, int[] importColumns, ArioParameters p) {
    int n = system.size();
    int ns = system.sectorsPerRegion();
    double perDay = 1 / p.daysPerTableYear();
    boolean[] isImport = new boolean[system.finalDemand().size()];
    for (int c : importColumns) {
      isImport[c] = true;
    }
    double[] x = system.x();
    DenseMatrix y = system.y();
    int cols = y.cols();
    double[] share = new double[n];
    for (int i = 0; i < n; i++) {
      double m = 0;
      for (int c = 0; c < cols; c++) {
        if (isImport[c]) {
          m -= y.get(i, c);
        }
      }
      share[i] = x[i] + m > 0 ? x[i] / (x[i] + m) : 0;
    }
    // daily flows, final demand per sector and column
    CsrMatrix z = system.z();
    List<int[]> pairs = new ArrayList<>();
    List<Double> amounts = new ArrayList<>();
    int[] rp = z.rowStart();
    int[] ci = z.columns();
    double[] cv = z.values();
    for (int i = 0; i < n; i++) {
      for (int k = rp[i]; k < rp[i + 1]; k++) {
        double v = cv[k] * share[i] * perDay;
        if (v > 0 && ci[k] != i) {
          pairs.add(new int[] {i, ci[k]});
          amounts.add(v);
        }
      }
    }
    double[] yDaily = new double[n * cols];
    double[] y0 = new double[n];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < cols; c++) {
        if (!isImport[c]) {
          yDaily[i * cols + c] = y.get(i, c) * share[i] * perDay;
          y0[i] += yDaily[i * cols + c];
        }
      }
    }
    // own-sector flows stay inside the sector: they are part of its output and demand, not traded
    double[] own = new double[n];
    for (int i = 0; i < n; i++) {
      for (int k = rp[i]; k < rp[i + 1]; k++) {
        if (ci[k] == i) {
          own[i] = cv[k] * share[i] * perDay;
        }
      }
    }
    int links = pairs.size();
    int[] sup = new int[links];
    int[] cus = new int[links];
    int[] prod = new int[links];
    double[] amt = new double[links];
    double[] x0 = new double[n];
    for (int l = 0; l < links; l++) {
      sup[l] = pairs.get(l)[0];
      cus[l] = pairs.get(l)[1];
      prod[l] = sup[l] % ns;
      amt[l] = amounts.get(l);
      x0[sup[l]] += amt[l];
    }
    for (int i = 0; i < n; i++) {
      if (y0[i] < -1e-9 * Math.max(1, x[i] * perDay)) {
        throw new IllegalArgumentException(
            "sector "
                + system.sectors().joined(i)
                + " has negative final demand "
                + y0[i] / perDay
                + " (after imports are taken out); the model needs demand >= 0");
      }
      y0[i] = Math.max(0, y0[i]);
      x0[i] += y0[i];
    }
    FirmNetwork net = FirmNetwork.of(x0, y0, sup, cus, prod, amt);
    return new Daily(net, own, yDaily, cols, isImport);
  }

  /**
   * The table as daily flows between sectors: the network of flows (own use left out, its final
   * demand the domestic final demand), each sector's own use, and final demand per sector and
   * column.
   */
  public record Daily(
      FirmNetwork network, double[] ownUse, double[] finalDemand, int columns, boolean[] imports) {
    /** Pre-shock gross daily output of sector i (sales plus own use). */
    public double output(int i) {
      return network.output(i) + ownUse[i];
    }
  }

  /** The daily flows the model runs on, for inspection and comparison. */
  public static Daily daily(IoSystem system, int[] importColumns, ArioParameters p) {
    return prepare(system, importColumns, p);
  }

  /** Runs the model on prepared daily flows. */
  public static ArioResult simulate(
      Daily daily, ArioParameters p, List<ArioShock> shocks, int days, IoProgress progress) {
    return simulate(daily, p, shocks, List.of(), days, progress);
  }

  /** Runs the model on prepared daily flows, with destruction-and-rebuilding events. */
  public static ArioResult simulate(
      Daily daily,
      ArioParameters p,
      List<ArioShock> shocks,
      List<ArioRebuilding> events,
      int days,
      IoProgress progress) {
    FirmNetwork net = daily.network();
    double[] own = daily.ownUse();
    double[] yDaily = daily.finalDemand();
    int cols = daily.columns();
    boolean[] isImport = daily.imports();
    int n = net.firms();
    int links = net.links();
    int slots = net.slots();
    double[] x0 = new double[n];
    double[] y0 = new double[n];
    for (int i = 0; i < n; i++) {
      x0[i] = net.output(i) + own[i];
      y0[i] = net.finalDemand(i);
    }
    double nDays = p.inventoryDays();
    double tau = p.inventoryTau();
    double[] a = new double[slots];
    double[] inv = new double[slots];
    for (int s = 0; s < slots; s++) {
      double xj = x0[net.slotCustomer[s]];
      a[s] = xj == 0 ? 0 : net.slotAmount[s] / xj;
      inv[s] = nDays * net.slotAmount[s];
    }
    double[] ownA = new double[n];
    for (int i = 0; i < n; i++) {
      ownA[i] = x0[i] == 0 ? 0 : own[i] / x0[i];
    }
    double[] orders = new double[links];
    for (int l = 0; l < links; l++) {
      orders[l] = net.amount(l);
    }
    double[] alpha = new double[n];
    Arrays.fill(alpha, 1);
    double[] received = new double[links];
    double[] want = new double[slots];
    double[] delta = new double[n];
    double[] yt = new double[n];
    double[] demand = new double[n];
    double[] x = new double[n];
    double[][] production = new double[days][];
    double[] fdAsked = new double[days];
    double[] fdServed = new double[days];
    int[] constrained = new int[days];
    double[] alphaMax = new double[days];
    Rationer rationer = new Rationer(net, p.rationing());
    // destruction events: capital K_i = κ·x⁰_i·days_per_table_year, the damage shared by capital
    int ne = events.size();
    double[] remaining = new double[ne];
    double[][] destroyed = new double[ne][n]; // d_ie: sector i's part of event e's damage
    for (int e = 0; e < ne; e++) {
      ArioRebuilding ev = events.get(e);
      remaining[e] = ev.damage();
      double capital = 0;
      for (int i : ev.sectors()) {
        capital += x0[i];
      }
      for (int i : ev.sectors()) {
        destroyed[e][i] += capital > 0 ? ev.damage() * x0[i] / capital : 0;
      }
    }
    double[] capitalOf = new double[ne == 0 ? 0 : n];
    double[] rec = new double[ne == 0 ? 0 : n];
    double[] recAsked = new double[days];
    double[] recServed = new double[days];
    double[] damageLeft = new double[days];
    for (int t = 0; t < days; t++) {
      Arrays.fill(delta, 0);
      System.arraycopy(y0, 0, yt, 0, n);
      for (ArioShock s : shocks) {
        double m = s.at(t);
        if (m == 0) {
          continue;
        }
        for (int i : s.sectors()) {
          if (s.kind() == ArioShock.Kind.CAPACITY) {
            delta[i] += m;
          } else {
            double cut = 0;
            if (s.columns() == null) {
              for (int c = 0; c < cols; c++) {
                cut += isImport[c] ? 0 : yDaily[i * cols + c];
              }
            } else {
              for (int c : s.columns()) {
                cut += yDaily[i * cols + c];
              }
            }
            yt[i] -= m * cut;
          }
        }
      }
      double asked = 0;
      for (int i = 0; i < n; i++) {
        yt[i] = Math.max(0, yt[i]);
        asked += yt[i];
      }
      if (ne > 0) {
        Arrays.fill(rec, 0);
        for (int e = 0; e < ne; e++) {
          ArioRebuilding ev = events.get(e);
          if (t < ev.start() || remaining[e] <= 0) {
            continue;
          }
          double f = remaining[e] / ev.damage();
          for (int i : ev.sectors()) {
            capitalOf[i] = ev.capitalRatio() * x0[i] * p.daysPerTableYear();
            delta[i] += capitalOf[i] > 0 ? f * destroyed[e][i] / capitalOf[i] : 0;
          }
          for (int k = 0; k < ev.rebuilders().length; k++) {
            rec[ev.rebuilders()[k]] += ev.shares()[k] * remaining[e] / ev.tau();
          }
        }
        for (int i = 0; i < n; i++) {
          recAsked[t] += rec[i];
          yt[i] += rec[i];
        }
      }
      for (int i = 0; i < n; i++) {
        double d = yt[i];
        for (int k = net.supplierStart[i]; k < net.supplierStart[i + 1]; k++) {
          d += orders[net.bySupplier[k]];
        }
        demand[i] = d;
      }
      int short_ = 0;
      double[] xt = new double[n];
      for (int i = 0; i < n; i++) {
        double cap = x0[i] * (1 - Math.min(1, delta[i])) * alpha[i];
        // gross production covers the sector's own use of its product too
        double limit = Math.min(cap, totalDemand(demand[i], ownA[i]));
        double byInputs = Double.POSITIVE_INFINITY;
        for (int s = net.slotStart[i]; s < net.slotStart[i + 1]; s++) {
          if (a[s] > 0) {
            byInputs = Math.min(byInputs, inv[s] / a[s]);
          }
        }
        if (byInputs < limit * (1 - 1e-12)) {
          short_++;
          limit = byInputs;
        }
        xt[i] = Math.max(0, limit);
        // what is left for others after the sector's own use
        x[i] = xt[i] * (1 - ownA[i]);
      }
      double served = 0;
      for (int i = 0; i < n; i++) {
        double got = rationer.share(i, x[i], demand[i], yt[i], orders, received);
        if (ne > 0 && rec[i] > 0) {
          // final demand and reconstruction share what final demand gets, in proportion
          double r = got * rec[i] / yt[i];
          recServed[t] += r;
          got -= r;
          rec[i] = r / rec[i]; // now the share of sector i's reconstruction orders served
        }
        served += got;
      }
      for (int e = 0; e < ne; e++) {
        ArioRebuilding ev = events.get(e);
        if (t < ev.start() || remaining[e] <= 0) {
          continue;
        }
        double delivered = 0;
        for (int k = 0; k < ev.rebuilders().length; k++) {
          delivered += ev.shares()[k] * remaining[e] / ev.tau() * rec[ev.rebuilders()[k]];
        }
        remaining[e] = Math.max(0, remaining[e] - delivered);
      }
      for (int e = 0; e < ne; e++) {
        damageLeft[t] += t < events.get(e).start() ? 0 : remaining[e];
      }
      for (int l = 0; l < links; l++) {
        inv[net.slotOfLink[l]] += received[l];
      }
      for (int s = 0; s < slots; s++) {
        int j = net.slotCustomer[s];
        inv[s] -= a[s] * xt[j];
        double w = a[s] * xt[j] + (nDays * a[s] * totalDemand(demand[j], ownA[j]) - inv[s]) / tau;
        want[s] = w > 0 ? w : 0;
      }
      for (int l = 0; l < links; l++) {
        orders[l] = net.linkShare[l] * want[net.slotOfLink[l]];
      }
      double am = 1;
      for (int i = 0; i < n; i++) {
        double cap = x0[i] * (1 - Math.min(1, delta[i])) * alpha[i];
        double d = totalDemand(demand[i], ownA[i]);
        if (d > cap && d > 0) {
          alpha[i] += (p.alphaMax() - alpha[i]) * (d - xt[i]) / d / p.alphaTau();
        } else {
          alpha[i] += (1 - alpha[i]) / p.alphaTau();
        }
        am = Math.max(am, alpha[i]);
      }
      production[t] = xt;
      fdAsked[t] = asked;
      fdServed[t] = served;
      constrained[t] = short_;
      alphaMax[t] = am;
      progress.report("day", t + 1, days);
    }
    return new ArioResult(
        x0,
        y0,
        production,
        fdAsked,
        fdServed,
        constrained,
        alphaMax,
        recAsked,
        recServed,
        damageLeft);
  }

  /** Demand from others plus the sector's own use of its product at that level. */
  private static double totalDemand(double fromOthers, double ownA) {
    return fromOthers / (1 - ownA);
  }
}
