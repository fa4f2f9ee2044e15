package org.chokepoint.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.chokepoint.geo.CountryCode;
import org.junit.jupiter.api.Test;

class GovernanceIndicatorsTest {
  private static final CountryCode A = CountryCode.of("AAA");

  @Test
  void riskScoreRescalesTheMeanEstimate() {
    // estimates -1, -0.5, 0, 0.5, 1, 1.5: mean 0.25; g = 2 * (2.5 - 0.25) = 4.5
    double[] e = {-1, -0.5, 0, 0.5, 1, 1.5};
    GovernanceIndicators.Builder b = GovernanceIndicators.builder();
    for (WgiDimension d : WgiDimension.values()) {
      b.put(A, 2022, d, e[d.ordinal()]);
    }
    GovernanceIndicators wgi = b.build();
    assertThat(wgi.meanEstimate(A, 2022).getAsDouble()).isCloseTo(0.25, within(1e-12));
    assertThat(wgi.riskScore(A, 2022).getAsDouble()).isCloseTo(4.5, within(1e-12));
    assertThat(wgi.dimensionsAvailable(A, 2022)).isEqualTo(6);
  }

  @Test
  void endsOfTheScaleAndClipping() {
    // mean +2.5 is the best (0), -2.5 the worst (10); beyond the scale is clipped
    assertThat(GovernanceIndicators.riskScoreOfMean(2.5)).isEqualTo(0.0);
    assertThat(GovernanceIndicators.riskScoreOfMean(-2.5)).isEqualTo(10.0);
    assertThat(GovernanceIndicators.riskScoreOfMean(0)).isEqualTo(5.0);
    assertThat(GovernanceIndicators.riskScoreOfMean(2.7)).isEqualTo(0.0);
    assertThat(GovernanceIndicators.riskScoreOfMean(-2.6)).isEqualTo(10.0);
  }

  @Test
  void meanOfTheDimensionsPublished() {
    GovernanceIndicators wgi =
        GovernanceIndicators.builder()
            .put(A, 2020, WgiDimension.RULE_OF_LAW, 1.0)
            .put(A, 2020, WgiDimension.CONTROL_OF_CORRUPTION, 0.0)
            .build();
    assertThat(wgi.meanEstimate(A, 2020).getAsDouble()).isEqualTo(0.5);
    assertThat(wgi.dimensionsAvailable(A, 2020)).isEqualTo(2);
    assertThat(wgi.riskScore(A, 2019)).isEmpty();
    assertThat(wgi.riskScore(CountryCode.of("BBB"), 2020)).isEmpty();
  }

  @Test
  void latestYearAtOrBefore() {
    GovernanceIndicators wgi =
        GovernanceIndicators.builder()
            .put(A, 2018, WgiDimension.RULE_OF_LAW, 0)
            .put(A, 2022, WgiDimension.RULE_OF_LAW, 0)
            .build();
    assertThat(wgi.latestYearAtOrBefore(2025).getAsInt()).isEqualTo(2022);
    assertThat(wgi.latestYearAtOrBefore(2021).getAsInt()).isEqualTo(2018);
    assertThat(wgi.latestYearAtOrBefore(2017)).isEmpty();
  }
}
