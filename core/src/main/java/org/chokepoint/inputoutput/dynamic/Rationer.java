package org.chokepoint.inputoutput.dynamic;

import java.util.Arrays;

/** Shares a supplier's production among its customer links and final demand. */
final class Rationer {
  private final FirmNetwork net;
  private final FirmParameters.Rationing rule;
  private final double[] c0;
  private double[] claim = new double[16];
  private double[] weight = new double[16];
  private int[] order = new int[16];
  private double[] give = new double[16];
  private double[] key = new double[16];

  Rationer(FirmNetwork net, FirmParameters.Rationing rule) {
    this.net = net;
    this.rule = rule;
    this.c0 = new double[net.firms()];
    for (int i = 0; i < c0.length; i++) {
      c0[i] = net.finalDemand(i);
    }
  }

  /** Fills {@code received} for supplier i's links; returns what final demand gets. */
  double share(int i, double xi, double di, double ci, double[] orders, double[] received) {
    int from = net.supplierStart[i];
    int to = net.supplierStart[i + 1];
    if (xi >= di) {
      for (int k = from; k < to; k++) {
        int l = net.bySupplier[k];
        received[l] = orders[l];
      }
      return ci;
    }
    if (rule == FirmParameters.Rationing.PROPORTIONAL || di <= 0) {
      double f = di > 0 ? xi / di : 0;
      for (int k = from; k < to; k++) {
        int l = net.bySupplier[k];
        received[l] = orders[l] * f;
      }
      return ci * f;
    }
    int m = to - from + 1;
    if (claim.length < m) {
      claim = new double[m];
      weight = new double[m];
      order = new int[m];
      give = new double[m];
      key = new double[m];
    }
    for (int k = from; k < to; k++) {
      int l = net.bySupplier[k];
      claim[k - from] = orders[l];
      weight[k - from] = net.amount(l);
    }
    claim[m - 1] = ci;
    weight[m - 1] = c0[i];
    double[] give = waterFill(xi, m);
    for (int k = from; k < to; k++) {
      received[net.bySupplier[k]] = give[k - from];
    }
    return give[m - 1];
  }

  /**
   * {@code min(claim, λ·weight)} with λ using up {@code x} (less than the claims' sum); claimants
   * without weight share what the others leave, in proportion to their claims.
   */
  private double[] waterFill(double x, int m) {
    double[] cl = claim;
    double[] w = weight;
    for (int k = 0; k < m; k++) {
      key[k] = ratio(cl[k], w[k]);
      give[k] = 0;
    }
    sortByKey(m);
    double remaining = x;
    double weights = 0;
    for (int k = 0; k < m; k++) {
      weights += w[k];
    }
    int k = 0;
    for (; k < m && w[order[k]] > 0; k++) {
      int q = order[k];
      double lambda = remaining / weights;
      if (cl[q] <= lambda * w[q]) {
        give[q] = cl[q];
        remaining -= cl[q];
        weights -= w[q];
      } else {
        for (int r = k; r < m && w[order[r]] > 0; r++) {
          give[order[r]] = lambda * w[order[r]];
        }
        return give;
      }
    }
    double rest = 0;
    for (int r = k; r < m; r++) {
      rest += cl[order[r]];
    }
    for (int r = k; r < m; r++) {
      give[order[r]] = rest > 0 ? Math.max(0, remaining) * cl[order[r]] / rest : 0;
    }
    return give;
  }

  /**
   * {@code order[0..m)} = 0..m−1 sorted by {@code key}, stably: insertion sort for the usual few
   * claimants, a merge sort of boxed indices for suppliers with many customers.
   */
  private void sortByKey(int m) {
    if (m > 64) {
      Integer[] boxed = new Integer[m];
      for (int k = 0; k < m; k++) {
        boxed[k] = k;
      }
      double[] kk = key;
      Arrays.sort(boxed, (u, v) -> Double.compare(kk[u], kk[v]));
      for (int k = 0; k < m; k++) {
        order[k] = boxed[k];
      }
      return;
    }
    for (int k = 0; k < m; k++) {
      int v = k;
      int j = k - 1;
      while (j >= 0 && key[order[j]] > key[v]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = v;
    }
  }

  private static double ratio(double claim, double weight) {
    return weight > 0 ? claim / weight : Double.POSITIVE_INFINITY;
  }
}
