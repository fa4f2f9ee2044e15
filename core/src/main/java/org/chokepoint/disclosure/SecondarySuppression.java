package org.chokepoint.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Complementary suppression by protecting patterns (the hypercube idea of GHMITER in tau-ARGUS,
 * Hundepool et al. 2012 §4.3/§4.4): for a primary cell p with coordinates a, every dimension d gets
 * a partner category b_d (another category, or Total when a_d is a category; a category when a_d is
 * Total). The 2^n cells taking a_d or b_d in each dimension form a pattern; adding δ·sign to each,
 * with sign the product over dimensions of +1 (a_d, or exactly one of a_d, b_d is Total) or −1 (two
 * categories), keeps every margin equation true. So if every "−" cell is at least the upper
 * protection level U (and above zero) and every "+" cell at least the lower level L, the attacker
 * cannot tell p from p + U or p − L, and no cell of the pattern is exact. Patterns may use no empty
 * cell; cost is the sum of the totals of cells not yet suppressed (tau-ARGUS's default cost, the
 * cell value); primary cells go largest first and the cheapest pattern wins. Then {@link
 * Singletons} adds cells where a single-unit cell would let its unit recompute a primary cell. The
 * result is audited; a primary cell still failing gets a pattern searched without candidate limits.
 */
final class SecondarySuppression {
  private SecondarySuppression() {}

  static void apply(ProtectedTable t, Consumer<String> progress) {
    TableGrid g = t.grid;
    int[] primaries = primaryCells(t);
    long started = System.nanoTime();
    long last = started;
    int done = 0;
    int unresolved = 0;
    for (int p : primaries) {
      if (!protect(t, p, limit(g.dimCount()))) {
        unresolved++;
      }
      done++;
      long now = System.nanoTime();
      if (now - last > 2_000_000_000L) {
        progress.accept(String.format("secondary suppression: %,d of %,d", done, primaries.length));
        last = now;
      }
    }
    for (int round = 0; round < 3; round++) {
      Singletons.protect(t, limit(g.dimCount()), progress);
      progress.accept(
          String.format(
              "auditing: %,d suppressed cells (%,d secondary)",
              t.suppressedCount(), t.count(CellStatus.SECONDARY)));
      boolean[] unknown = new boolean[g.cellCount];
      for (int c = 0; c < g.cellCount; c++) {
        unknown[c] = t.status[c].suppressed();
      }
      List<Integer> failing;
      try {
        failing = Release.failures(t, IntervalAudit.run(g, t.total, unknown));
      } catch (IllegalStateException e) {
        progress.accept("closing audit not possible: " + e.getMessage());
        return;
      }
      if (failing.isEmpty()) {
        return;
      }
      progress.accept(
          String.format("%,d cell(s) not yet protected; searching wider", failing.size()));
      for (int c : failing) {
        if (t.status[c] == CellStatus.PRIMARY) {
          protect(t, c, Integer.MAX_VALUE);
        }
      }
    }
    if (unresolved > 0) {
      progress.accept(unresolved + " primary cell(s) have no protecting pattern");
    }
  }

  private static int limit(int dims) {
    return switch (dims) {
      case 1 -> Integer.MAX_VALUE;
      case 2 -> 60;
      case 3 -> 15;
      case 4 -> 7;
      default -> 4;
    };
  }

  private static int[] primaryCells(ProtectedTable t) {
    List<Integer> list = new ArrayList<>();
    for (int c = 0; c < t.grid.cellCount; c++) {
      if (t.status[c] == CellStatus.PRIMARY) {
        list.add(c);
      }
    }
    return list.stream()
        .sorted((a, b) -> Double.compare(t.total[b], t.total[a]))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** Whether a cell with this sign may carry the pattern for levels lo/up. */
  private static boolean fits(ProtectedTable t, int cell, int sign, double lo, double up) {
    if (t.status[cell] == CellStatus.EMPTY) {
      return false;
    }
    double v = t.total[cell];
    return sign > 0 ? v >= lo : v >= up && v > 0;
  }

  private static double cost(ProtectedTable t, int cell) {
    return t.status[cell].suppressed() ? 0 : t.total[cell];
  }

  /** Suppresses the cheapest pattern around p; false when none exists within the limit. */
  static boolean protect(ProtectedTable t, int p, int limit) {
    TableGrid g = t.grid;
    int n = g.dimCount();
    double up = t.upper[p];
    double lo = t.lower[p];
    int[][] cand = new int[n][];
    int[][] sign = new int[n][];
    for (int d = 0; d < n; d++) {
      int a = g.coord(p, d);
      boolean aTotal = a == g.total(d);
      List<double[]> options = new ArrayList<>();
      for (int b = 0; b < g.size[d]; b++) {
        boolean bTotal = b == g.total(d);
        if (b == a) {
          continue;
        }
        int s = aTotal || bTotal ? 1 : -1;
        int q = g.with(p, d, b);
        if (fits(t, q, s, lo, up)) {
          options.add(new double[] {b, s, cost(t, q)});
        }
      }
      if (options.isEmpty()) {
        return false;
      }
      options.sort((x, y) -> Double.compare(x[2], y[2]));
      int k = Math.min(limit, options.size());
      cand[d] = new int[k];
      sign[d] = new int[k];
      for (int i = 0; i < k; i++) {
        cand[d][i] = (int) options.get(i)[0];
        sign[d][i] = (int) options.get(i)[1];
      }
    }
    int[] pick = new int[n];
    int[] best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    int masks = 1 << n;
    int[] delta = new int[n];
    while (true) {
      for (int d = 0; d < n; d++) {
        delta[d] = (cand[d][pick[d]] - g.coord(p, d)) * g.stride[d];
      }
      double c = 0;
      boolean ok = true;
      for (int m = 1; m < masks && ok; m++) {
        int cell = p;
        int s = 1;
        for (int d = 0; d < n; d++) {
          if ((m & (1 << d)) != 0) {
            cell += delta[d];
            s *= sign[d][pick[d]];
          }
        }
        ok = fits(t, cell, s, lo, up);
        c += cost(t, cell);
        ok &= c < bestCost;
      }
      if (ok) {
        bestCost = c;
        best = pick.clone();
      }
      int d = n - 1;
      while (d >= 0 && ++pick[d] == cand[d].length) {
        pick[d] = 0;
        d--;
      }
      if (d < 0) {
        break;
      }
    }
    if (best == null) {
      return false;
    }
    for (int m = 1; m < masks; m++) {
      int cell = p;
      for (int d = 0; d < n; d++) {
        if ((m & (1 << d)) != 0) {
          cell += (cand[d][best[d]] - g.coord(p, d)) * g.stride[d];
        }
      }
      if (t.status[cell] == CellStatus.SAFE) {
        t.status[cell] = CellStatus.SECONDARY;
      }
    }
    return true;
  }
}
