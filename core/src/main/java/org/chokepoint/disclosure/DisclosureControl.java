package org.chokepoint.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Builds a table with margins from microdata and applies primary and secondary suppression. */
public final class DisclosureControl {
  private DisclosureControl() {}

  /**
   * Builds the table with margins from microdata, applies primary rules and (if {@code secondary})
   * complementary suppression, and returns the table.
   */
  public static ProtectedTable protect(
      List<String> dims, List<Contribution> rows, Rules rules, boolean secondary) {
    return protect(dims, rows, rules, secondary, s -> {});
  }

  /** As {@link #protect(List, List, Rules, boolean)}, reporting progress lines. */
  public static ProtectedTable protect(
      List<String> dims,
      List<Contribution> rows,
      Rules rules,
      boolean secondary,
      Consumer<String> progress) {
    ProtectedTable t = primary(dims, rows, rules);
    progress.accept(
        String.format(
            "table: %,d cells with margins, %,d empty, %,d primary",
            t.grid.cellCount, t.count(CellStatus.EMPTY), t.count(CellStatus.PRIMARY)));
    if (secondary) {
      SecondarySuppression.apply(t, progress);
    }
    return t;
  }

  /** The table with margins and the primary rules applied, no complementary suppression. */
  static ProtectedTable primary(List<String> dims, List<Contribution> rows, Rules rules) {
    int n = dims.size();
    List<List<String>> coords = new ArrayList<>(rows.size());
    for (Contribution r : rows) {
      coords.add(r.coordinates());
    }
    TableGrid g = TableGrid.of(dims, coords);
    int masks = 1 << n;
    int entries = rows.size() * masks;
    int[] cellOf = new int[entries];
    int[] unitOf = new int[entries];
    int[] contribOf = new int[entries];
    double[] valueOf = new double[entries];
    Map<String, Integer> units = new HashMap<>();
    Map<String, Integer> contributors = new HashMap<>();
    int e = 0;
    for (Contribution r : rows) {
      int interior = g.indexOf(r.coordinates());
      int unit = units.computeIfAbsent(r.unitKey(), k -> units.size());
      int contributor = contributors.computeIfAbsent(r.contributor(), k -> contributors.size());
      for (int m = 0; m < masks; m++) {
        int cell = interior;
        for (int d = 0; d < n; d++) {
          if ((m & (1 << d)) != 0) {
            cell = g.with(cell, d, g.total(d));
          }
        }
        cellOf[e] = cell;
        unitOf[e] = unit;
        contribOf[e] = contributor;
        valueOf[e] = r.value();
        e++;
      }
    }
    // Group the entries by cell (counting sort).
    int cells = g.cellCount;
    int[] start = new int[cells + 1];
    for (int i = 0; i < entries; i++) {
      start[cellOf[i] + 1]++;
    }
    for (int c = 0; c < cells; c++) {
      start[c + 1] += start[c];
    }
    int[] order = new int[entries];
    int[] fill = Arrays.copyOf(start, cells);
    for (int i = 0; i < entries; i++) {
      order[fill[cellOf[i]]++] = i;
    }
    double[] total = new double[cells];
    int[] contributorCount = new int[cells];
    CellStatus[] status = new CellStatus[cells];
    double[] upper = new double[cells];
    double[] lower = new double[cells];
    int[] soleUnit = new int[cells];
    Arrays.fill(soleUnit, -1);
    int top = rules.topNeeded();
    long[] keys = new long[0];
    int[] ids = new int[0];
    double[] sums = new double[0];
    for (int c = 0; c < cells; c++) {
      int m = start[c + 1] - start[c];
      if (m == 0) {
        status[c] = CellStatus.EMPTY;
        continue;
      }
      if (keys.length < m) {
        keys = new long[m];
        ids = new int[m];
        sums = new double[m];
      }
      for (int j = 0; j < m; j++) {
        int i = order[start[c] + j];
        keys[j] = ((long) unitOf[i] << 32) | j;
        ids[j] = contribOf[i];
      }
      Arrays.sort(keys, 0, m);
      Arrays.sort(ids, 0, m);
      int distinct = 0;
      for (int j = 0; j < m; j++) {
        if (j == 0 || ids[j] != ids[j - 1]) {
          distinct++;
        }
      }
      int unitCount = 0;
      double t = 0;
      for (int j = 0; j < m; j++) {
        int i = order[start[c] + (int) (keys[j] & 0xffffffffL)];
        if (j == 0 || (keys[j] >>> 32) != (keys[j - 1] >>> 32)) {
          sums[unitCount++] = 0;
        }
        sums[unitCount - 1] += valueOf[i];
        t += valueOf[i];
      }
      if (unitCount == 1) {
        soleUnit[c] = (int) (keys[0] >>> 32);
      }
      double[] largest = largest(sums, unitCount, top);
      total[c] = t;
      contributorCount[c] = distinct;
      double level = rules.protectionLevel(unitCount, t, largest);
      if (level >= 0) {
        status[c] = CellStatus.PRIMARY;
        upper[c] = level;
        lower[c] = Math.min(level, t);
      } else {
        status[c] = CellStatus.SAFE;
      }
    }
    return new ProtectedTable(g, total, contributorCount, status, upper, lower, soleUnit);
  }

  /** The {@code top} largest of {@code values[0..count)}, descending. */
  private static double[] largest(double[] values, int count, int top) {
    int k = Math.min(top, count);
    double[] out = new double[k];
    Arrays.fill(out, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < count; i++) {
      double v = values[i];
      if (v > out[k - 1]) {
        int j = k - 1;
        while (j > 0 && out[j - 1] < v) {
          out[j] = out[j - 1];
          j--;
        }
        out[j] = v;
      }
    }
    return out;
  }
}
