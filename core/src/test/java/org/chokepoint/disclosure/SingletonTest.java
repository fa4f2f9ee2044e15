package org.chokepoint.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The singleton problem (Hundepool et al. 2012 §4.2.2; tau-ARGUS single-single / single-multiple):
 * hand-worked on a synthetic 3 × 3 table, rules {@code freq:n=3} (range 10 %).
 *
 * <pre>
 *          x            y            z             Total
 *   A      5 (1 firm)   8 (2 firms)  30 (3 firms)   43
 *   B     18 (3)       18 (3)        21 (3)         57
 *   C     60 (3)       60 (3)        60 (3)        180
 *   Total 83           86           111            280
 * </pre>
 *
 * Primary: (A,x) and (A,y). The pattern pass protects (A,y) (largest first) with the cheapest
 * rectangle: partner column x costs 0 ((A,x) is already suppressed), partner row B costs 18 + 18 =
 * 36 (row C 120, Total row 169), so (B,x) and (B,y) become secondary; (A,x) is then covered at cost
 * 0. Row A's suppressed cells are exactly (A,x), the singleton, and (A,y), primary: the firm of
 * (A,x) computes (A,y) = 43 − 5 − 30 = 8. The fix suppresses the cheaper of (A,z) = 30 and
 * (A,Total) = 43, i.e. (A,z), whose cheapest protecting rectangle uses column x (cost 0) and row B:
 * (B,z) = 21.
 */
class SingletonTest {
  private static final List<String> DIMS = List.of("row", "col");
  private static final Rules RULES = Rules.parse("freq:n=3");

  private static List<Contribution> rows() {
    List<Contribution> r = new ArrayList<>();
    int firm = 0;
    r.add(Tables.c("A", "x", 5, "f" + firm++));
    r.add(Tables.c("A", "y", 4, "f" + firm++));
    r.add(Tables.c("A", "y", 4, "f" + firm++));
    String[][] cells = {{"A", "z", "10"}, {"B", "x", "6"}, {"B", "y", "6"}, {"B", "z", "7"}};
    for (String[] c : cells) {
      for (int f = 0; f < 3; f++) {
        r.add(Tables.c(c[0], c[1], Double.parseDouble(c[2]), "f" + firm++));
      }
    }
    for (String col : List.of("x", "y", "z")) {
      for (int f = 0; f < 3; f++) {
        r.add(Tables.c("C", col, 20, "f" + firm++));
      }
    }
    return r;
  }

  private static CellStatus status(ProtectedTable t, String row, String col) {
    return t.cells().get(t.grid.indexOf(List.of(row, col))).status();
  }

  @Test
  void aRowWithASingletonAndOnePrimaryGetsAThirdSuppression() {
    ProtectedTable t = DisclosureControl.protect(DIMS, rows(), RULES, true);
    assertThat(status(t, "A", "x")).isEqualTo(CellStatus.PRIMARY);
    assertThat(status(t, "A", "y")).isEqualTo(CellStatus.PRIMARY);
    for (String[] c : new String[][] {{"B", "x"}, {"B", "y"}, {"A", "z"}, {"B", "z"}}) {
      assertThat(status(t, c[0], c[1])).as("%s", List.of(c)).isEqualTo(CellStatus.SECONDARY);
    }
    assertThat(t.suppressedCount()).isEqualTo(6);
    assertThat(Singletons.violations(t)).isEmpty();

    // The firm of (A,x) knows its 5: publish (A,x) and audit. By hand, with a = (A,y): (A,z) = 38 −
    // a, (B,y) = 26 − a, (B,z) = 13 + a (rows A, B and columns y, z), all >= 0: a in [0, 26].
    List<Cell> known = new ArrayList<>();
    for (Cell c : Release.of(t).publishedCells()) {
      boolean single = c.coordinates().equals(List.of("A", "x"));
      known.add(single ? new Cell(c.coordinates(), 1, 5, CellStatus.SAFE) : c);
    }
    CellInterval ay = Tables.interval(IntervalAudit.audit(DIMS, known), "A", "y");
    assertThat(ay.lower()).isCloseTo(0, offset(1e-9));
    assertThat(ay.upper()).isCloseTo(26, offset(1e-9));
    assertThat(ay.exact()).isFalse();
  }

