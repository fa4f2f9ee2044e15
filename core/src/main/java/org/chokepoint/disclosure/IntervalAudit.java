package org.chokepoint.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The interval an attacker derives for every suppressed cell: the least and greatest value over all
 * non-negative tables that agree with the published cells and every margin equation (per dimension,
 * the categories sum to {@code Total} for every combination of the other coordinates).
 *
 * <p>One- and two-dimensional tables are solved exactly as circulations ({@link FlowAudit}); larger
 * ones by linear programming on each connected component of suppressed cells (cells linked by a
 * shared equation), so each LP stays small. A cell is exact when its interval is narrower than 1e-9
 * (circulations) or 1e-7 (LP) times the table's scale, the largest published total or 1.
 */
public final class IntervalAudit {
  /** Relative tolerance of the circulation audit. */
  static final double FLOW_TOLERANCE = 1e-9;

  /** Relative tolerance of the LP audit. */
  static final double LP_TOLERANCE = 1e-7;

  private IntervalAudit() {}

  /**
   * The interval an attacker derives for every suppressed cell from the published cells and
   * margins, with non-negative cell values (upper may be {@link Double#POSITIVE_INFINITY}). The
   * totals of suppressed cells are ignored. Every cell of the table with margins must be given
   * once; IllegalArgumentException otherwise, or when no non-negative table fits.
   */
  public static List<CellInterval> audit(List<String> dims, List<Cell> cells) {
    List<List<String>> coords = new ArrayList<>(cells.size());
    for (Cell c : cells) {
      coords.add(c.coordinates());
    }
    TableGrid g = TableGrid.of(dims, coords);
    double[] value = new double[g.cellCount];
    boolean[] unknown = new boolean[g.cellCount];
    boolean[] seen = new boolean[g.cellCount];
    for (Cell c : cells) {
      int i = g.indexOf(c.coordinates());
      if (seen[i]) {
        throw new IllegalArgumentException("duplicate cell " + c.coordinates());
      }
      seen[i] = true;
      unknown[i] = c.status().suppressed();
      if (!unknown[i]) {
        double v = c.status() == CellStatus.EMPTY && Double.isNaN(c.total()) ? 0 : c.total();
        if (!Double.isFinite(v) || v < 0) {
          throw new IllegalArgumentException(
              "published cell " + c.coordinates() + " needs a finite total >= 0, not " + v);
        }
        value[i] = v;
      }
    }
    for (int i = 0; i < g.cellCount; i++) {
      if (!seen[i]) {
        throw new IllegalArgumentException("missing cell " + g.labels(i));
      }
    }
    Result r = run(g, value, unknown);
    List<CellInterval> out = new ArrayList<>();
    for (int i = 0; i < g.cellCount; i++) {
      if (unknown[i]) {
        out.add(new CellInterval(g.labels(i), r.lower[i], r.upper[i], r.exact(i)));
      }
    }
    return out;
  }

  /** Intervals of the unknown cells, with the tolerance used. */
  record Result(double[] lower, double[] upper, double tolerance) {
    boolean exact(int c) {
      return upper[c] - lower[c] <= tolerance;
    }
  }

  static Result run(TableGrid g, double[] value, boolean[] unknown) {
    double scale = 1;
    for (int c = 0; c < g.cellCount; c++) {
      if (!unknown[c]) {
        scale = Math.max(scale, Math.abs(value[c]));
      }
    }
    double[] lower = new double[g.cellCount];
    double[] upper = new double[g.cellCount];
    if (g.dimCount() <= 2) {
      FlowAudit.audit(g, value, unknown, FLOW_TOLERANCE * scale, lower, upper);
      return new Result(lower, upper, FLOW_TOLERANCE * scale);
    }
    lp(g, value, unknown, scale, lower, upper);
    return new Result(lower, upper, LP_TOLERANCE * scale);
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void lp(
      TableGrid g, double[] value, boolean[] unknown, double scale, double[] lo, double[] hi) {
    int n = g.dimCount();
    int cells = g.cellCount;
    int[] parent = new int[cells];
    for (int c = 0; c < cells; c++) {
      parent[c] = c;
    }
    // Equations (cell c, dimension d) where c has Total in d; keep those touching an unknown.
    List<int[]> eqs = new ArrayList<>();
    for (int c = 0; c < cells; c++) {
      for (int d = 0; d < n; d++) {
        if (g.coord(c, d) != g.total(d)) {
          continue;
        }
        int first = unknown[c] ? c : -1;
        for (int k = 0; k < g.total(d); k++) {
          int ch = g.with(c, d, k);
          if (unknown[ch]) {
            if (first < 0) {
              first = ch;
            } else {
              parent[find(parent, ch)] = find(parent, first);
            }
          }
        }
        if (first >= 0) {
          eqs.add(new int[] {c, d});
        }
      }
    }
    // Group equations and unknowns by component.
    int[] local = new int[cells];
    int[] compSize = new int[cells];
    for (int c = 0; c < cells; c++) {
      if (unknown[c]) {
        local[c] = compSize[find(parent, c)]++;
      }
    }
    List<List<int[]>> byComp = new ArrayList<>();
    int[] compIndex = new int[cells];
    Arrays.fill(compIndex, -1);
    for (int[] e : eqs) {
      int root = find(parent, firstUnknown(g, e, unknown));
      if (compIndex[root] < 0) {
        compIndex[root] = byComp.size();
        byComp.add(new ArrayList<>());
      }
      byComp.get(compIndex[root]).add(e);
    }
    for (int c = 0; c < cells; c++) {
      if (unknown[c] && compIndex[find(parent, c)] < 0) {
        hi[c] = Double.POSITIVE_INFINITY; // in no equation at all
      }
    }
    for (List<int[]> comp : byComp) {
      int root = find(parent, firstUnknown(g, comp.get(0), unknown));
      int nv = compSize[root];
      int[] vars = new int[nv];
      double[][] a = new double[comp.size()][nv];
      double[] b = new double[comp.size()];
      for (int r = 0; r < comp.size(); r++) {
        int c = comp.get(r)[0];
        int d = comp.get(r)[1];
        addTerm(c, 1, unknown, value, local, vars, a[r], b, r, scale);
        for (int k = 0; k < g.total(d); k++) {
          addTerm(g.with(c, d, k), -1, unknown, value, local, vars, a[r], b, r, scale);
        }
      }
      Simplex s = new Simplex(a, b);
      for (int j = 0; j < nv; j++) {
        lo[vars[j]] = Math.max(0, s.bound(j, 1) * scale);
        double up = s.bound(j, -1);
        hi[vars[j]] = up == Double.POSITIVE_INFINITY ? up : up * scale;
      }
    }
  }

  private static void addTerm(
      int cell,
      double coef,
      boolean[] unknown,
      double[] value,
      int[] local,
      int[] vars,
      double[] row,
      double[] b,
      int r,
      double scale) {
    if (unknown[cell]) {
      row[local[cell]] += coef;
      vars[local[cell]] = cell;
    } else {
      b[r] -= coef * value[cell] / scale;
    }
  }

  private static int firstUnknown(TableGrid g, int[] e, boolean[] unknown) {
    int c = e[0];
    if (unknown[c]) {
      return c;
    }
    for (int k = 0; k < g.total(e[1]); k++) {
      int ch = g.with(c, e[1], k);
      if (unknown[ch]) {
        return ch;
      }
    }
    throw new IllegalStateException("equation without unknown");
  }
}
