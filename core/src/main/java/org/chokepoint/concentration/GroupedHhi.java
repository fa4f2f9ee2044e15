package org.chokepoint.concentration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * HHI of many groups at once over primitive arrays: for every group (an importer and product, say)
 * the quantities of each supplier are summed, then {@code HHI = sum(q_s^2) / (sum q_s)^2}. A
 * supplier may appear in several rows of a group; its rows are added up first, so the result is the
 * same as the two-level SQL aggregation {@code GROUP BY group, supplier} then {@code GROUP BY
 * group}.
 *
 * <p>The work is a counting sort of the rows by group followed by one pass per group with a dense
 * scratch array per thread, both split over {@code threads} threads. Memory is about 12 bytes per
 * row on top of the input.
 */
public final class GroupedHhi {
  private GroupedHhi() {}

  /**
   * Totals and HHI per group.
   *
   * @param total sum of the quantities of each group
   * @param hhi HHI of each group on the 0-1 scale, {@code NaN} where the total is zero
   */
  public record Result(double[] total, double[] hhi) {
    public int groupCount() {
      return total.length;
    }
  }

  /**
   * @param group group of each row, in {@code [0, groupCount)}
   * @param supplier supplier of each row, in {@code [0, supplierCount)}
   * @param quantity quantity of each row, finite and non-negative
   * @param threads number of threads to use, at least 1
   */
  public static Result compute(
      int[] group,
      int groupCount,
      int[] supplier,
      int supplierCount,
      double[] quantity,
      int threads) {
    int n = group.length;
    if (supplier.length != n || quantity.length != n) {
      throw new IllegalArgumentException("group, supplier and quantity must have the same length");
    }
    if (groupCount < 0 || supplierCount < 0 || threads < 1) {
      throw new IllegalArgumentException("counts must be >= 0 and threads >= 1");
    }
    int t = Math.max(1, Math.min(threads, n / 100_000 + 1));
    // 1. per-thread histograms of the row groups
    int[][] counts = new int[t][];
    runChunks(
        n,
        t,
        (k, from, to) -> {
          int[] c = new int[groupCount];
          for (int i = from; i < to; i++) {
            int g = group[i];
            if (g < 0 || g >= groupCount) {
              throw new IllegalArgumentException("row " + i + ": group " + g + " out of range");
            }
            c[g]++;
          }
          counts[k] = c;
        });
    // 2. start offsets: group-major, then thread, so each thread scatters into its own slots
    int[] start = new int[groupCount + 1];
    int[][] cursor = new int[t][groupCount];
    int pos = 0;
    for (int g = 0; g < groupCount; g++) {
      start[g] = pos;
      for (int k = 0; k < t; k++) {
        cursor[k][g] = pos;
        pos += counts[k][g];
      }
    }
    start[groupCount] = pos;
    // 3. scatter suppliers and quantities into group order
    int[] sortedSupplier = new int[n];
    double[] sortedQuantity = new double[n];
    runChunks(
        n,
        t,
        (k, from, to) -> {
          int[] cur = cursor[k];
          for (int i = from; i < to; i++) {
            int p = cur[group[i]]++;
            sortedSupplier[p] = supplier[i];
            sortedQuantity[p] = quantity[i];
          }
        });
    // 4. one pass per group: sum per supplier in a dense scratch array, then squares
    double[] total = new double[groupCount];
    double[] hhi = new double[groupCount];
    runGroupChunks(
        start,
        t,
        (k, gFrom, gTo) -> {
          double[] scratch = new double[supplierCount];
          int[] touched = new int[supplierCount];
          int[] seenIn = new int[supplierCount];
          java.util.Arrays.fill(seenIn, -1);
          for (int g = gFrom; g < gTo; g++) {
            int touchedCount = 0;
            for (int p = start[g]; p < start[g + 1]; p++) {
              int s = sortedSupplier[p];
              if (s < 0 || s >= supplierCount) {
                throw new IllegalArgumentException("supplier " + s + " out of range");
              }
              double q = sortedQuantity[p];
              if (!(q >= 0) || q == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("quantity " + q + " is not finite and >= 0");
              }
              if (seenIn[s] != g) {
                seenIn[s] = g;
                touched[touchedCount++] = s;
              }
              scratch[s] += q;
            }
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < touchedCount; i++) {
              int s = touched[i];
              double q = scratch[s];
              sum += q;
              squares += q * q;
              scratch[s] = 0;
            }
            total[g] = sum;
            hhi[g] = sum > 0 ? squares / (sum * sum) : Double.NaN;
          }
        });
    return new Result(total, hhi);
  }

  @FunctionalInterface
  private interface Chunk {
    void run(int index, int from, int to);
  }

  private static void runChunks(int n, int t, Chunk chunk) {
    int[] bounds = new int[t + 1];
    for (int k = 0; k <= t; k++) {
      bounds[k] = (int) ((long) n * k / t);
    }
    runAll(t, k -> chunk.run(k, bounds[k], bounds[k + 1]));
  }

  /** Splits groups so that each thread gets about the same number of rows. */
  private static void runGroupChunks(int[] start, int t, Chunk chunk) {
    int groups = start.length - 1;
    int n = start[groups];
    int[] bounds = new int[t + 1];
    bounds[t] = groups;
    int g = 0;
    for (int k = 1; k < t; k++) {
      long target = (long) n * k / t;
      while (g < groups && start[g] < target) {
        g++;
      }
      bounds[k] = g;
    }
    runAll(t, k -> chunk.run(k, bounds[k], bounds[k + 1]));
  }

  private static void runAll(int t, java.util.function.IntConsumer task) {
    if (t == 1) {
      task.accept(0);
      return;
    }
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>(t - 1);
    for (int k = 1; k < t; k++) {
      int index = k;
      Thread w =
          new Thread(
              () -> {
                try {
                  task.accept(index);
                } catch (RuntimeException e) {
                  failure.compareAndSet(null, e);
                }
              },
              "grouped-hhi-" + k);
      w.start();
      workers.add(w);
    }
    try {
      task.accept(0);
    } catch (RuntimeException e) {
      failure.compareAndSet(null, e);
    }
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}
