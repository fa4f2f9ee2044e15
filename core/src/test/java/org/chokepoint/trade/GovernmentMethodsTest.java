package org.chokepoint.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.chokepoint.trade.EuSupplyRisk.Inputs;
import org.chokepoint.trade.EuSupplyRisk.SupplyUsed;
import org.junit.jupiter.api.Test;

/** Import reliance, EU screening and EU supply risk, each against a hand computation. */
class GovernmentMethodsTest {
  @Test
  void importReliance() {
    // (M - X) / (P + M - X): (100 - 20) / (40 + 80) = 2/3
    assertThat(ImportReliance.of(40, 100, 20).getAsDouble()).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(ImportReliance.of(0, 100, 20).getAsDouble()).isEqualTo(1.0);
    assertThat(ImportReliance.of(50, 10, 20).getAsDouble()).isZero(); // net exporter
    assertThat(ImportReliance.of(Double.NaN, 10, 0)).isEmpty();
  }

  @Test
  void euScreeningCriteria() {
    EuScreening eu = EuScreening.EU_2021;
    // HHI .5 > .4; 80 / 100 > .5; 80 / 40 > 1
    assertThat(eu.evaluate(0.5, 80, 100, 40).flagged()).contains(true);
    // 80 / 200 is not > .5
    assertThat(eu.evaluate(0.5, 80, 200, 40).flagged()).contains(false);
    // 80 / 80 is not > 1
    assertThat(eu.evaluate(0.5, 80, 100, 80).importExportAbove()).contains(false);
    // thresholds are parameters
    assertThat(new EuScreening(0.6, 0.5, 1).evaluate(0.5, 80, 100, 40).hhiAbove()).contains(false);
    // no imports: criteria unknown, not false
    assertThat(eu.evaluate(Double.NaN, 0, 0, 0).flagged()).isEmpty();
  }

  @Test
  void supplyRiskWithBothSupplies() {
    // [2 * .6/2 + 1 * (1 - .6/2)] * (1 - .1) * .9 = [.6 + .7] * .9 * .9 = 1.053
    Inputs in = new Inputs("X", "extraction", SupplyUsed.BOTH, 2, 1, 0.6, 0.1, 0.9);
    assertThat(EuSupplyRisk.supplyRisk(in)).isCloseTo(1.053, within(1e-12));
  }

  @Test
  void oneSupplyTakesTheWholeBracket() {
    // global only: 2 * (1 - .1) * .9 = 1.62; sourcing only: 1 * .9 * .9 = .81
    assertThat(
            EuSupplyRisk.supplyRisk(
                new Inputs("X", "", SupplyUsed.GLOBAL, 2, Double.NaN, 0.6, 0.1, 0.9)))
        .isCloseTo(1.62, within(1e-12));
    assertThat(
            EuSupplyRisk.supplyRisk(
                new Inputs("X", "", SupplyUsed.SOURCING, Double.NaN, 1, 0.6, 0.1, 0.9)))
        .isCloseTo(0.81, within(1e-12));
  }

  @Test
  void inputsOutsideTheirRangesAreRefused() {
    assertThatThrownBy(() -> new Inputs("X", "", SupplyUsed.BOTH, 2, 1, 60, 0.1, 0.9))
        .hasMessageContaining("import_reliance must be a fraction");
    assertThatThrownBy(() -> new Inputs("X", "", SupplyUsed.BOTH, -1, 1, 0.6, 0.1, 0.9))
        .hasMessageContaining("hhi_wgi_global");
  }
}
