package org.chokepoint.inputoutput.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Gauss–Seidel against hand-computed and dense inverses. Miller and Blair (2009), table 2.3: A =
 * [[0.15, 0.25], [0.2, 0.05]], det(I − A) = 0.85·0.95 − 0.25·0.2 = 0.7575, L = [[0.95, 0.25], [0.2,
 * 0.85]] / 0.7575.
 */
class GaussSeidelInverseTest {
  private static final CsrMatrix A =
      CsrMatrix.of(DenseMatrix.of(new double[][] {{0.15, 0.25}, {0.2, 0.05}}));

  @Test
  void appliesLeontiefFromBothSides() {
    GaussSeidelInverse gs = GaussSeidelInverse.of(A, 1e-14, 1000, 1);
    // L·(350, 1700) = (0.95·350 + 0.25·1700, 0.2·350 + 0.85·1700) / 0.7575 = (1000, 2000)
    double[] x = gs.apply(new double[][] {{350, 1700}})[0];
    assertThat(x).containsExactly(new double[] {1000, 2000}, within(1e-9));
    // (0.3, 0.25)·L = (0.3·0.95 + 0.25·0.2, 0.3·0.25 + 0.25·0.85) / 0.7575
    double[] m = gs.applyLeft(new double[][] {{0.3, 0.25}})[0];
    assertThat(m).containsExactly(new double[] {0.335 / 0.7575, 0.2875 / 0.7575}, within(1e-12));
    SolveStats st = gs.stats();
    assertThat(st.rightHandSides()).isEqualTo(2);
    assertThat(st.maxRelativeResidual()).isLessThan(1e-12);
    assertThat(st.maxSweeps()).isBetween(2, 100);
  }

  @Test
  void agreesWithTheDenseInverseOnARandomSparseSystemWhateverTheThreads() {
    int n = 60;
    Random rnd = new Random(7);
    CsrMatrix.Builder b = new CsrMatrix.Builder(n, n);
    double[] colSum = new double[n];
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (rnd.nextInt(6) == 0) {
          d[i][j] = rnd.nextDouble();
          colSum[j] += d[i][j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        b.add(i, j, colSum[j] == 0 ? 0 : 0.7 * d[i][j] / colSum[j]); // column sums 0.7: ρ < 1
      }
    }
    CsrMatrix c = b.build();
    double[][] rhs = new double[19][n]; // 19 vectors: two full blocks of 8 and a partial one
    for (double[] v : rhs) {
      for (int i = 0; i < n; i++) {
        v[i] = rnd.nextDouble();
      }
    }
    DenseInverse dense = DenseInverse.of(c, 1);
    double[][] expected = dense.apply(rhs);
    double[][] expectedLeft = dense.applyLeft(rhs);
    double[][] one = GaussSeidelInverse.of(c, 1e-13, 10_000, 1).apply(rhs);
    double[][] two = GaussSeidelInverse.of(c, 1e-13, 10_000, 2).apply(rhs);
    double[][] left = GaussSeidelInverse.of(c, 1e-13, 10_000, 3).applyLeft(rhs);
    for (int r = 0; r < rhs.length; r++) {
      assertThat(one[r]).containsExactly(expected[r], within(1e-10));
      assertThat(two[r]).containsExactly(one[r]); // bit for bit
      assertThat(left[r]).containsExactly(expectedLeft[r], within(1e-10));
    }
  }

  @Test
  void divergenceIsReported() {
    // A = [[0.5, 1], [1, 0.5]] has spectral radius 1.5
    CsrMatrix bad = CsrMatrix.of(DenseMatrix.of(new double[][] {{0.5, 1}, {1, 0.5}}));
    GaussSeidelInverse gs = GaussSeidelInverse.of(bad, 1e-12, 100_000, 1);
    assertThatThrownBy(() -> gs.apply(new double[][] {{1, 1}}))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("dense solver");
  }
}
