package org.chokepoint.inputoutput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseMatrix;
import org.junit.jupiter.api.Test;

/**
 * The input–output core on systems small enough to work out by hand; every expected value is
 * derived in the comments.
 */
class IoAnalysisTest {
  private static final Offset<Double> CLOSE = within(1e-12);
  private static final double K = 0.66; // det(I − A) of the two-region system

  /**
   * Two regions of one sector each. Z = [[10, 20], [30, 20]], Y = [[50, 20], [10, 40]] (columns:
   * R1's and R2's final demand), so x = (100, 100), A = Z/100 = [[0.1, 0.2], [0.3, 0.2]], det(I −
   * A) = 0.9·0.8 − 0.2·0.3 = 0.66 and L = [[0.8, 0.2], [0.3, 0.9]] / 0.66. One stressor: F = (5,
   * 10), S = (0.05, 0.1); F_Y = (2, 3).
   */
  static IoSystem twoRegions() {
    Labels sectors =
        new Labels(List.of("region", "sector"), List.of(List.of("R1", "s"), List.of("R2", "s")));
    Labels fd =
        new Labels(
            List.of("region", "category"), List.of(List.of("R1", "fd"), List.of("R2", "fd")));
    Labels stressor =
        new Labels(List.of("stressor", "compartment"), List.of(List.of("co2", "air")));
    Extension e =
        new Extension(
            "emissions",
            stressor,
            DenseMatrix.of(new double[][] {{5, 10}}),
            DenseMatrix.of(new double[][] {{2, 3}}));
    return new IoSystem(
        sectors,
        fd,
        CsrMatrix.of(DenseMatrix.of(new double[][] {{10, 20}, {30, 20}})),
        DenseMatrix.of(new double[][] {{50, 20}, {10, 40}}),
        List.of(e));
  }

  @Test
  void outputCoefficientsAndLeontief() {
    IoResult r = IoAnalysis.analyze(twoRegions());
    assertThat(r.system().x()).containsExactly(100, 100);
    assertThat(r.system().a().toDense().data()).containsExactly(0.1, 0.2, 0.3, 0.2);
    assertThat(r.l().data())
        .containsExactly(new double[] {0.8 / K, 0.2 / K, 0.3 / K, 0.9 / K}, CLOSE);
    assertThat(r.dense()).isTrue();
  }

  @Test
  void footprintAccountsByHand() {
    ExtensionResult e = IoAnalysis.analyze(twoRegions()).extensions().get(0);
    // M = S·L = (0.05·0.8 + 0.1·0.3, 0.05·0.2 + 0.1·0.9) / K = (0.07, 0.1) / K
    assertThat(e.m().data()).containsExactly(new double[] {0.07 / K, 0.1 / K}, CLOSE);
    // D_cba(R1) = M1·50 + M2·10 = 4.5/K; D_cba(R2) = M1·20 + M2·40 = 5.4/K; total 15 = ΣF
    assertThat(e.dCba().data()).containsExactly(new double[] {4.5 / K, 5.4 / K}, CLOSE);
    // D_pba = S·diag(L·Y·1) = F
    assertThat(e.dPba().data()).containsExactly(new double[] {5, 10}, CLOSE);
    // domestic part of R1: (S_R1·L)·y_R1 = (0.04, 0.01)/K·(50, 10) = 2.1/K, so D_imp(R1) = 2.4/K;
    // R2: (0.03, 0.09)/K·(20, 40) = 4.2/K, D_imp(R2) = 1.2/K
    assertThat(e.dImp().data()).containsExactly(new double[] {2.4 / K, 1.2 / K}, CLOSE);
    // X_R1 = L·(50, 10) = (42, 24)/K, X_R2 = L·(20, 40) = (24, 42)/K: x_exp = (24/K, 24/K)
    // D_exp = S·x_exp = (1.2/K, 2.4/K)
    assertThat(e.dExp().data()).containsExactly(new double[] {1.2 / K, 2.4 / K}, CLOSE);
    // the accounts balance: 15 = 15 + 3.6/K − 3.6/K
    double cba = sum(e.dCba());
    assertThat(cba).isCloseTo(sum(e.dPba()) + sum(e.dImp()) - sum(e.dExp()), CLOSE);
    // per region, with F_Y = (2, 3) added to the consumption and production accounts
    assertThat(e.dCbaReg().data()).containsExactly(new double[] {4.5 / K + 2, 5.4 / K + 3}, CLOSE);
    assertThat(e.dPbaReg().data()).containsExactly(new double[] {7, 13}, CLOSE);
    assertThat(e.dImpReg().data()).containsExactly(new double[] {2.4 / K, 1.2 / K}, CLOSE);
    assertThat(e.dExpReg().data()).containsExactly(new double[] {1.2 / K, 2.4 / K}, CLOSE);
    // S_Y = F_Y / Y column sums = (2/60, 3/60)
    assertThat(e.sY().data()).containsExactly(new double[] {2.0 / 60, 3.0 / 60}, CLOSE);
    assertThat(e.stressors().tuple(0)).containsExactly("co2", "air");
  }