  @Test
  void theGateRefusesARowWhereTheSingletonRecomputesThePrimaryCell() {
    // The pattern pass's rectangle alone, without the singleton fix.
    ProtectedTable t = DisclosureControl.protect(DIMS, rows(), RULES, false);
    for (String col : List.of("x", "y")) {
      t.status[t.grid.indexOf(List.of("B", col))] = CellStatus.SECONDARY;
    }
    // The interval audit alone passes. By hand, with a = (A,y): (A,x) = 43 − 30 − a = 13 − a, (B,y)
    // = 86 − 60 − a = 26 − a, (B,x) = 83 − 60 − (13 − a) = 10 + a, all >= 0: a in [0, 13].
    List<Cell> published = new ArrayList<>();
    for (Cell c : t.cells()) {
      published.add(
          c.status().suppressed() ? new Cell(c.coordinates(), 0, Double.NaN, c.status()) : c);
    }
    CellInterval ay = Tables.interval(IntervalAudit.audit(DIMS, published), "A", "y");
    assertThat(ay.lower()).isCloseTo(0, offset(1e-9));
    assertThat(ay.upper()).isCloseTo(13, offset(1e-9));
    assertThatThrownBy(() -> Release.of(t))
        .isInstanceOf(DisclosureException.class)
        .hasMessageContaining(
            "[A, x] and [A, y] are the only suppressed cells of the margin equation [A, Total] over"
                + " col")
        .satisfies(
            e ->
                assertThat(((DisclosureException) e).cells())
                    .containsExactly(List.of("A", "x"), List.of("A", "y")));
  }

  @Test
  void twoCellsOfTheSameSingleUnitExposeNothing() {
    // (A,x) and (A,y) each have one firm, the same one: it learns only its own values.
    List<Contribution> r = new ArrayList<>(rows());
    r.removeIf(c -> c.coordinates().equals(List.of("A", "y")));
    r.add(Tables.c("A", "y", 8, "f0"));
    ProtectedTable t = DisclosureControl.protect(DIMS, r, RULES, false);
    for (String col : List.of("x", "y")) {
      t.status[t.grid.indexOf(List.of("B", col))] = CellStatus.SECONDARY;
    }
    assertThat(Singletons.violations(t)).isEmpty();
  }

  /**
   * Random synthetic microdata without groups (so a unit is a contributor): after protect, no
   * margin equation has exactly two suppressed cells of which one has a single contributor and the
   * other is primary with a different contributor set. Checked from the microdata here, not with
   * {@link Singletons}.
   */
  @Property(tries = 100)
  void noEquationIsLeftWithASingletonPair(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int n,
      @ForAll @IntRange(min = 1, max = 120) int rows,
      @ForAll @IntRange(min = 2, max = 6) int cats) {
    Random rnd = new Random(seed);
    List<Contribution> data = new ArrayList<>();
    List<String> dims = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      dims.add("d" + d);
    }
    for (int i = 0; i < rows; i++) {
      List<String> coords = new ArrayList<>();
      for (int d = 0; d < n; d++) {
        coords.add("k" + rnd.nextInt(cats));
      }
      data.add(new Contribution(coords, 1 + rnd.nextInt(100), "f" + rnd.nextInt(rows), null));
    }
    ProtectedTable t = DisclosureControl.protect(dims, data, Rules.parse("freq:n=3;p:p=10"), true);
    Map<List<String>, Cell> byCoords = new HashMap<>();
    for (Cell c : t.cells()) {
      byCoords.put(c.coordinates(), c);
    }
    // Equations: key = (d, coordinates with d set to Total) -> suppressed cells.
    Map<List<Object>, List<Cell>> equations = new HashMap<>();
    for (Cell c : t.cells()) {
      if (!c.status().suppressed()) {
        continue;
      }
      for (int d = 0; d < n; d++) {
        List<String> m = new ArrayList<>(c.coordinates());
        m.set(d, Cell.TOTAL);
        equations.computeIfAbsent(List.of(d, m), k -> new ArrayList<>()).add(c);
      }
    }
    for (List<Cell> sup : equations.values()) {
      if (sup.size() != 2) {
        continue;
      }
      Set<String> a = contributors(data, sup.get(0).coordinates());
      Set<String> b = contributors(data, sup.get(1).coordinates());
      boolean exposed =
          (a.size() == 1 && sup.get(1).status() == CellStatus.PRIMARY && !a.equals(b))
              || (b.size() == 1 && sup.get(0).status() == CellStatus.PRIMARY && !a.equals(b));
      assertThat(exposed).as("singleton pair %s", sup).isFalse();
    }
    Release.of(t); // and the gate agrees
  }

  private static Set<String> contributors(List<Contribution> data, List<String> cell) {
    Set<String> out = new HashSet<>();
    for (Contribution c : data) {
      boolean in = true;
      for (int d = 0; d < cell.size() && in; d++) {
        in = cell.get(d).equals(Cell.TOTAL) || cell.get(d).equals(c.coordinates().get(d));
      }
      if (in) {
        out.add(c.contributor());
      }
    }
    return out;
  }
}
