package org.chokepoint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.chokepoint.inputoutput.ExtensionResult;
import org.chokepoint.inputoutput.IoAnalysis;
import org.chokepoint.inputoutput.IoOptions;
import org.chokepoint.inputoutput.IoProgress;
import org.chokepoint.inputoutput.IoResult;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's SYNTHETIC system at a small size (6 regions × 25 products): productive by
 * construction, the iterative and dense paths agree, and — where python3 with numpy and scipy is
 * installed — so do scipy's SuperLU and Jacobi runs and pymrio's dense route.
 */
class InputOutputAgreesWithScipyTest {
  @TempDir Path tmp;

  private static IoSystem small() {
    return InputOutputSynthetic.generate(6, 25, 8, 4, 2, 3);
  }

  @Test
  void syntheticSystemIsProductiveAndBothPathsAgree() {
    IoSystem s = small();
    double[] col = new double[s.size()];
    CsrMatrix a = s.a();
    for (int k = 0; k < a.nonZeros(); k++) {
      col[a.columns()[k]] += a.values()[k];
    }
    for (double c : col) {
      assertThat(c).isBetween(0.3 - 1e-9, 0.7 + 1e-9);
    }
    assertThat(s.z().nonZeros()).isEqualTo(150 * 12);
    IoResult dense = new IoAnalysis(IoOptions.defaults()).run(s, IoProgress.NONE);
    IoResult it =
        new IoAnalysis(IoOptions.defaults().withSolver(IoOptions.Solver.ITERATIVE))
            .run(s, IoProgress.NONE);
    ExtensionResult d = dense.extensions().get(0);
    ExtensionResult i = it.extensions().get(0);
    assertThat(InputOutputBenchmark.relative(i.m(), d.m())).isLessThan(1e-10);
    assertThat(InputOutputBenchmark.relative(i.mDown(), d.mDown())).isLessThan(1e-10);
    assertThat(InputOutputBenchmark.relative(i.dImp(), d.dImp())).isLessThan(1e-10);
    assertThat(InputOutputBenchmark.relative(i.dExp(), d.dExp())).isLessThan(1e-10);
  }

  @Test
  void scipyAgrees() {
    assumeTrue(
        InputOutputScipy.available(),
        "skipped: python3 with numpy and scipy is not installed (the benchmark's comparison needs it)");
    IoSystem s = small();
    ExtensionResult j =
        new IoAnalysis(IoOptions.defaults()).run(s, IoProgress.NONE).extensions().get(0);
    InputOutputScipy.write(s, tmp);
    for (String m : new String[] {"splu", "jacobi", "dense"}) {
      Path out = tmp.resolve(m);
      InputOutputScipy.run(tmp, out, m, 1e-12, 1);
      int ne = j.m().rows();
      int n = s.size();
      assertThat(InputOutputBenchmark.relative(j.m(), InputOutputScipy.read(out, "M", ne, n)))
          .as(m + " M")
          .isLessThan(1e-9);
      assertThat(
              InputOutputBenchmark.relative(j.dCba(), InputOutputScipy.read(out, "D_cba", ne, n)))
          .as(m + " D_cba")
          .isLessThan(1e-9);
      assertThat(
              InputOutputBenchmark.relative(j.dImp(), InputOutputScipy.read(out, "D_imp", ne, n)))
          .as(m + " D_imp")
          .isLessThan(1e-9);
      assertThat(
              InputOutputBenchmark.relative(j.dExp(), InputOutputScipy.read(out, "D_exp", ne, n)))
          .as(m + " D_exp")
          .isLessThan(1e-9);
      if (!m.equals("dense")) {
        assertThat(
                InputOutputBenchmark.relative(
                    j.mDown(), InputOutputScipy.read(out, "M_down", ne, n)))
            .as(m + " M_down")
            .isLessThan(1e-9);
      }
    }
  }
}
