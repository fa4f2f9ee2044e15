package org.chokepoint.inputoutput.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** LU with partial pivoting on small matrices whose solutions are worked out by hand. */
class DenseLuTest {
  // M = [[0, 2, 1], [1, 1, 0], [2, 0, 1]]: the zero in the corner needs a row swap.
  // M·(1, 2, 3) = (7, 3, 5);  Mᵀ·(1, 1, 1) = (3, 3, 2).
  private static final DenseMatrix M =
      DenseMatrix.of(new double[][] {{0, 2, 1}, {1, 1, 0}, {2, 0, 1}});

  @Test
  void solvesWithPivoting() {
    double[] x = DenseLu.of(M).solve(new double[] {7, 3, 5});
    assertThat(x).containsExactly(new double[] {1, 2, 3}, within(1e-12));
  }

  @Test
  void solvesTheTransposedSystem() {
    double[] z = DenseLu.of(M).solveTransposed(new double[] {3, 3, 2});
    assertThat(z).containsExactly(new double[] {1, 1, 1}, within(1e-12));
  }

  @Test
  void inverseTimesMatrixIsTheIdentity() {
    for (int threads : new int[] {1, 2, 3}) {
      DenseMatrix inv = DenseLu.of(M).inverse(threads);
      assertThat(inv.multiply(M).maxAbsDifference(DenseMatrix.identity(3))).isLessThan(1e-12);
    }
    // det M = 0·(1) − 2·(1) + 1·(−2) = −4; (M⁻¹)[0][0] = cofactor(0,0)/det = (1·1 − 0·0)/−4
    assertThat(DenseLu.of(M).inverse(1).get(0, 0)).isCloseTo(-0.25, within(1e-15));
  }

  @Test
  void singularMatrixIsAnError() {
    DenseMatrix s = DenseMatrix.of(new double[][] {{1, 2}, {2, 4}});
    assertThatThrownBy(() -> DenseLu.of(s)).isInstanceOf(ArithmeticException.class);
  }
}
