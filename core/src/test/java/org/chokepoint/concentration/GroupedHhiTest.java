package org.chokepoint.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GroupedHhiTest {
  @Test
  void sumsRowsOfTheSameSupplierBeforeSquaring() {
    // group 0: supplier 0 rows 30 + 20 = 50, supplier 1: 50 -> HHI = .25 + .25 = .5
    // group 1: supplier 2: 10 -> HHI = 1; group 2: no rows -> total 0, HHI NaN
    int[] group = {0, 0, 0, 1};
    int[] supplier = {0, 1, 0, 2};
    double[] q = {30, 50, 20, 10};
    GroupedHhi.Result r = GroupedHhi.compute(group, 3, supplier, 3, q, 1);
    assertThat(r.total()).containsExactly(100, 10, 0);
    assertThat(r.hhi()[0]).isCloseTo(0.5, within(1e-15));
    assertThat(r.hhi()[1]).isEqualTo(1.0);
    assertThat(r.hhi()[2]).isNaN();
  }

  @Test
  void zeroQuantitiesDoNotBreakTheScratchArray() {
    // many zero rows of one supplier in one group, then a positive one
    int n = 50;
    int[] group = new int[n];
    int[] supplier = new int[n];
    double[] q = new double[n];
    q[n - 1] = 4;
    supplier[n - 1] = 1;
    GroupedHhi.Result r = GroupedHhi.compute(group, 1, supplier, 2, q, 1);
    assertThat(r.total()[0]).isEqualTo(4);
    assertThat(r.hhi()[0]).isEqualTo(1.0);
  }

  @Test
  void rejectsOutOfRangeIndicesAndNegativeQuantities() {
    assertThatThrownBy(
            () -> GroupedHhi.compute(new int[] {2}, 2, new int[] {0}, 1, new double[] {1}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group 2");
    assertThatThrownBy(
            () -> GroupedHhi.compute(new int[] {0}, 1, new int[] {0}, 1, new double[] {-1}, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The kernel agrees with a plain map-based two-level aggregation, on any thread count. */
  @Property(tries = 40)
  void agreesWithNaiveAggregation(
      @ForAll @IntRange(min = 0, max = 400_000) int rows,
      @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll long seed) {
    Random rnd = new Random(seed);
    int groups = 1 + rnd.nextInt(500);
    int suppliers = 1 + rnd.nextInt(60);
    int[] g = new int[rows];
    int[] s = new int[rows];
    double[] q = new double[rows];
    Map<Integer, Map<Integer, Double>> naive = new HashMap<>();
    for (int i = 0; i < rows; i++) {
      g[i] = rnd.nextInt(groups);
      s[i] = rnd.nextInt(suppliers);
      q[i] = rnd.nextInt(4) == 0 ? 0 : Math.exp(rnd.nextGaussian() * 3);
      naive.computeIfAbsent(g[i], k -> new HashMap<>()).merge(s[i], q[i], Double::sum);
    }
    GroupedHhi.Result r = GroupedHhi.compute(g, groups, s, suppliers, q, threads);
    for (int k = 0; k < groups; k++) {
      Map<Integer, Double> m = naive.getOrDefault(k, Map.of());
      double total = m.values().stream().mapToDouble(Double::doubleValue).sum();
      double sq = m.values().stream().mapToDouble(v -> v * v).sum();
      assertThat(r.total()[k]).isCloseTo(total, within(1e-9 * Math.max(1, total)));
      if (total > 0) {
        assertThat(r.hhi()[k]).isCloseTo(sq / (total * total), within(1e-12));
      } else {
        assertThat(r.hhi()[k]).isNaN();
      }
    }
  }
}
