package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint criticality --inputs}: SR recomputed from intermediate values, checked by hand:
 * Xium [2 x .6/2 + 1 x (1 - .6/2)] x (1 - .1) x .9 = 1.053; Yium (global only) 2 x .9 x .9 = 1.62;
 * Zium (sourcing only) 1 x .9 x .9 = .81.
 */
class CriticalityCommandTest {
  @TempDir Path home;

  static String fixture(String name) throws URISyntaxException {
    return Path.of(CriticalityCommandTest.class.getResource("/fixtures/" + name).toURI())
        .toString();
  }

  @Test
  void recomputesSupplyRiskFromIntermediateValues() throws URISyntaxException {
    CliRun r =
        CliRun.run(home, "criticality", "--inputs", fixture("sr-inputs.csv"), "--format", "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.outLines())
        .containsExactly(
            "material,stage,sr",
            "Xium,extraction,1.053",
            "Yium,processing,1.62",
            "Zium,processing,0.81");
  }

  @Test
  void badInputsAreNamed() throws URISyntaxException {
    CliRun pct = CliRun.run(home, "criticality", "--inputs", fixture("sr-percent.csv"));
    assertThat(pct.exitCode()).isEqualTo(1);
    assertThat(pct.err()).contains("sr-percent.csv:2:6: \"60%\": give fractions, not percent");
    CliRun supply = CliRun.run(home, "criticality", "--inputs", fixture("sr-bad-supply.csv"));
    assertThat(supply.exitCode()).isEqualTo(1);
    assertThat(supply.err())
        .contains("sr-bad-supply.csv:2:3: supply_used \"all\" must be both, global or sourcing");
  }
}
