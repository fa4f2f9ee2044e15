package org.chokepoint.inputoutput.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.chokepoint.inputoutput.IoProgress;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases. Firm 0 (output 100) sells 30 a day to firm 1 and 70 to final demand; firm 1
 * (output 60, input coefficient 0.5) sells 60 to final demand. n = 15, τ = 6: firm 1 holds 450.
 */
class FirmSimulationTest {
  private static FirmNetwork twoFirms() {
    return FirmNetwork.of(
        new double[] {100, 60},
        new double[] {70, 60},
        new int[] {0},
        new int[] {1},
        new int[] {0},
        new double[] {30});
  }

  @Test
  void withoutShockNothingMoves() {
    FirmTrajectory t =
        FirmSimulation.run(twoFirms(), FirmParameters.INOUE_TODO, List.of(), 30, IoProgress.NONE);
    for (int d = 0; d <= 30; d++) {
      assertThat(t.production()[d]).isCloseTo(160, within(1e-12));
      assertThat(t.finalConsumption()[d]).isCloseTo(130, within(1e-12));
    }
  }

  /**
   * Half of firm 0's capacity lost from day 0. Day 0: x = (50, 60); orders are the pre-shock ones,
   * so both rules give firm 1 15 and final demand 35. Firm 1's inventory 450 + 15 − 30 = 435, its
   * next order 30 + (15·30 − 435)/6 = 32.5. Day 1: firm 0 faces 102.5. Proportional: final demand
   * gets 50·70/102.5; priority (weights 30 and 70, λ = 0.5): final demand asks 70/70 = 1 of its
   * usual share, firm 1 32.5/30, both more than λ, so each gets λ·weight: 35 and 15.
   */
  @Test
  void proportionalAndPriorityRationingByHand() {
    List<CapacityShock> shock = List.of(new CapacityShock(0, 0.5, 0, 0));
    FirmTrajectory prop =
        FirmSimulation.run(
            twoFirms(),
            new FirmParameters(15, 6, FirmParameters.Rationing.PROPORTIONAL),
            shock,
            2,
            IoProgress.NONE);
    FirmTrajectory prio =
        FirmSimulation.run(twoFirms(), FirmParameters.INOUE_TODO, shock, 2, IoProgress.NONE);
    for (FirmTrajectory t : List.of(prop, prio)) {
      assertThat(t.production()[1]).isCloseTo(110, within(1e-12));
      assertThat(t.finalConsumption()[1]).isCloseTo(95, within(1e-12));
      assertThat(t.production()[2]).isCloseTo(110, within(1e-12));
      assertThat(t.inputConstrained()[2]).isZero();
    }
    assertThat(prop.finalConsumption()[2]).isCloseTo(60 + 50 * 70 / 102.5, within(1e-12));
    assertThat(prio.finalConsumption()[2]).isCloseTo(95, within(1e-12));
  }

  /** Capacity recovers linearly: a loss of 0.4 over 4 days leaves 0.3, 0.2, 0.1, 0 from day 1. */
  @Test
  void linearRecovery() {
    CapacityShock s = new CapacityShock(0, 0.4, 2, 4);
    assertThat(s.lossAt(1)).isZero();
    assertThat(s.lossAt(2)).isCloseTo(0.4, within(1e-15));
    assertThat(s.lossAt(3)).isCloseTo(0.3, within(1e-15));
    assertThat(s.lossAt(6)).isZero();
    assertThat(new CapacityShock(0, 0.4, 2, 0).lossAt(1000)).isEqualTo(0.4);
  }

  /**
   * With firm 0 fully down from day 0, firm 1 draws its inventory of 450 down by 30 a day: it
   * produces 60 while 450 − 30·k ≥ 30, i.e. on days 0..14, then nothing, and counts as
   * input-constrained.
   */
  @Test
  void inventoryRunsOut() {
    FirmTrajectory t =
        FirmSimulation.run(
            twoFirms(),
            FirmParameters.INOUE_TODO,
            List.of(new CapacityShock(0, 1, 0, 0)),
            17,
            IoProgress.NONE);
    assertThat(t.production()[15]).isCloseTo(60, within(1e-12)); // day 14
    assertThat(t.production()[16]).isCloseTo(0, within(1e-12)); // day 15
    assertThat(t.inputConstrained()[16]).isEqualTo(1);
    assertThat(t.finalConsumption()[16]).isZero();
  }

  @Test
  void badNetworksAreRefused() {
    assertThatThrownBy(
            () ->
                FirmNetwork.of(
                    new double[] {100, 60},
                    new double[] {60, 60},
                    new int[] {0},
                    new int[] {1},
                    new int[] {0},
                    new double[] {30}))
        .hasMessageContaining("firm 0: sales")
        .hasMessageContaining("stationary");
    assertThatThrownBy(
            () ->
                FirmNetwork.of(
                    new double[] {100, 60},
                    new double[] {70, 60},
                    new int[] {0},
                    new int[] {5},
                    new int[] {0},
                    new double[] {30}))
        .hasMessageContaining("link 0: firm 5");
    assertThatThrownBy(() -> new CapacityShock(0, 1.5, 0, 0)).hasMessageContaining("[0, 1]");
  }
}
