package org.chokepoint.inputoutput.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.chokepoint.inputoutput.IoProgress;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.Labels;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseMatrix;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed ARIO cases on a one-region table of two sectors, annual flows = 365 × daily: s1
 * sells 30 a day to s2 and 70 to final demand (x⁰ = 100), s2 sells 60 to final demand (x⁰ = 60, a =
 * 0.5). Parameters n = 15 days, τ_inv = 6, α_max = 1.25, τ_α = 365, proportional rationing: s2
 * holds 15·30 = 450 of s1's product.
 */
class ArioTest {
  private static final ArioParameters P =
      new ArioParameters(15, 6, 1.25, 365, FirmParameters.Rationing.PROPORTIONAL, 365);

  private static IoSystem system(double[][] y, String... categories) {
    Labels sectors =
        new Labels(List.of("region", "sector"), List.of(List.of("R", "s1"), List.of("R", "s2")));
    List<List<String>> fd = new ArrayList<>();
    for (String c : categories) {
      fd.add(List.of("R", c));
    }
    Labels demand = new Labels(List.of("region", "category"), fd);
    return new IoSystem(
        sectors,
        demand,
        CsrMatrix.of(DenseMatrix.of(new double[][] {{0, 365 * 30}, {0, 0}})),
        DenseMatrix.of(y),
        List.of());
  }

  private static IoSystem twoSectors() {
    return system(new double[][] {{365 * 70}, {365 * 60}}, "fd");
  }

  @Test
  void withoutShockNothingMoves() {
    ArioResult r = Ario.run(twoSectors(), new int[0], P, List.of(), 100, IoProgress.NONE);
    for (int t = 0; t < 100; t++) {
      assertThat(r.loss(t)).isCloseTo(0, within(1e-9));
    }
    assertThat(r.baselineTotal()).isCloseTo(160, within(1e-12));
    assertThat(r.shortage()).isFalse();
    assertThat(r.recoveredFrom(1e-3)).isZero();
  }

  /**
   * s2's final demand halved from day 0. Day 0: s2 makes 30, s1 still 100 (orders are yesterday's
   * 30): loss 30. s2's inventory 450 + 30 − 15 = 465 is above its new target 15·0.5·30 = 225, so it
   * orders 15 + (225 − 465)/6 < 0, i.e. nothing; day 1: s1 makes 70, loss 60.
   */
  @Test
  void finalDemandCutByHand() {
    ArioShock cut = new ArioShock(ArioShock.Kind.FINAL_DEMAND, new int[] {1}, null, 0.5, 0, -1, 0);
    ArioResult r = Ario.run(twoSectors(), new int[0], P, List.of(cut), 3, IoProgress.NONE);
    assertThat(r.loss(0)).isCloseTo(30, within(1e-9));
    assertThat(r.loss(1)).isCloseTo(60, within(1e-9));
    assertThat(r.finalDemandAsked()[0]).isCloseTo(100, within(1e-9));
    assertThat(r.finalDemandServed()[1]).isCloseTo(100, within(1e-9));
    assertThat(r.peakDay()).isEqualTo(1);
    assertThat(r.recoveredFrom(1e-3)).isEqualTo(-1);
  }

  /**
   * Half of s1's capacity lost from day 0: s1 makes 50 against demand 100, so α rises by (1.25 −
   * 1)·(100 − 50)/100/365. s2 gets 50·30/100 = 15, uses 30: inventory 435, next order 30 +
   * (15·0.5·60 − 435)/6 = 32.5, so s1 faces 102.5 on day 1, more than its capacity 50·α.
   */
  @Test
  void overproductionByHand() {
    ArioShock loss = new ArioShock(ArioShock.Kind.CAPACITY, new int[] {0}, null, 0.5, 0, -1, 0);
    ArioResult r = Ario.run(twoSectors(), new int[0], P, List.of(loss), 2, IoProgress.NONE);
    assertThat(r.production()[0][0]).isCloseTo(50, within(1e-9));
    double alpha = 1 + 0.25 * 0.5 / 365;
    assertThat(r.largestAlpha()[0]).isCloseTo(alpha, within(1e-15));
    assertThat(r.production()[1][0]).isCloseTo(50 * alpha, within(1e-9));
    assertThat(r.finalDemandServed()[0]).isCloseTo(50 * 70 / 100.0 + 60, within(1e-9));
  }

  /**
   * Imports booked as a negative column: s1 has final demand 90 and imports 20, so x⁰ = 100 and the
   * domestic share is 100/120: s2 buys 25 a day of domestic s1 (a = 25/60) and holds 15·25 = 375.
   * With s1 fully down, s2 runs 15 days (days 0..14) on its inventory and stops on day 15.
   */
  @Test
  void importsOutAndInventoryRunsDry() {
    IoSystem s = system(new double[][] {{365 * 90, -365 * 20}, {365 * 60, 0}}, "fd", "imports");
    ArioShock down = new ArioShock(ArioShock.Kind.CAPACITY, new int[] {0}, null, 1, 0, -1, 0);
    ArioResult r = Ario.run(s, new int[] {1}, P, List.of(down), 17, IoProgress.NONE);
    assertThat(r.baselineFinalDemand()[0]).isCloseTo(75, within(1e-9));
    assertThat(r.production()[14][1]).isCloseTo(60, within(1e-9));
    assertThat(r.production()[15][1]).isCloseTo(0, within(1e-9));
    assertThat(r.inputConstrained()[15]).isEqualTo(1);
    assertThat(r.inputConstrained()[14]).isZero();
    assertThat(r.shortage()).isTrue();
  }

  /** 0.6 for 2 days from day 3, then 2 days of recovery: 0.4, 0.2, then 0. */
  @Test
  void shockProfile() {
    ArioShock s = new ArioShock(ArioShock.Kind.CAPACITY, new int[] {0}, null, 0.6, 3, 2, 2);
    double[] expected = {0, 0, 0, 0.6, 0.6, 0.4, 0.2, 0, 0};
    for (int t = 0; t < expected.length; t++) {
      assertThat(s.at(t)).as("day " + t).isCloseTo(expected[t], within(1e-12));
    }
  }

  @Test
  void negativeFinalDemandIsRefused() {
    IoSystem s = system(new double[][] {{-365 * 10}, {365 * 60}}, "fd");
    assertThatThrownBy(() -> Ario.run(s, new int[0], P, List.of(), 2, IoProgress.NONE))
        .hasMessageContaining("sector R/s1 has negative final demand");
  }
}
