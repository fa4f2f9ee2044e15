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
 * Destruction and rebuilding (Hallegatte 2008), worked out by hand for the first days on tables
 * without inter-industry flows (annual = 365 × daily), capital ratio κ = 1 year of output, α_max
 * 1.25, τ_α 365, proportional rationing.
 */
class ArioRebuildingTest {
  private static final ArioParameters P =
      new ArioParameters(15, 6, 1.25, 365, FirmParameters.Rationing.PROPORTIONAL, 365);

  private static IoSystem table(double... dailyFinalDemand) {
    List<List<String>> keys = new ArrayList<>();
    double[][] y = new double[dailyFinalDemand.length][1];
    for (int i = 0; i < dailyFinalDemand.length; i++) {
      keys.add(List.of("R", "s" + (i + 1)));
      y[i][0] = 365 * dailyFinalDemand[i];
    }
    return new IoSystem(
        new Labels(List.of("region", "sector"), keys),
        new Labels(List.of("region", "category"), List.of(List.of("R", "fd"))),
        CsrMatrix.of(DenseMatrix.of(new double[dailyFinalDemand.length][dailyFinalDemand.length])),
        DenseMatrix.of(y),
        List.of());
  }

  /**
   * One sector, x⁰ = 100 a day, capital K = 365·100 = 36,500; 7,300 destroyed on day 0 (δ = 0.2),
   * rebuilt by the sector itself with τ_rec = 3,650 days: day 0 asks 7,300/3,650 = 2 of
   * reconstruction on top of final demand 100, so demand is 102 against capacity 80. Proportional
   * rationing gives reconstruction 2·80/102, final demand 100·80/102, and the damage left is 7,300
   * − 160/102. Day 1: δ = that/36,500, α = 1 + 0.25·(22/102)/365, capacity 100·(1 − δ)·α, asked
   * (damage left)/3,650.
   */
  @Test
  void oneSectorRebuildsItselfByHand() {
    ArioRebuilding quake =
        new ArioRebuilding(new int[] {0}, 7300, 1, new int[] {0}, new double[] {1}, 0, 3650);
    ArioResult r =
        Ario.run(table(100), new int[0], P, List.of(), List.of(quake), 3, IoProgress.NONE);
    assertThat(r.production()[0][0]).isCloseTo(80, within(1e-9));
    assertThat(r.loss(0)).isCloseTo(20, within(1e-9));
    assertThat(r.reconstructionAsked()[0]).isCloseTo(2, within(1e-12));
    assertThat(r.reconstructionServed()[0]).isCloseTo(160.0 / 102, within(1e-9));
    assertThat(r.finalDemandServed()[0]).isCloseTo(8000.0 / 102, within(1e-9));
    assertThat(r.finalDemandAsked()[0]).isCloseTo(100, within(1e-12));
    double left = 7300 - 160.0 / 102;
    assertThat(r.damageRemaining()[0]).isCloseTo(left, within(1e-9));

    double delta1 = left / 36500;
    double alpha1 = 1 + 0.25 * (22.0 / 102) / 365;
    double cap1 = 100 * (1 - delta1) * alpha1;
    double asked1 = left / 3650;
    assertThat(r.production()[1][0]).isCloseTo(cap1, within(1e-9));
    assertThat(r.reconstructionAsked()[1]).isCloseTo(asked1, within(1e-12));
    double served1 = asked1 * cap1 / (100 + asked1);
    assertThat(r.reconstructionServed()[1]).isCloseTo(served1, within(1e-9));
    assertThat(r.damageRemaining()[1]).isCloseTo(left - served1, within(1e-9));
    assertThat(r.totalReconstruction()).isGreaterThan(160.0 / 102 + served1);
  }

  /**
   * s1 (x⁰ 100) loses 3,650 of its capital 36,500 (δ = 0.1) on day 1, s2 (x⁰ 60) rebuilds with
   * τ_rec = 365: nothing happens on day 0. Day 1: s1 makes 90; s2 is asked 10 of reconstruction on
   * top of 60, makes 60 and serves reconstruction 10·60/70 = 60/7; the loss is s1's 10 only. Day 2:
   * s1's δ = (3,650 − 60/7)/36,500 and α₁ = 1 + 0.25·0.1/365, so it makes 100·(1 − δ)·α₁; s2's α₂ =
   * 1 + 0.25·(10/70)/365, capacity 60·α₂ against 60 + (3,650 − 60/7)/365.
   */
  @Test
  void anotherSectorRebuildsByHand() {
    ArioRebuilding flood =
        new ArioRebuilding(new int[] {0}, 3650, 1, new int[] {1}, new double[] {1}, 1, 365);
    ArioResult r =
        Ario.run(table(100, 60), new int[0], P, List.of(), List.of(flood), 3, IoProgress.NONE);
    assertThat(r.loss(0)).isCloseTo(0, within(1e-9));
    assertThat(r.reconstructionAsked()[0]).isZero();
    assertThat(r.damageRemaining()[0]).isZero();
    assertThat(r.production()[1][0]).isCloseTo(90, within(1e-9));
    assertThat(r.production()[1][1]).isCloseTo(60, within(1e-9));
    assertThat(r.loss(1)).isCloseTo(10, within(1e-9));
    assertThat(r.reconstructionServed()[1]).isCloseTo(60.0 / 7, within(1e-9));
    assertThat(r.finalDemandServed()[1]).isCloseTo(90 + 3600.0 / 70, within(1e-9));
    double left = 3650 - 60.0 / 7;
    assertThat(r.damageRemaining()[1]).isCloseTo(left, within(1e-9));
    double alpha1 = 1 + 0.25 * 0.1 / 365;
    assertThat(r.production()[2][0]).isCloseTo(100 * (1 - left / 36500) * alpha1, within(1e-9));
    double cap2 = 60 * (1 + 0.25 * (10.0 / 70) / 365);
    double asked2 = left / 365;
    assertThat(r.production()[2][1]).isCloseTo(cap2, within(1e-9));
    assertThat(r.reconstructionServed()[2]).isCloseTo(asked2 * cap2 / (60 + asked2), within(1e-9));
  }

  @Test
  void badEventsAreRefused() {
    assertThatThrownBy(
            () ->
                new ArioRebuilding(new int[] {0}, 10, 1, new int[] {1}, new double[] {0.5}, 0, 30))
        .hasMessageContaining("sum to 1");
    assertThatThrownBy(
            () -> new ArioRebuilding(new int[] {0}, -1, 1, new int[] {1}, new double[] {1}, 0, 30))
        .hasMessageContaining("damage");
    ArioRebuilding outside =
        new ArioRebuilding(new int[] {0}, 10, 1, new int[] {5}, new double[] {1}, 0, 30);
    assertThatThrownBy(
            () ->
                Ario.run(
                    table(100), new int[0], P, List.of(), List.of(outside), 2, IoProgress.NONE))
        .hasMessageContaining("sector 5 of 1");
  }
}
