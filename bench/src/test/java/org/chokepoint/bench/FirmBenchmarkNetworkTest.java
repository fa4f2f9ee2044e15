package org.chokepoint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.chokepoint.inputoutput.IoProgress;
import org.chokepoint.inputoutput.dynamic.CapacityShock;
import org.chokepoint.inputoutput.dynamic.FirmNetwork;
import org.chokepoint.inputoutput.dynamic.FirmParameters;
import org.chokepoint.inputoutput.dynamic.FirmSimulation;
import org.chokepoint.inputoutput.dynamic.FirmTrajectory;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's SYNTHETIC network at a small size: stationary before the shock (every firm's
 * sales equal its output, which {@link FirmNetwork#of} checks), and the shock of every tenth firm
 * losing half its capacity costs output on day 0 of at most those firms' half capacity.
 */
class FirmBenchmarkNetworkTest {
  @Test
  void syntheticNetworkIsStationaryAndTheShockBites() {
    FirmNetwork net = FirmBenchmark.generate(2_000, 10_000, 20, 3);
    assertThat(net.links()).isEqualTo(10_000);
    FirmTrajectory calm =
        FirmSimulation.run(net, FirmParameters.INOUE_TODO, List.of(), 5, IoProgress.NONE);
    assertThat(calm.production()[5]).isCloseTo(calm.production()[0], within(1e-6));
    List<CapacityShock> shocks = FirmBenchmark.shocks(2_000);
    FirmTrajectory t =
        FirmSimulation.run(net, FirmParameters.INOUE_TODO, shocks, 5, IoProgress.NONE);
    double halfOfHit = 0;
    for (CapacityShock s : shocks) {
      halfOfHit += 0.5 * net.output(s.firm());
    }
    double lost = t.production()[0] - t.production()[1];
    assertThat(lost).isPositive().isLessThanOrEqualTo(halfOfHit + 1e-9);
  }
}
