package org.chokepoint.disclosure;

/**
 * A dense two-phase simplex for {@code A x = b, x ≥ 0} that, once a feasible basis is found,
 * minimises and maximises each variable in turn, each solve starting from the previous basis.
 * Dantzig pricing, switching to Bland's rule (which cannot cycle) after many degenerate steps.
 * Meant for the small components of an audit; values should be scaled to about 1.
 */
final class Simplex {
  private static final double EPS = 1e-9;
  private final int n; // structural variables
  private int m; // rows
  private double[][] t; // m rows of n + 1 (last column: right-hand side)
  private int[] basis;
  private final double[] obj;

  /** Finds a feasible basis; IllegalArgumentException when there is none. */
  Simplex(double[][] a, double[] b) {
    m = a.length;
    n = m == 0 ? 0 : a[0].length;
    int w = n + m + 1;
    double[][] ph = new double[m][w];
    basis = new int[m];
    for (int i = 0; i < m; i++) {
      double s = b[i] < 0 ? -1 : 1;
      for (int j = 0; j < n; j++) {
        ph[i][j] = s * a[i][j];
      }
      ph[i][n + i] = 1;
      ph[i][w - 1] = s * b[i];
      basis[i] = n + i;
    }
    double[] cost = new double[w - 1];
    for (int j = n; j < n + m; j++) {
      cost[j] = 1;
    }
    t = ph;
    obj = new double[w];
    if (optimise(cost, w) == Double.NEGATIVE_INFINITY || objectiveValue(cost, w) > EPS * (1 + m)) {
      throw new IllegalArgumentException("no non-negative table fits the published cells");
    }
    // Drive artificials out of the basis; rows where that is impossible are redundant.
    int keep = 0;
    for (int i = 0; i < m; i++) {
      if (basis[i] >= n) {
        int col = -1;
        for (int j = 0; j < n && col < 0; j++) {
          if (Math.abs(t[i][j]) > EPS) {
            col = j;
          }
        }
        if (col < 0) {
          continue; // redundant equation
        }
        pivot(i, col, w);
      }
      t[keep] = t[i];
      basis[keep] = basis[i];
      keep++;
    }
    double[][] reduced = new double[keep][n + 1];
    for (int i = 0; i < keep; i++) {
      System.arraycopy(t[i], 0, reduced[i], 0, n);
      reduced[i][n] = t[i][w - 1];
    }
    t = reduced;
    m = keep;
    basis = java.util.Arrays.copyOf(basis, keep);
  }

  /** The least ({@code sign} = 1) or greatest ({@code sign} = −1) value of variable j. */
  double bound(int j, int sign) {
    if (sign > 0) {
      boolean basic = false;
      for (int i = 0; i < m; i++) {
        basic |= basis[i] == j;
      }
      if (!basic) {
        return 0; // a non-basic variable is at its bound 0 in a feasible solution
      }
    }
    double[] cost = new double[n];
    cost[j] = sign;
    double r = optimise(cost, n + 1);
    if (r == Double.NEGATIVE_INFINITY) {
      return sign > 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    return sign * objectiveValue(cost, n + 1);
  }

  private double objectiveValue(double[] cost, int w) {
    double v = 0;
    for (int i = 0; i < m; i++) {
      v += cost[basis[i]] * t[i][w - 1];
    }
    return v;
  }

  /** Minimises cost·x; returns −∞ when unbounded, else 0. */
  private double optimise(double[] cost, int w) {
    int cols = w - 1;
    for (int j = 0; j < cols; j++) {
      double r = cost[j];
      for (int i = 0; i < m; i++) {
        r -= cost[basis[i]] * t[i][j];
      }
      obj[j] = r;
    }
    int steps = 0;
    while (true) {
      boolean bland = steps++ > 50 * (m + cols);
      int enter = -1;
      double best = -EPS;
      for (int j = 0; j < cols; j++) {
        if (obj[j] < best) {
          enter = j;
          if (bland) {
            break;
          }
          best = obj[j];
        }
      }
      if (enter < 0) {
        return 0;
      }
      int leave = -1;
      double ratio = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        double a = t[i][enter];
        if (a > EPS) {
          double r = t[i][w - 1] / a;
          if (r < ratio - EPS || (r <= ratio + EPS && leave >= 0 && basis[i] < basis[leave])) {
            ratio = Math.min(r, ratio);
            leave = i;
          }
        }
      }
      if (leave < 0) {
        return Double.NEGATIVE_INFINITY;
      }
      pivot(leave, enter, w);
      double f = obj[enter];
      for (int j = 0; j < cols; j++) {
        obj[j] -= f * t[leave][j];
      }
      if (steps > 1_000_000) {
        throw new IllegalStateException("simplex did not converge");
      }
    }
  }

  private void pivot(int r, int c, int w) {
    double[] row = t[r];
    double p = row[c];
    for (int j = 0; j < w; j++) {
      row[j] /= p;
    }
    for (int i = 0; i < m; i++) {
      if (i != r) {
        double f = t[i][c];
        if (f != 0) {
          double[] ti = t[i];
          for (int j = 0; j < w; j++) {
            ti[j] -= f * row[j];
          }
        }
      }
    }
    basis[r] = c;
  }
}
