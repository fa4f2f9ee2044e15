package org.chokepoint.inputoutput.dynamic;

import java.util.Arrays;
import java.util.List;
import org.chokepoint.inputoutput.IoProgress;

/**
 * The firm-level propagation model of Inoue and Todo (2019), after Hallegatte's (2008) adaptive
 * regional input–output model, day by day. With {@code x⁰} pre-shock output, {@code c} final
 * demand, {@code z_l} the pre-shock delivery on link l, and per customer j and product p the
 * inventory {@code S_jp} and input coefficient {@code a_jp = Σ_{l ∈ (j,p)} z_l / x⁰_j}:
 *
 * <pre>
 *   S_jp(−1) = n·a_jp·x⁰_j,   O_l(0) = z_l                                  start: stationary
 *   cap_i(t) = x⁰_i·(1 − δ_i(t))                                            capacity
 *   D_i(t)   = c_i + Σ_{l: supplier i} O_l(t)                              orders received
 *   x_i(t)   = min(cap_i(t), min_p S_ip(t−1) / a_ip, D_i(t))                production
 *   r_l(t)   = rationed share of x_i(t) for link l (and for final demand)   deliveries
 *   S_jp(t)  = S_jp(t−1) + Σ_{l ∈ (j,p)} r_l(t) − a_jp·x_j(t)               inventories
 *   O_l(t+1) = max(0, w_l·(a_jp·x_j(t) + (n·a_jp·x_j(t) − S_jp(t)) / τ))    next orders
 * </pre>
 *
 * with {@code w_l = z_l / Σ_{l' ∈ (j,p)} z_l'} the link's pre-shock share of what j buys of p.
 * Orders cover the input the day's production used plus a τ-th of the gap to the target of n days
 * of that production. Rationing: {@link FirmParameters.Rationing}. Inputs of one product from
 * different suppliers substitute for each other only through the shared inventory; orders stay in
 * pre-shock proportions.
 */
public final class FirmSimulation {
  private FirmSimulation() {}

  /**
   * Runs {@code days} days (day 0 first) after the stationary pre-shock state.
   *
   * @throws IllegalArgumentException when a shock names a firm outside the network
   */
  public static FirmTrajectory run(
      FirmNetwork net,
      FirmParameters p,
      List<CapacityShock> shocks,
      int days,
      IoProgress progress) {
    int n = net.firms();
    int links = net.links();
    int slots = net.slots();
    if (days < 1) {
      throw new IllegalArgumentException("days must be >= 1");
    }
    for (CapacityShock s : shocks) {
      if (s.firm() >= n) {
        throw new IllegalArgumentException("shock on firm " + s.firm() + " of " + n);
      }
    }
    double[] x0 = new double[n];
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      x0[i] = net.output(i);
      c[i] = net.finalDemand(i);
    }
    double days0 = p.targetInventoryDays();
    double tau = p.adjustmentDays();
    double[] a = new double[slots];
    double[] inv = new double[slots];
    for (int s = 0; s < slots; s++) {
      double xj = x0[net.slotCustomer[s]];
      a[s] = xj == 0 ? 0 : net.slotAmount[s] / xj;
      inv[s] = days0 * net.slotAmount[s];
    }
    double[] orders = new double[links];
    for (int l = 0; l < links; l++) {
      orders[l] = net.amount(l);
    }
    double[] received = new double[links];
    double[] want = new double[slots];
    double[] loss = new double[n];
    double[] x = new double[n];
    double[] demand = new double[n];
    double[] production = new double[days + 1];
    double[] consumption = new double[days + 1];
    int[] constrained = new int[days + 1];
    production[0] = net.totalOutput();
    consumption[0] = net.totalFinalDemand();
    Rationer rationer = new Rationer(net, p.rationing());
    for (int t = 0; t < days; t++) {
      Arrays.fill(loss, 0);
      for (CapacityShock s : shocks) {
        loss[s.firm()] += s.lossAt(t);
      }
      for (int i = 0; i < n; i++) {
        double d = c[i];
        for (int k = net.supplierStart[i]; k < net.supplierStart[i + 1]; k++) {
          d += orders[net.bySupplier[k]];
        }
        demand[i] = d;
      }
      int short_ = 0;
      double total = 0;
      for (int i = 0; i < n; i++) {
        double cap = x0[i] * (1 - Math.min(1, loss[i]));
        double limit = Math.min(cap, demand[i]);
        double byInputs = Double.POSITIVE_INFINITY;
        for (int s = net.slotStart[i]; s < net.slotStart[i + 1]; s++) {
          if (a[s] > 0) {
            byInputs = Math.min(byInputs, inv[s] / a[s]);
          }
        }
        if (byInputs < limit) {
          short_++;
          limit = byInputs;
        }
        x[i] = Math.max(0, limit);
        total += x[i];
      }
      double fc = 0;
      for (int i = 0; i < n; i++) {
        fc += rationer.share(i, x[i], demand[i], c[i], orders, received);
      }
      for (int l = 0; l < links; l++) {
        inv[net.slotOfLink[l]] += received[l];
      }
      for (int s = 0; s < slots; s++) {
        double use = a[s] * x[net.slotCustomer[s]];
        inv[s] -= use;
        double w = use + (days0 * use - inv[s]) / tau;
        want[s] = w > 0 ? w : 0;
      }
      for (int l = 0; l < links; l++) {
        orders[l] = net.linkShare[l] * want[net.slotOfLink[l]];
      }
      production[t + 1] = total;
      consumption[t + 1] = fc;
      constrained[t + 1] = short_;
      progress.report("day", t + 1, days);
    }
    return new FirmTrajectory(production, consumption, constrained, x.clone());
  }
}
