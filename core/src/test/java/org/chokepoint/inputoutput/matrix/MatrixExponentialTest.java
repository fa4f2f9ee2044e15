package org.chokepoint.inputoutput.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The exponential of matrices whose exponential is known in closed form. */
class MatrixExponentialTest {
  @Test
  void diagonalNilpotentAndRotation() {
    DenseMatrix d = MatrixExponential.of(DenseMatrix.of(new double[][] {{-3, 0}, {0, 2}}));
    assertThat(d.get(0, 0)).isCloseTo(Math.exp(-3), within(1e-15));
    assertThat(d.get(1, 1)).isCloseTo(Math.exp(2), within(1e-13));
    // [[0, 1], [0, 0]]² = 0, so e^N = I + N
    DenseMatrix n = MatrixExponential.of(DenseMatrix.of(new double[][] {{0, 1}, {0, 0}}));
    assertThat(n.data()).containsExactly(new double[] {1, 1, 0, 1}, within(1e-15));
    // e^[[0, −θ], [θ, 0]] = [[cos θ, −sin θ], [sin θ, cos θ]]
    double t = 5;
    DenseMatrix r = MatrixExponential.of(DenseMatrix.of(new double[][] {{0, -t}, {t, 0}}));
    assertThat(r.data())
        .containsExactly(
            new double[] {Math.cos(t), -Math.sin(t), Math.sin(t), Math.cos(t)}, within(1e-13));
  }
}
