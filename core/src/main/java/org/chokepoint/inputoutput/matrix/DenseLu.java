package org.chokepoint.inputoutput.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * LU decomposition with partial pivoting, {@code P·M = L·U}, of a square dense matrix, on one
 * row-major array (L below the diagonal with a unit diagonal implied, U on and above it). Rows are
 * swapped physically so that every inner loop runs along a contiguous row.
 */
public final class DenseLu {
  private final int n;
  private final double[] lu;
  private final int[] perm; // row i of P·M is row perm[i] of M

  private DenseLu(int n, double[] lu, int[] perm) {
    this.n = n;
    this.lu = lu;
    this.perm = perm;
  }

  /**
   * Factors {@code m} (not changed).
   *
   * @throws ArithmeticException when a pivot column is entirely zero (the matrix is singular)
   */
  public static DenseLu of(DenseMatrix m) {
    if (m.rows() != m.cols()) {
      throw new IllegalArgumentException("LU needs a square matrix, got " + m);
    }
    int n = m.rows();
    double[] a = m.data().clone();
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int k = 0; k < n; k++) {
      int p = k;
      double max = Math.abs(a[k * n + k]);
      for (int i = k + 1; i < n; i++) {
        double v = Math.abs(a[i * n + k]);
        if (v > max) {
          max = v;
          p = i;
        }
      }
      if (max == 0) {
        throw new ArithmeticException("matrix is singular (no pivot in column " + k + ")");
      }
      if (p != k) {
        swapRows(a, n, p, k);
        int t = perm[p];
        perm[p] = perm[k];
        perm[k] = t;
      }
      double pivot = a[k * n + k];
      int rk = k * n;
      for (int i = k + 1; i < n; i++) {
        int ri = i * n;
        double f = a[ri + k];
        if (f == 0) {
          continue;
        }
        f /= pivot;
        a[ri + k] = f;
        for (int j = k + 1; j < n; j++) {
          a[ri + j] -= f * a[rk + j];
        }
      }
    }
    return new DenseLu(n, a, perm);
  }

  private static void swapRows(double[] a, int n, int p, int k) {
    for (int j = 0; j < n; j++) {
      double t = a[p * n + j];
      a[p * n + j] = a[k * n + j];
      a[k * n + j] = t;
    }
  }

  public int size() {
    return n;
  }

  /** The solution x of {@code M·x = b}. */
  public double[] solve(double[] b) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      double t = b[perm[i]];
      for (int k = 0, r = i * n; k < i; k++) {
        t -= lu[r + k] * x[k];
      }
      x[i] = t;
    }
    for (int i = n - 1; i >= 0; i--) {
      double t = x[i];
      int r = i * n;
      for (int k = i + 1; k < n; k++) {
        t -= lu[r + k] * x[k];
      }
      x[i] = t / lu[r + i];
    }
    return x;
  }

  /** The solution z of {@code Mᵀ·z = b}: {@code Uᵀ·Lᵀ·P·z = b}. */
  public double[] solveTransposed(double[] b) {
    double[] w = b.clone();
    // Uᵀ w' = b: forward, U read by columns
    for (int i = 0; i < n; i++) {
      double t = w[i] / lu[i * n + i];
      w[i] = t;
      if (t != 0) {
        for (int j = i + 1, r = i * n; j < n; j++) {
          w[j] -= lu[r + j] * t;
        }
      }
    }
    // Lᵀ v = w': backward, L read by columns (unit diagonal)
    for (int i = n - 1; i >= 0; i--) {
      double t = w[i];
      if (t != 0) {
        for (int k = 0, r = i * n; k < i; k++) {
          w[k] -= lu[r + k] * t;
        }
      }
    }
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      z[perm[i]] = w[i];
    }
    return z;
  }

  /**
   * The inverse {@code M⁻¹}, solving for the columns of the permuted identity with row operations
   * on the whole right-hand side; the columns are split into {@code threads} blocks solved in
   * parallel (the arithmetic per element is the same whatever the split).
   */
  public DenseMatrix inverse(int threads) {
    double[] x = new double[n * n];
    for (int i = 0; i < n; i++) {
      x[i * n + perm[i]] = 1;
    }
    int t = Math.max(1, Math.min(threads, n));
    if (t == 1) {
      substitute(x, 0, n);
      return new DenseMatrix(n, n, x);
    }
    ExecutorService pool = Executors.newFixedThreadPool(t);
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int p = 0; p < t; p++) {
        int from = (int) ((long) n * p / t);
        int to = (int) ((long) n * (p + 1) / t);
        parts.add(pool.submit(() -> substitute(x, from, to)));
      }
      for (Future<?> f : parts) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    return new DenseMatrix(n, n, x);
  }

  /** Forward and back substitution on columns [from, to) of the row-major right-hand side x. */
  private void substitute(double[] x, int from, int to) {
    for (int i = 0; i < n; i++) {
      int ri = i * n;
      for (int k = 0; k < i; k++) {
        double f = lu[ri + k];
        if (f == 0) {
          continue;
        }
        int rk = k * n;
        for (int j = from; j < to; j++) {
          x[ri + j] -= f * x[rk + j];
        }
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      int ri = i * n;
      for (int k = i + 1; k < n; k++) {
        double f = lu[ri + k];
        if (f == 0) {
          continue;
        }
        int rk = k * n;
        for (int j = from; j < to; j++) {
          x[ri + j] -= f * x[rk + j];
        }
      }
      double d = lu[ri + i];
      for (int j = from; j < to; j++) {
        x[ri + j] /= d;
      }
    }
  }
}
