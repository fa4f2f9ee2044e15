package org.chokepoint.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of Hundepool et al., "Statistical Disclosure Control" (Wiley 2012), chapter 4
 * (magnitude tables), as kept in the sdcTools HandbookSDC repository, section "Disclosure Control
 * Concepts for Magnitude Tabular Data" (file chapters/04/_04-...-02-Disclosure-Control-Concepts-
 * for-Magnitude-Tabular-Data.qmd): Examples 1 to 5 and table "Upper protection levels".
 */
class HandbookExamplesTest {
  private static final double TOL = 1e-9;

  @Test
  void example1PercentRuleCatchesWhatOneNinetyMisses() {
    // X = 100,000, x1 = 50,000, x2 = 49,000. (1,90): 50,000 <= 90,000, safe.
    double[] top = {50_000, 49_000};
    assertThat(Rules.parse("nk:n=1,k=90").protectionLevel(3, 100_000, top)).isNegative();
    // p% with p = 10: X − x1 − x2 = 1,000 < 5,000, unsafe; level 5,000 − 1,000 = 4,000.
    assertThat(Rules.parse("p:p=10").protectionLevel(3, 100_000, top))
        .isCloseTo(4_000, offset(TOL));
  }

  @Test
  void example2TwoKDominanceOverProtects() {
    // p = 10, k = 100·100/110 = 90.9; X = 110,000, x1 = 52,000, x2 = 50,000.
    double[] top = {52_000, 50_000};
    // p%: X − x1 − x2 = 8,000 >= 5,200: safe.
    assertThat(Rules.parse("p:p=10").protectionLevel(3, 110_000, top)).isNegative();
    // (2,k): 102,000 > 100,000 = k/100·X: unsafe (k given exactly as 10000/110).
    assertThat(Rules.parse("nk:n=2,k=" + (10_000.0 / 110)).protectionLevel(3, 110_000, top))
        .isCloseTo(102_000 * 110 / 100.0 - 110_000, offset(1e-6));
  }

  @Test
  void example4OneKUpperProtectionLevel() {
    // X = 330 from 300, 20, 10 is unsafe under (1,85); the upper bound of its feasibility
    // interval must reach 100/85 · 300 = 352.94, so the level is 352.94 − 330 = 22.94.
    double level = Rules.parse("nk:n=1,k=85").protectionLevel(3, 330, new double[] {300, 20});
    assertThat(level).isCloseTo(100.0 / 85 * 300 - 330, offset(TOL));
    assertThat(330 + level).isCloseTo(352.94, offset(0.005));
  }

  @Test
  void example5PercentUpperProtectionLevel() {
    // U = p/100 · x1 − (X − x1 − x2): 80, 15, 4, 1 with p = 10 → 8 − 5 = 3.
    assertThat(Rules.parse("p:p=10").protectionLevel(4, 100, new double[] {80, 15}))
        .isCloseTo(3, offset(TOL));
  }

  /**
   * Example 3 (Geurts 1992, Table 10, p. 20): rows (X11, X12 | 7), (X21, X22 | 3), (3, 3 | 6),
   * column totals 9, 7, grand total 16. The handbook derives X11 ∈ [3, 6]. Any consistent values
   * serve as the hidden truth; here X11 = 4, X12 = 3, X21 = 2, X22 = 1. By the same reasoning X12 =
   * 7 − X11 ∈ [1, 4], X21 = 6 − X11 ∈ [0, 3], X22 = 3 − X21 ∈ [0, 3].
   */
  @Test
  void example3FeasibilityIntervalOfGeurts() {
    double[][] x = {{4, 3}, {2, 1}, {3, 3}};
    List<CellInterval> audit =
        IntervalAudit.audit(
            List.of("row", "col"), Tables.matrix(x, Set.of("1,1", "1,2", "2,1", "2,2")));
    assertThat(Tables.interval(audit, "r1", "c1").lower()).isCloseTo(3, offset(TOL));
    assertThat(Tables.interval(audit, "r1", "c1").upper()).isCloseTo(6, offset(TOL));
    assertThat(Tables.interval(audit, "r1", "c2").lower()).isCloseTo(1, offset(TOL));
    assertThat(Tables.interval(audit, "r1", "c2").upper()).isCloseTo(4, offset(TOL));
    assertThat(Tables.interval(audit, "r2", "c1").upper()).isCloseTo(3, offset(TOL));
    assertThat(Tables.interval(audit, "r2", "c2").lower()).isCloseTo(0, offset(TOL));
  }

