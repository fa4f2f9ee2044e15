package org.chokepoint.inputoutput.matrix;

/**
 * Up to {@link GaussSeidelInverse#BLOCK} right-hand sides solved together: the vectors are
 * interleaved ({@code x[i·w + r]} is element i of vector r) so that one pass over a sparse row
 * updates all of them.
 */
final class Block {
  private final GaussSeidelInverse.Rows m;
  private final int from;
  private final int w;
  private final double[] b;
  private final double[] x;
  private final double[] bNorm;

  Block(GaussSeidelInverse.Rows m, double[][] rhs, int from, int to) {
    this.m = m;
    this.from = from;
    this.w = to - from;
    int n = m.n;
    this.b = new double[n * w];
    this.x = new double[n * w];
    this.bNorm = new double[w];
    for (int r = 0; r < w; r++) {
      double[] v = rhs[from + r];
      double norm = 0;
      for (int i = 0; i < n; i++) {
        double e = v[i];
        b[i * w + r] = e;
        x[i * w + r] = e * m.invDiag[i];
        norm = Math.max(norm, Math.abs(e));
      }
      bNorm[r] = norm;
    }
  }

  /** Sweeps until every vector has converged; returns the number of sweeps. */
  int solve(double tolerance, int maxSweeps) {
    boolean allZero = true;
    for (double v : bNorm) {
      allZero &= v == 0;
    }
    if (allZero) {
      return 0;
    }
    int[] start = m.start;
    int[] cols = m.cols;
    double[] vals = m.vals;
    double[] inv = m.invDiag;
    double[] acc = new double[w];
    double[] delta = new double[w];
    double[] size = new double[w];
    for (int sweep = 1; sweep <= maxSweeps; sweep++) {
      java.util.Arrays.fill(delta, 0);
      java.util.Arrays.fill(size, 0);
      for (int i = 0; i < m.n; i++) {
        int oi = i * w;
        System.arraycopy(b, oi, acc, 0, w);
        for (int k = start[i], e = start[i + 1]; k < e; k++) {
          double v = vals[k];
          int oj = cols[k] * w;
          for (int r = 0; r < w; r++) {
            acc[r] += v * x[oj + r];
          }
        }
        double d = inv[i];
        for (int r = 0; r < w; r++) {
          double nx = acc[r] * d;
          double change = Math.abs(nx - x[oi + r]);
          if (change > delta[r]) {
            delta[r] = change;
          }
          double a = Math.abs(nx);
          if (a > size[r]) {
            size[r] = a;
          }
          x[oi + r] = nx;
        }
      }
      boolean done = true;
      for (int r = 0; r < w; r++) {
        if (!(delta[r] < 1e150) || !Double.isFinite(size[r])) {
          throw new ArithmeticException(
              "Gauss–Seidel diverged after "
                  + sweep
                  + " sweeps: the spectral radius of the coefficients is not below 1 or they"
                  + " have negative entries; use the dense solver");
        }
        done &= delta[r] <= tolerance * size[r];
      }
      if (done) {
        return sweep;
      }
    }
    throw new ArithmeticException(
        "Gauss–Seidel did not converge in "
            + maxSweeps
            + " sweeps; the spectral radius of the coefficients may be close to 1 or the system"
            + " has negative coefficients; use the dense solver");
  }

  /** The largest relative residual {@code ‖b − (I − C)x‖∞ / ‖b‖∞} of the block's vectors. */
  double residual() {
    double[] res = new double[w];
    double[] acc = new double[w];
    for (int i = 0; i < m.n; i++) {
      int oi = i * w;
      System.arraycopy(b, oi, acc, 0, w);
      for (int k = m.start[i], e = m.start[i + 1]; k < e; k++) {
        double v = m.vals[k];
        int oj = m.cols[k] * w;
        for (int r = 0; r < w; r++) {
          acc[r] += v * x[oj + r];
        }
      }
      double p = 1 / m.invDiag[i];
      for (int r = 0; r < w; r++) {
        res[r] = Math.max(res[r], Math.abs(acc[r] - p * x[oi + r]));
      }
    }
    double worst = 0;
    for (int r = 0; r < w; r++) {
      if (bNorm[r] > 0) {
        worst = Math.max(worst, res[r] / bNorm[r]);
      }
    }
    return worst;
  }

  /** Writes the solutions into {@code out[from..from + w)}. */
  void copyTo(double[][] out) {
    int n = m.n;
    for (int r = 0; r < w; r++) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = x[i * w + r];
      }
      out[from + r] = v;
    }
  }
}
