package org.chokepoint.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** Primary rules on single cells, hand-computed from the formulas of the issue. */
class RulesTest {
  private final Rules rules = Rules.parse("freq:n=3;nk:n=2,k=75;p:p=10");

  @Test
  void parsesAndPrintsTheCanonicalSpec() {
    assertThat(rules.toString()).isEqualTo("freq:n=3,range=10;nk:n=2,k=75;p:p=10");
    assertThat(Rules.parse(rules.toString())).isEqualTo(rules);
    assertThat(Rules.defaults().toString()).isEqualTo("freq:n=3,range=10");
  }

  @Test
  void badSpecsNameTheBadPart() {
    assertThatThrownBy(() -> Rules.parse("freq:n=3;xx:n=2")).hasMessageContaining("\"xx\"");
    assertThatThrownBy(() -> Rules.parse("nk:n=2,k=175")).hasMessageContaining("nk:n=2,k=175");
    assertThatThrownBy(() -> Rules.parse("p:p=ten")).hasMessageContaining("p=\"ten\"");
    assertThatThrownBy(() -> Rules.parse("freq:n=2.5")).hasMessageContaining("integer");
    assertThatThrownBy(() -> Rules.parse("freq:q=2")).hasMessageContaining("\"q\"");
    assertThatThrownBy(() -> Rules.parse("")).hasMessageContaining("empty");
  }

  @Test
  void frequency() {
    // Two units, T = 50: 0 < 2 < 3 is unsafe; level 10 % of 50 = 5.
    assertThat(Rules.defaults().protectionLevel(2, 50, new double[] {45, 5}))
        .isCloseTo(5, offset(1e-12));
    // With all three rules the same cell also breaks (2,75): (100/75)·50 − 50 = 16.667, and p%:
    // 0 < 4.5 → 4.5; the largest level wins.
    assertThat(rules.protectionLevel(2, 50, new double[] {45, 5}))
        .isCloseTo(100.0 / 75 * 50 - 50, offset(1e-12));
    // No unit: empty, never primary.
    assertThat(rules.protectionLevel(0, 0, new double[0])).isNegative();
  }

  @Test
  void dominance() {
    // 50 + 30 = 80 > 0.75 · 100: unsafe; level (100/75)·80 − 100 = 6.667. p%: 100−80 = 20 >= 5.
    assertThat(rules.protectionLevel(3, 100, new double[] {50, 30}))
        .isCloseTo(100.0 / 75 * 80 - 100, offset(1e-12));
    // 40 + 30 = 70 <= 75 and 100 − 70 = 30 >= 4: safe.
    assertThat(rules.protectionLevel(3, 100, new double[] {40, 30})).isNegative();
  }

  @Test
  void pPercent() {
    Rules p = Rules.parse("p:p=10");
    // 80, 15, 4, 1: T − x1 − x2 = 5 < 8: unsafe; level 8 − 5 = 3.
    assertThat(p.protectionLevel(4, 100, new double[] {80, 15})).isCloseTo(3, offset(1e-12));
    // 60, 30, 10: 10 >= 6, safe.
    assertThat(p.protectionLevel(3, 100, new double[] {60, 30})).isNegative();
  }

  @Test
  void combinedRulesTakeTheLargestLevel() {
    // 90, 6, 4 (3 units): nk 96 > 75 → (100/75)·96 − 100 = 28; p: 4 < 9 → 9 − 4 = 5. Max 28.
    assertThat(rules.protectionLevel(3, 100, new double[] {90, 6}))
        .isCloseTo(100.0 / 75 * 96 - 100, offset(1e-12));
  }
}