  @Test
  void holdingsAreGroupedBeforeTheRules() {
    // The handbook's "Holdings" paragraph: contributions of one company are summed before the
    // rules apply. Cell with units A = 50, B = 30, C = 20 under p = 10 %: T − x1 − x2 = 20 >= 5,
    // safe. When B and C belong to one group G, the units are 50 and 50: 0 < 5, unsafe with level
    // 5 − 0 = 5; under freq:n=3 three contributors are safe but two groups are not.
    List<Contribution> separate = new ArrayList<>();
    separate.add(new Contribution(List.of("x"), 50, "A", null));
    separate.add(new Contribution(List.of("x"), 30, "B", null));
    separate.add(new Contribution(List.of("x"), 20, "C", null));
    List<Contribution> grouped = new ArrayList<>(separate.subList(0, 1));
    grouped.add(new Contribution(List.of("x"), 30, "B", "G"));
    grouped.add(new Contribution(List.of("x"), 20, "C", "G"));
    for (String spec : List.of("p:p=10", "freq:n=3")) {
      Rules rules = Rules.parse(spec);
      Cell alone = DisclosureControl.protect(List.of("d"), separate, rules, false).cells().get(0);
      ProtectedTable g = DisclosureControl.protect(List.of("d"), grouped, rules, false);
      Cell held = g.cells().get(0);
      assertThat(alone.status()).as(spec).isEqualTo(CellStatus.SAFE);
      assertThat(held.status()).as(spec).isEqualTo(CellStatus.PRIMARY);
      // contributors still counts the three firms
      assertThat(held.contributors()).isEqualTo(3);
      if (spec.startsWith("p")) {
        assertThat(g.protectionLevels(List.of("x"))[1]).isCloseTo(5, offset(TOL));
      }
    }
  }

  /**
   * Example 1a of the chapter's introduction (file chapters/04/_04-...-01-Introduction.qmd): Sector
   * 56,600 = Subsector I (sensitive, 998) + II 47,600 + III 8,002. Published with the total, I is
   * recomputable: 56,600 − 47,600 − 8,002 = 998. The handbook's remedy is to suppress one
   * non-sensitive subsector as well; by cell value the cheaper is III (8,002 < 47,600), after which
   * I can be anything in [0, 998 + 8,002 = 9,000].
   */
  @Test
  void example1aOneSecondarySuppressionInASector() {
    List<Contribution> rows = new ArrayList<>();
    rows.add(new Contribution(List.of("I"), 998, "a", null));
    for (int f = 0; f < 3; f++) {
      rows.add(new Contribution(List.of("II"), f == 0 ? 15_866 : 15_867, "b" + f, null));
      rows.add(new Contribution(List.of("III"), f == 0 ? 2_666 : 2_668, "c" + f, null));
    }
    List<String> dims = List.of("subsector");
    ProtectedTable primaryOnly = DisclosureControl.protect(dims, rows, Rules.defaults(), false);
    List<CellInterval> leak = IntervalAudit.audit(dims, primaryOnly.cells());
    assertThat(leak).hasSize(1);
    assertThat(leak.get(0).exact()).isTrue();
    assertThat(leak.get(0).lower()).isCloseTo(998, offset(TOL));

    ProtectedTable t = DisclosureControl.protect(dims, rows, Rules.defaults(), true);
    assertThat(t.cells().stream().map(c -> c.status().label()))
        .containsExactly("primary", "safe", "secondary", "safe");
    assertThat(t.cells().get(3).total()).isEqualTo(56_600);
    List<CellInterval> audit = IntervalAudit.audit(dims, Release.of(t).publishedCells());
    assertThat(audit.get(0).lower()).isCloseTo(0, offset(TOL));
    assertThat(audit.get(0).upper()).isCloseTo(9_000, offset(TOL));
  }
}
