package org.chokepoint.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The release gate: audits a protected table and refuses it (fails closed) when any suppressed cell
 * is exact or any primary cell's interval is narrower than its protection requirement {@code [total
 * − lower level, total + upper level]}, and when a margin equation's only two suppressed cells let
 * the single unit of one recompute the other, a primary cell ({@link Singletons}).
 */
public final class Release {
  private final ProtectedTable table;
  private final List<Cell> published;

  private Release(ProtectedTable table, List<Cell> published) {
    this.table = table;
    this.published = published;
  }

  /** Audits the table; throws {@link DisclosureException} naming every failing cell. */
  public static Release of(ProtectedTable table) {
    TableGrid g = table.grid;
    boolean[] unknown = new boolean[g.cellCount];
    for (int c = 0; c < g.cellCount; c++) {
      unknown[c] = table.status[c].suppressed();
    }
    IntervalAudit.Result r;
    try {
      r = IntervalAudit.run(g, table.total, unknown);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new DisclosureException("release refused, audit failed: " + e.getMessage(), List.of());
    }
    List<List<String>> failing = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (int c : failures(table, r)) {
      failing.add(g.labels(c));
      reasons.add(
          String.format(
              Locale.ROOT,
              "%s %s: attacker interval [%s, %s]",
              g.labels(c),
              table.status[c].label(),
              r.lower()[c],
              r.upper()[c]));
    }
    for (Singletons.Violation v : Singletons.violations(table)) {
      for (int c : new int[] {v.single(), v.exposed()}) {
        if (!failing.contains(g.labels(c))) {
          failing.add(g.labels(c));
        }
      }
      reasons.add(v.describe(g));
    }
    if (!failing.isEmpty()) {
      throw new DisclosureException(
          "release refused: "
              + failing.size()
              + " suppressed cell(s) recomputable or under-protected (from the published cells, or"
              + " by a single contributing unit): "
              + String.join("; ", reasons),
          failing);
    }
    List<Cell> out = new ArrayList<>(g.cellCount);
    for (Cell c : table.cells()) {
      out.add(
          c.status().suppressed()
              ? new Cell(c.coordinates(), c.contributors(), Double.NaN, c.status())
              : c);
    }
    return new Release(table, Collections.unmodifiableList(out));
  }

  /** Cells (indices) whose audit interval fails: exact, or narrower than the protection. */
  static List<Integer> failures(ProtectedTable t, IntervalAudit.Result r) {
    List<Integer> out = new ArrayList<>();
    double tol = r.tolerance();
    for (int c = 0; c < t.grid.cellCount; c++) {
      if (!t.status[c].suppressed()) {
        continue;
      }
      boolean bad = r.exact(c);
      if (t.status[c] == CellStatus.PRIMARY) {
        double x = t.total[c];
        bad |= r.upper()[c] < x + t.upper[c] - tol || r.lower()[c] > x - t.lower[c] + tol;
      }
      if (bad) {
        out.add(c);
      }
    }
    return out;
  }

  /** Every cell; suppressed cells keep their status with the total hidden ({@link Double#NaN}). */
  public List<Cell> publishedCells() {
    return published;
  }

  /** The dimensions of the released table. */
  public List<String> dims() {
    return table.dims();
  }
}
