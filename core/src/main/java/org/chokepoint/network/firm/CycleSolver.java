package org.chokepoint.network.firm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Exposure inside one strongly connected component at a time, for {@link Exposure}: the component's
 * free members (not shocked) are numbered 0..m-1, their links from outside the component or from
 * shocked members are folded into a constant, the links inside are copied to compact local arrays,
 * and Gauss–Seidel sweeps from 0 run until the values are estimated to lie within the tolerance of
 * their limit (see {@link #settled}). Large components are swept by several threads, each
 * Gauss–Seidel on its own block of members and reading the other blocks as they were after the
 * previous sweep (block Jacobi between blocks): every step is monotone from 0, so the limit is
 * still the least fixed point, and the result does not depend on timing. The scratch arrays are
 * sized for the largest component and reused.
 */
final class CycleSolver {
  /** Components with fewer links inside are swept by one thread. */
  private static final int PARALLEL_LINKS = 1 << 17;

  private final FirmNetwork net;
  private final double tolerance;
  private final int maxIterations;
  private final int threads;
  private final int[] local;
  private final double[] constant;
  private final double[] value;
  private final int[] linkStart;
  private int[] linkSource = new int[16];
  private double[] linkWeight = new double[16];
  private int iterations = 1;
  private boolean converged = true;

  CycleSolver(
      FirmNetwork net, int n, int largest, double tolerance, int maxIterations, int threads) {
    this.net = net;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
    this.threads = threads;
    this.local = new int[n];
    this.constant = new double[largest];
    this.value = new double[largest];
    this.linkStart = new int[largest + 1];
  }

  /** The most sweeps any component needed so far. */
  int iterations() {
    return iterations;
  }

  /** Whether every component so far settled within the tolerance. */
  boolean converged() {
    return converged;
  }

  /**
   * Solves the component {@code c}, whose members are {@code members[from..to)}, into {@code e}.
   */
  void solve(int[] members, int from, int to, int[] comp, int c, boolean[] shocked, double[] e) {
    int[] inStart = net.inStart();
    int[] inSupplier = net.inSupplier();
    double[] inAmount = net.inAmount();
    double[] purchased = net.purchasedArray();
    int m = 0;
    for (int i = from; i < to; i++) {
      int v = members[i];
      if (shocked[v]) {
        e[v] = 1;
      } else {
        local[v] = m++;
      }
    }
    int links = 0;
    int f = 0;
    for (int i = from; i < to; i++) {
      int v = members[i];
      if (shocked[v]) {
        continue;
      }
      linkStart[f] = links;
      double fixed = 0;
      double p = purchased[v];
      for (int k = inStart[v]; p > 0 && k < inStart[v + 1]; k++) {
        int j = inSupplier[k];
        if (comp[j] != c || shocked[j]) {
          fixed += inAmount[k] * e[j];
        } else if (inAmount[k] > 0) {
          if (links == linkSource.length) {
            linkSource = Arrays.copyOf(linkSource, links * 2);
            linkWeight = Arrays.copyOf(linkWeight, links * 2);
          }
          linkSource[links] = local[j];
          linkWeight[links++] = inAmount[k] / p;
        }
      }
      constant[f] = p > 0 ? fixed / p : 0;
      value[f++] = 0;
    }
    linkStart[f] = links;
    int sweeps =
        threads > 1 && links >= PARALLEL_LINKS ? sweepInBlocks(m, threads) : sweep(0, m, value);
    iterations = Math.max(iterations, sweeps);
    for (int i = from; i < to; i++) {
      int v = members[i];
      if (!shocked[v]) {
        e[v] = value[local[v]];
      }
    }
  }

  private int sweep(int lo, int hi, double[] x) {
    int sweeps = 0;
    double previous = Double.NaN;
    double change;
    boolean settled;
    do {
      change = sweepOnce(lo, hi, x);
      sweeps++;
      settled = settled(change, previous);
      previous = change;
    } while (!settled && sweeps < maxIterations);
    converged &= settled;
    return sweeps;
  }

  /**
   * Whether the sweeps are within the tolerance of their limit. The values rise monotonically, and
   * the changes shrink by a ratio r per sweep near the limit, so the distance left is about {@code
   * change · r / (1 − r)}; r is estimated from the last two sweeps. Stopping at {@code change <=
   * tolerance} alone would leave up to {@code tolerance / (1 − r)} to go on slowly settling cycles.
   */
  private boolean settled(double change, double previous) {
    if (change == 0) {
      return true;
    }
    if (change > tolerance || !(previous > 0)) {
      return false;
    }
    double r = change / previous;
    return r < 1 && change * r / (1 - r) <= tolerance;
  }

  /** One Gauss–Seidel sweep over members {@code lo..hi-1} of {@code x}; the largest change. */
  private double sweepOnce(int lo, int hi, double[] x) {
    double change = 0;
    for (int i = lo; i < hi; i++) {
      double sum = constant[i];
      for (int k = linkStart[i]; k < linkStart[i + 1]; k++) {
        sum += linkWeight[k] * x[linkSource[k]];
      }
      sum = Math.min(1, sum);
      change = Math.max(change, Math.abs(sum - x[i]));
      x[i] = sum;
    }
    return change;
  }

  private int sweepInBlocks(int m, int t) {
    int[] bound = new int[t + 1];
    long total = linkStart[m];
    for (int b = 1, i = 0; b < t; b++) {
      while (i < m && linkStart[i] < total * b / t) {
        i++;
      }
      bound[b] = i;
    }
    bound[t] = m;
    double[][] view = new double[t][m];
    double[] change = new double[t];
    int[] sweeps = {0};
    boolean[] stop = {false};
    double[] previous = {Double.NaN};
    CyclicBarrier swept =
        new CyclicBarrier(
            t,
            () -> {
              double max = 0;
              for (double x : change) {
                max = Math.max(max, x);
              }
              sweeps[0]++;
              boolean settled = settled(max, previous[0]);
              previous[0] = max;
              stop[0] = settled || sweeps[0] >= maxIterations;
              if (!settled) {
                converged &= !stop[0];
              }
            });
    CyclicBarrier copied = new CyclicBarrier(t);
    List<Thread> workers = new ArrayList<>();
    RuntimeException[] failure = new RuntimeException[1];
    for (int b = 1; b < t; b++) {
      int block = b;
      Thread w =
          new Thread(
              () -> {
                try {
                  block(block, bound, view, change, stop, swept, copied);
                } catch (RuntimeException ex) {
                  failure[0] = ex;
                }
              },
              "exposure-" + b);
      w.setDaemon(true);
      w.start();
      workers.add(w);
    }
    block(0, bound, view, change, stop, swept, copied);
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", ex);
      }
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    for (int b = 0; b < t; b++) {
      System.arraycopy(view[b], bound[b], value, bound[b], bound[b + 1] - bound[b]);
    }
    return sweeps[0];
  }

  private void block(
      int b,
      int[] bound,
      double[][] view,
      double[] change,
      boolean[] stop,
      CyclicBarrier swept,
      CyclicBarrier copied) {
    int lo = bound[b];
    int hi = bound[b + 1];
    double[] x = view[b];
    try {
      while (true) {
        change[b] = sweepOnce(lo, hi, x);
        swept.await(); // the barrier action decides whether to stop
        if (stop[0]) {
          return;
        }
        for (int other = 0; other < view.length; other++) {
          if (other != b) {
            System.arraycopy(x, lo, view[other], lo, hi - lo);
          }
        }
        copied.await();
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", ex);
    } catch (BrokenBarrierException ex) {
      throw new IllegalStateException("a sweep thread failed", ex);
    }
  }
}