  @Test
  void iterativePathGivesTheSameNumbersWithoutLeontief() {
    IoResult dense = IoAnalysis.analyze(twoRegions());
    IoResult it =
        new IoAnalysis(IoOptions.defaults().withSolver(IoOptions.Solver.ITERATIVE))
            .run(twoRegions(), IoProgress.NONE);
    assertThat(it.dense()).isFalse();
    assertThat(it.leontief()).isEmpty();
    ExtensionResult a = dense.extensions().get(0);
    ExtensionResult b = it.extensions().get(0);
    assertThat(b.m().maxAbsDifference(a.m())).isLessThan(1e-11);
    assertThat(b.mDown().maxAbsDifference(a.mDown())).isLessThan(1e-11);
    assertThat(b.dImp().maxAbsDifference(a.dImp())).isLessThan(1e-10);
    assertThat(b.dExp().maxAbsDifference(a.dExp())).isLessThan(1e-10);
    assertThat(it.leontiefStats().maxRelativeResidual()).isLessThan(1e-11);
  }

  /**
   * Miller and Blair (2009), table 2.3, as a one-region system with labour coefficients (0.3, 0.25)
   * as the extension: Z = [[150, 500], [200, 100]], f = (350, 1700), x = (1000, 2000). B =
   * diag(x)⁻¹ Z = [[0.15, 0.5], [0.1, 0.05]], det(I − B) = 0.7575, G = [[0.95, 0.5], [0.1, 0.85]] /
   * 0.7575.
   */
  @Test
  void ghoshAndDownstreamMultipliers() {
    Labels sec =
        new Labels(List.of("region", "sector"), List.of(List.of("r", "s1"), List.of("r", "s2")));
    Labels fd = new Labels(List.of("region", "category"), List.of(List.of("r", "fd")));
    IoSystem s =
        new IoSystem(
            sec,
            fd,
            CsrMatrix.of(DenseMatrix.of(new double[][] {{150, 500}, {200, 100}})),
            DenseMatrix.of(new double[][] {{350}, {1700}}),
            List.of(
                new Extension(
                    "labour",
                    Labels.of("", List.of("labour")),
                    DenseMatrix.of(new double[][] {{300, 500}}),
                    null)));
    IoResult r = IoAnalysis.analyze(s);
    double d = 0.7575;
    assertThat(r.b().toDense().data()).containsExactly(new double[] {0.15, 0.5, 0.1, 0.05}, CLOSE);
    assertThat(r.g().data())
        .containsExactly(new double[] {0.95 / d, 0.5 / d, 0.1 / d, 0.85 / d}, CLOSE);
    ExtensionResult e = r.extensions().get(0);
    // M = (0.3, 0.25)·L = (0.335, 0.2875) / 0.7575
    assertThat(e.m().data()).containsExactly(new double[] {0.335 / d, 0.2875 / d}, CLOSE);
    // S·Gᵀ = (0.3·0.95 + 0.25·0.5, 0.3·0.1 + 0.25·0.85) / d = (0.41, 0.2425) / d; minus S
    assertThat(e.mDown().data())
        .containsExactly(new double[] {0.41 / d - 0.3, 0.2425 / d - 0.25}, CLOSE);
    // one region: nothing is imported or exported
    assertThat(e.dImp().data()).containsOnly(0.0);
    assertThat(e.dExp().data()).containsOnly(0.0);
    assertThat(sum(e.dCba())).isCloseTo(800, within(1e-9));
  }

  private static double sum(DenseMatrix m) {
    double s = 0;
    for (double v : m.data()) {
      s += v;
    }
    return s;
  }
}
