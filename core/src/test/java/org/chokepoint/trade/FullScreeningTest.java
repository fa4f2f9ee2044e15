package org.chokepoint.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FullScreeningTest {
  @Test
  void everyImporterAndProductByHand() {
    // partners 0, 1, 2 are countries, 3 is not; one product (0) and a second (1)
    // importer 0, product 0: from 1 (60), 2 (30), 3 (10): HHI lower = .36 + .09 = .45
    // importer 0 exports product 0: 20 to partner 1 -> 100 / 20 > 1: flagged
    // importer 1, product 0: from 0 (20) only: HHI 1, exports 60 -> 20 / 60 < 1: not flagged
    // importer 2, product 1: from 0 (5) and 1 (5): HHI .5, no exports: flagged
    int[] exporter = {1, 2, 3, 0, 0, 1};
    int[] importer = {0, 0, 0, 1, 2, 2};
    int[] product = {0, 0, 0, 0, 1, 1};
    double[] value = {60, 30, 10, 20, 5, 5};
    boolean[] attributed = {true, true, true, false};
    FullScreening.Result r =
        FullScreening.compute(
            exporter, importer, product, value, attributed, 2, EuScreening.EU_2021, 2);
    assertThat(r.imports()[r.index(0, 0)]).isEqualTo(100);
    assertThat(r.exports()[r.index(0, 0)]).isEqualTo(20);
    assertThat(r.hhi()[r.index(0, 0)]).isCloseTo(0.45, within(1e-12));
    assertThat(r.flagged()[r.index(0, 0)]).isTrue();
    assertThat(r.hhi()[r.index(1, 0)]).isEqualTo(1.0);
    assertThat(r.flagged()[r.index(1, 0)]).isFalse();
    assertThat(r.hhi()[r.index(2, 1)]).isCloseTo(0.5, within(1e-12));
    assertThat(r.flagged()[r.index(2, 1)]).isTrue();
    assertThat(r.hhi()[r.index(3, 0)]).isNaN();
  }
}
