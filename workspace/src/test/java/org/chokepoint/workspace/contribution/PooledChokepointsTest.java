package org.chokepoint.workspace.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.network.Chokepoint;
import org.junit.jupiter.api.Test;

/**
 * Chokepoints of a hand-made released country view (SYNTHETIC figures), worked by hand:
 *
 * <pre>
 *          CHN   JPN   KOR          USA            unknown | Total
 * gas      60    25    (primary)    (secondary)    .       | 100
 * resist   .     90    .            (primary)      .       | (secondary)
 * film     .     .     .            .              40      | 50     (TWN 10)
 * </pre>
 *
 * gas: CHN share 60/100 = 0.6, left 0.4; JPN 0.25, left 0.75; the suppressed cells together hold
 * 100 − 60 − 25 = 15, share 0.15, unattributed (never stops). film: TWN 10/50 = 0.2, left 0.8;
 * "unknown" 0.8 is unattributed (not a country). resist: total suppressed, skipped.
 */
class PooledChokepointsTest {
  private static final CountryGroup JP_US =
      new CountryGroup("jp-us", Set.of(CountryCode.of("JPN"), CountryCode.of("USA")), "", "", "");
  private static final CountryGroup CONCERN =
      new CountryGroup("concern", Set.of(CountryCode.of("CHN")), "", "", "");

  private static PooledView.Cell cell(String input, String supplier, Double total, String status) {
    return new PooledView.Cell(input, supplier, supplier, null, total, null, status, false, false);
  }

  private static PooledView view(PoolAggregator.View kind) {
    List<PooledView.Cell> cells =
        List.of(
            cell("gas", "CHN", 60.0, "safe"),
            cell("gas", "JPN", 25.0, "safe"),
            cell("gas", "KOR", null, "primary"),
            cell("gas", "USA", null, "secondary"),
            cell("resist", "JPN", 90.0, "safe"),
            cell("resist", "USA", null, "primary"),
            cell("film", "TWN", 10.0, "safe"),
            cell("film", "unknown", 40.0, "safe"),
            cell("gas", "Total", 100.0, "safe"),
            cell("resist", "Total", null, "secondary"),
            cell("film", "Total", 50.0, "safe"));
    List<PooledView.InputSummary> inputs =
        List.of(
            new PooledView.InputSummary("film", 50.0, null, null, null),
            new PooledView.InputSummary("gas", 100.0, null, null, null),
            new PooledView.InputSummary("resist", null, null, null, null));
    return new PooledView(
        kind,
        List.of("input", "supplier_country"),
        Instant.parse("2026-04-01T09:00:00Z"),
        3,
        "jp-us",
        "concern",
        cells,
        inputs,
        4);
  }

  @Test
  void atHalfOnlyTheSupplierOfMoreThanHalfIsAChokepoint() {
    PooledChokepoints.Result r =
        PooledChokepoints.find(view(PoolAggregator.View.COUNTRY), JP_US, CONCERN, 0.5);
    assertThat(r.skipped()).containsExactly("resist");
    assertThat(r.rows()).hasSize(1);
    Chokepoint c = r.rows().get(0);
    assertThat(c.input()).isEqualTo("input:gas");
    assertThat(c.product()).isEqualTo("input:gas");
    assertThat(c.provider().id()).isEqualTo("CHN");
    assertThat(c.share()).isCloseTo(0.6, within(1e-12));
    assertThat(c.residualCapacity()).isCloseTo(0.4, within(1e-12));
    assertThat(c.holder()).isEqualTo(Chokepoint.Holder.CONCERN);
  }

  @Test
  void aHigherThresholdAddsSmallerSuppliersButNeverTheSuppressedOrUnknownRemainder() {
    PooledChokepoints.Result r =
        PooledChokepoints.find(view(PoolAggregator.View.COUNTRY), JP_US, CONCERN, 0.9);
    // ranked by impact: gas CHN 0.6, gas JPN 0.25, film TWN 0.2
    assertThat(r.rows())
        .extracting(c -> c.input() + "/" + c.provider().id())
        .containsExactly("input:gas/CHN", "input:gas/JPN", "input:film/TWN");
    assertThat(r.rows().get(1).residualCapacity()).isCloseTo(0.75, within(1e-12));
    assertThat(r.rows().get(1).holder()).isEqualTo(Chokepoint.Holder.PERSPECTIVE);
    assertThat(r.rows().get(2).residualCapacity()).isCloseTo(0.8, within(1e-12));
    assertThat(r.rows().get(2).holder()).isEqualTo(Chokepoint.Holder.OTHER);
    // the suppressed remainder of gas is in the network (15 of 100) but never a chokepoint
    assertThat(r.network().provisionsOf("input:gas"))
        .filteredOn(p -> p.providerId().equals(PooledChokepoints.SUPPRESSED))
        .singleElement()
        .satisfies(p -> assertThat(p.share().getAsDouble()).isCloseTo(0.15, within(1e-12)));
    assertThat(r.network().findInput("input:resist")).isEmpty();
  }

  @Test
  void theSupplierViewAndBadThresholdsAreRefused() {
    assertThatThrownBy(
            () -> PooledChokepoints.find(view(PoolAggregator.View.SUPPLIER), JP_US, CONCERN, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("country view");
    assertThatThrownBy(
            () -> PooledChokepoints.find(view(PoolAggregator.View.COUNTRY), JP_US, CONCERN, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threshold");
  }
}
