package org.chokepoint.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The singleton problem (Hundepool et al. 2012 §4.2.2; tau-ARGUS's "single-single" and
 * "single-multiple" options): the one unit of a single-unit cell knows that cell's value. When a
 * margin equation (dimension d, the other coordinates fixed, its {@code Total} included) has
 * exactly two suppressed cells, one of them single-unit and the other a primary cell not solely
 * that same unit's, that unit subtracts its own value from the margin and recomputes the primary
 * cell exactly — although the interval audit, which knows no cell's value, finds both cells
 * protected.
 *
 * <p>{@link #violations} finds such equations (the release gate refuses them); {@link #protect}
 * adds to each the cheapest further non-empty cell of the equation (cost = cell value, positive
 * values first) and protects that new cell by a pattern as for a primary cell with protection
 * levels 0, so it is not itself recomputable.
 */
final class Singletons {
  private Singletons() {}

  /**
   * A margin equation exposing a primary cell to a singleton.
   *
   * @param dim the dimension summed by the equation
   * @param margin the equation's margin cell (coordinate {@code Total} in {@code dim})
   * @param single the suppressed single-unit cell
   * @param exposed the other suppressed cell, primary, which the single unit recomputes
   */
  record Violation(int dim, int margin, int single, int exposed) {
    String describe(TableGrid g) {
      return String.format(
          Locale.ROOT,
          "%s and %s are the only suppressed cells of the margin equation %s over %s, and %s has a"
              + " single contributing unit, which recomputes %s from the margin",
          g.labels(single),
          g.labels(exposed),
          g.labels(margin),
          g.dims.get(dim),
          g.labels(single),
          g.labels(exposed));
    }
  }

  /** Every margin equation whose two suppressed cells expose a primary cell to a singleton. */
  static List<Violation> violations(ProtectedTable t) {
    TableGrid g = t.grid;
    List<Violation> out = new ArrayList<>();
    for (int d = 0; d < g.dimCount(); d++) {
      for (int m = 0; m < g.cellCount; m++) {
        if (g.coord(m, d) != g.total(d)) {
          continue;
        }
        int a = -1;
        int b = -1;
        int count = 0;
        for (int k = 0; k < g.size[d] && count <= 2; k++) {
          int q = g.with(m, d, k);
          if (t.status[q].suppressed()) {
            count++;
            if (count == 1) {
              a = q;
            } else {
              b = q;
            }
          }
        }
        if (count != 2) {
          continue;
        }
        if (exposes(t, a, b)) {
          out.add(new Violation(d, m, a, b));
        } else if (exposes(t, b, a)) {
          out.add(new Violation(d, m, b, a));
        }
      }
    }
    return out;
  }

  /** Whether the single unit of {@code single} recomputes the primary cell {@code other}. */
  private static boolean exposes(ProtectedTable t, int single, int other) {
    int u = t.soleUnit[single];
    return u >= 0 && t.status[other] == CellStatus.PRIMARY && t.soleUnit[other] != u;
  }

  /**
   * Adds complementary suppressions until no equation exposes a primary cell to a singleton (at
   * most ten passes); returns the violations left (none when every one could be fixed).
   */
  static List<Violation> protect(ProtectedTable t, int limit, Consumer<String> progress) {
    TableGrid g = t.grid;
    List<Violation> left = violations(t);
    for (int pass = 0; pass < 10 && !left.isEmpty(); pass++) {
      progress.accept(
          String.format(
              "singletons: %,d margin equation(s) with a single-unit cell and one other"
                  + " suppressed primary cell",
              left.size()));
      boolean changed = false;
      for (Violation v : left) {
        if (suppressedIn(t, v.dim(), v.margin()) != 2) {
          continue; // an earlier fix reached this equation
        }
        changed |= addComplement(t, v, limit);
      }
      left = violations(t);
      if (!changed) {
        break;
      }
    }
    if (!left.isEmpty()) {
      progress.accept(
          left.size()
              + " singleton equation(s) without a complementary cell: "
              + left.get(0).describe(g));
    }
    return left;
  }

  private static int suppressedIn(ProtectedTable t, int d, int margin) {
    TableGrid g = t.grid;
    int n = 0;
    for (int k = 0; k < g.size[d]; k++) {
      if (t.status[g.with(margin, d, k)].suppressed()) {
        n++;
      }
    }
    return n;
  }

  /** Suppresses the cheapest cell of the equation that can itself be protected by a pattern. */
  private static boolean addComplement(ProtectedTable t, Violation v, int limit) {
    TableGrid g = t.grid;
    List<Integer> candidates = new ArrayList<>();
    for (int k = 0; k < g.size[v.dim()]; k++) {
      int q = g.with(v.margin(), v.dim(), k);
      if (t.status[q] == CellStatus.SAFE) {
        candidates.add(q);
      }
    }
    // Positive values first (a zero cell bounds the others only from one side), then cheapest.
    candidates.sort(
        (x, y) -> {
          boolean px = t.total[x] > 0;
          boolean py = t.total[y] > 0;
          return px != py ? (px ? -1 : 1) : Double.compare(t.total[x], t.total[y]);
        });
    for (int c : candidates) {
      t.status[c] = CellStatus.SECONDARY;
      if (SecondarySuppression.protect(t, c, limit)) {
        return true;
      }
      t.status[c] = CellStatus.SAFE; // protect changes nothing when it finds no pattern
    }
    return false;
  }
}
