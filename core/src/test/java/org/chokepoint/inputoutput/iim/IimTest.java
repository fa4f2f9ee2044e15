package org.chokepoint.inputoutput.iim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.chokepoint.inputoutput.matrix.DenseMatrix;
import org.junit.jupiter.api.Test;

/** The inoperability model on systems worked out by hand. */
class IimTest {
  private static final Offset<Double> CLOSE = within(1e-12);

  /** Haimes and Jiang (2001): A* = [[0, 0.8], [0.2, 0]], det(I − A*) = 1 − 0.16 = 0.84. */
  private static final DenseMatrix HJ = DenseMatrix.of(new double[][] {{0, 0.8}, {0.2, 0}});

  @Test
  void staticDemandSide() {
    // (I − A*)⁻¹ = [[1, 0.8], [0.2, 1]] / 0.84; c* = (0, 0.6): q = (0.48, 0.6) / 0.84
    StaticIim.Result r = StaticIim.solve(HJ, new double[] {0, 0.6});
    assertThat(r.inoperability()).containsExactly(new double[] {0.48 / 0.84, 0.6 / 0.84}, CLOSE);
    assertThat(r.loss(new double[] {100, 10}))
        .containsExactly(new double[] {4800 / 84.0, 600 / 84.0}, CLOSE);
  }

  @Test
  void inoperabilityIsClippedToOne() {
    // a sector fully dependent on an inoperable one: A* = [[0, 0], [2, 0]], c* = (0.9, 0)
    // q = (0.9, 1.8) before clipping
    StaticIim.Result r =
        StaticIim.solve(DenseMatrix.of(new double[][] {{0, 0}, {2, 0}}), new double[] {0.9, 0});
    assertThat(r.unclipped()).containsExactly(new double[] {0.9, 1.8}, CLOSE);
    assertThat(r.inoperability()).containsExactly(0.9, 1.0);
  }

  @Test
  void interdependencyMatricesFromFlows() {
    // Z = [[10, 20], [30, 40]], x = (100, 200)
    DenseMatrix z = DenseMatrix.of(new double[][] {{10, 20}, {30, 40}});
    double[] x = {100, 200};
    // demand side z_ij / x_i = [[0.1, 0.2], [0.15, 0.2]]
    assertThat(InterdependencyMatrix.demandSide(z, x).data())
        .containsExactly(new double[] {0.1, 0.2, 0.15, 0.2}, CLOSE);
    // A = z_ij / x_j = [[0.1, 0.1], [0.3, 0.2]]; supply side is its transpose
    assertThat(InterdependencyMatrix.supplySide(z, x).data())
        .containsExactly(new double[] {0.1, 0.3, 0.1, 0.2}, CLOSE);
  }

  @Test
  void dependencyAndInfluenceIndices() {
    InterdependencyIndices ix = InterdependencyIndices.of(HJ);
    // n − 1 = 1: δ = row sums off the diagonal, ρ = column sums off the diagonal
    assertThat(ix.dependency()).containsExactly(new double[] {0.8, 0.2}, CLOSE);
    assertThat(ix.influence()).containsExactly(new double[] {0.2, 0.8}, CLOSE);
    // on S = [[1, 0.8], [0.2, 1]] / 0.84
    assertThat(ix.overallDependency())
        .containsExactly(new double[] {0.8 / 0.84, 0.2 / 0.84}, CLOSE);
    assertThat(ix.overallInfluence()).containsExactly(new double[] {0.2 / 0.84, 0.8 / 0.84}, CLOSE);
    // (A*)² = [[0.16, 0], [0, 0.16]]: at order 2 each sector depends most on itself
    assertThat(InterdependencyIndices.power(HJ, 2).data())
        .containsExactly(new double[] {0.16, 0, 0, 0.16}, CLOSE);
    assertThat(InterdependencyIndices.strongestPerRow(HJ, 1))
        .containsExactly(
            new InterdependencyIndices.Strongest(0, 1, 0.8),
            new InterdependencyIndices.Strongest(1, 0, 0.2));
  }

  @Test
  void dynamicStepsAndTrapezoidImpact() {
    // one sector, A* = 0, k = 0.5, c* = 0.2 in steps 1..2:
    // q1 = 0.5·0.2 = 0.1; q2 = 0.1 + 0.5·(0.2 − 0.1) = 0.15; q3 = 0.15 − 0.5·0.15 = 0.075;
    // q4 = 0.0375. Trapezoid: 0 + 0.1 + 0.15 + 0.075 + 0.0375 − (0 + 0.0375)/2 = 0.34375
    IimTrajectory t =
        DynamicIim.run(
            DenseMatrix.of(new double[][] {{0}}),
            new double[] {0.5},
            new double[] {0},
            List.of(new IimShock(0, 0.2, 1, 2)),
            5);
    assertThat(t.q()[2]).containsExactly(new double[] {0.15}, CLOSE);
    assertThat(t.q()[4]).containsExactly(new double[] {0.0375}, CLOSE);
    assertThat(t.impact()).containsExactly(new double[] {0.34375}, CLOSE);
    assertThat(t.peak()).containsExactly(new double[] {0.15}, CLOSE);
    assertThat(t.peakStep()).containsExactly(2);
  }

  @Test
  void constantPerturbationTendsToTheStaticSolution() {
    IimTrajectory t =
        DynamicIim.run(
            HJ,
            ResilienceCoefficients.uniform(2, 0.5),
            new double[2],
            List.of(IimShock.always(1, 0.6)),
            400);
    assertThat(t.q()[399]).containsExactly(new double[] {0.48 / 0.84, 0.6 / 0.84}, within(1e-9));
  }

  @Test
  void continuousRecoveryAndResilienceCoefficients() {
    // one sector with A* = 0: q(t) = e^{−kt}·q(0)
    IimTrajectory t =
        IimRecovery.continuous(
            DenseMatrix.of(new double[][] {{0}}), new double[] {0.1}, new double[] {0.5}, 11);
    assertThat(t.q()[10][0]).isCloseTo(0.5 * Math.exp(-1), within(1e-14));
    // k = ln(1/λ) / (τ·(1 − a*_ii)) = ln 100 / (20·0.9)
    double[] k =
        ResilienceCoefficients.fromRecoveryTimes(
            DenseMatrix.of(new double[][] {{0.1}}), new double[] {20}, 0.01);
    assertThat(k[0]).isCloseTo(Math.log(100) / 18, CLOSE);
  }
}
