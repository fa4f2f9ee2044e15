package org.chokepoint.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Expected values are worked out by hand in the comments (method 1-3 of the design). */
class ConcentrationTest {
  private static final Offset<Double> EXACT = within(1e-12);

  @Test
  void sharesHhiAndRatiosWithoutRemainder() {
    // A 50, B 30, C 20 of 100: HHI = .25 + .09 + .04 = .38; CR1 = .5; CR3 = 1
    Concentration<String> c = Concentration.of(Map.of("A", 50.0, "B", 30.0, "C", 20.0), 0);
    assertThat(c.total()).isEqualTo(100.0);
    assertThat(c.hhi().getAsDouble()).isCloseTo(0.38, EXACT);
    assertThat(c.hhiUpper().getAsDouble()).isCloseTo(0.38, EXACT);
    assertThat(c.concentrationRatio(1).getAsDouble()).isCloseTo(0.5, EXACT);
    assertThat(c.concentrationRatio(3).getAsDouble()).isCloseTo(1.0, EXACT);
    assertThat(c.top().orElseThrow().supplier()).isEqualTo("A");
    assertThat(c.shares()).extracting(SupplierShare::supplier).containsExactly("A", "B", "C");
  }

  @Test
  void unattributedRemainderBoundsTheHhi() {
    // A 50, B 30, C 20, other 100: total 200, shares .25 .15 .10, other .5
    // lower HHI = .0625 + .0225 + .01 = .095; upper = .095 + .25 = .345
    Concentration<String> c = Concentration.of(Map.of("A", 50.0, "B", 30.0, "C", 20.0), 100);
    assertThat(c.total()).isEqualTo(200.0);
    assertThat(c.hhi().getAsDouble()).isCloseTo(0.095, EXACT);
    assertThat(c.hhiUpper().getAsDouble()).isCloseTo(0.345, EXACT);
    assertThat(c.concentrationRatio(3).getAsDouble()).isCloseTo(0.5, EXACT);
    assertThat(c.unattributedShare().getAsDouble()).isCloseTo(0.5, EXACT);
    // the remainder is never the top supplier, even when it is the largest part
    assertThat(c.top().orElseThrow().supplier()).isEqualTo("A");
  }

  @Test
  void groupShareSumsMembers() {
    Concentration<String> c = Concentration.of(Map.of("A", 50.0, "B", 30.0, "C", 20.0), 100);
    assertThat(c.groupShare(Set.of("A", "C")::contains).getAsDouble()).isCloseTo(0.35, EXACT);
    assertThat(c.groupShare(Set.of("Z")::contains).getAsDouble()).isZero();
  }

  @Test
  void weightedHhiNeedsEveryWeight() {
    Concentration<String> c = Concentration.of(Map.of("A", 50.0, "B", 30.0, "C", 20.0), 0);
    Map<String, Double> w = Map.of("A", 8.0, "B", 2.0, "C", 4.0);
    // .25*8 + .09*2 + .04*4 = 2 + .18 + .16 = 2.34
    var all = c.weightedHhi(k -> OptionalDouble.of(w.get(k)));
    assertThat(all.value().getAsDouble()).isCloseTo(2.34, EXACT);
    assertThat(all.missingWeights()).isEmpty();
    var partial =
        c.weightedHhi(k -> k.equals("C") ? OptionalDouble.empty() : OptionalDouble.of(w.get(k)));
    assertThat(partial.value()).isEmpty();
    assertThat(partial.missingWeights()).containsExactly("C");
  }

  @Test
  void zeroSharesNeedNoWeight() {
    Concentration<String> c = Concentration.of(Map.of("A", 10.0, "B", 0.0), 0);
    var w = c.weightedHhi(k -> k.equals("A") ? OptionalDouble.of(5) : OptionalDouble.empty());
    assertThat(w.value().getAsDouble()).isCloseTo(5.0, EXACT);
  }

  @Test
  void zeroTotalHasNoShares() {
    Concentration<String> c = Concentration.of(Map.of("A", 0.0), 0);
    assertThat(c.hasShares()).isFalse();
    assertThat(c.hhi()).isEmpty();
    assertThat(c.concentrationRatio(1)).isEmpty();
    assertThat(c.top()).isEmpty();
    assertThat(c.groupShare(x -> true)).isEmpty();
  }

  @Test
  void rejectsNegativeOrNonFiniteQuantities() {
    assertThatThrownBy(() -> Concentration.of(Map.of("A", -1.0), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A");
    assertThatThrownBy(() -> Concentration.of(Map.of("A", Double.NaN), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Concentration.of(Map.of("A", 1.0), Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
