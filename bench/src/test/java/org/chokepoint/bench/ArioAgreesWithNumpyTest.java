package org.chokepoint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.chokepoint.inputoutput.IoProgress;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.dynamic.Ario;
import org.chokepoint.inputoutput.dynamic.ArioParameters;
import org.chokepoint.inputoutput.dynamic.ArioResult;
import org.chokepoint.inputoutput.dynamic.ArioShock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's SYNTHETIC table at a small size (6 regions × 8 sectors, 120 days): the shock
 * moves output, and — where python3 with numpy is installed — the numpy run of the same equations
 * gives the same daily production to 1e-9 of the baseline.
 */
class ArioAgreesWithNumpyTest {
  @TempDir Path tmp;

  @Test
  void numpyAgrees() {
    IoSystem s = InputOutputSynthetic.generate(6, 8, 4, 3, 1, 5);
    ArioParameters p = ArioParameters.DEFAULTS;
    List<ArioShock> shocks = ArioBenchmark.shocks(8);
    ArioResult r = Ario.run(s, new int[0], p, shocks, 120, IoProgress.NONE);
    assertThat(r.loss(0)).isPositive();
    assumeTrue(
        InputOutputScipy.available(),
        "skipped: python3 with numpy and scipy is not installed (the benchmark's comparison needs it)");
    ArioNumpy.write(Ario.daily(s, new int[0], p), p, shocks, 120, tmp);
    ArioNumpy.run(tmp, tmp.resolve("out"), 1);
    assertThat(ArioBenchmark.largestDifference(r, ArioNumpy.production(tmp.resolve("out"), 120)))
        .isLessThan(1e-9);
  }
}
