package org.chokepoint.inputoutput.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Compressed sparse rows: building in file order, transposing, scaling. */
class CsrMatrixTest {
  // [[1, 0, 2],
  //  [0, 0, 0],
  //  [3, 4, 0]]
  private static CsrMatrix sample() {
    return new CsrMatrix.Builder(3, 3)
        .add(0, 0, 1)
        .add(0, 1, 0)
        .add(0, 2, 2)
        .add(2, 0, 3)
        .add(2, 1, 4)
        .build();
  }

  @Test
  void storesOnlyNonZerosAndKeepsEmptyRows() {
    CsrMatrix m = sample();
    assertThat(m.nonZeros()).isEqualTo(4);
    assertThat(m.rowStart()).containsExactly(0, 2, 2, 4);
    assertThat(m.get(2, 1)).isEqualTo(4);
    assertThat(m.get(1, 1)).isZero();
    assertThat(m.rowSums()).containsExactly(3, 0, 7);
    assertThat(m.multiply(new double[] {1, 1, 1})).containsExactly(3, 0, 7);
  }

  @Test
  void transposeAndDiagonal() {
    CsrMatrix t = sample().transpose();
    assertThat(t.toDense().data()).containsExactly(1, 0, 3, 0, 0, 4, 2, 0, 0);
    assertThat(sample().diagonal()).containsExactly(1, 0, 0);
    assertThat(sample().withoutDiagonal().nonZeros()).isEqualTo(3);
  }

  @Test
  void scaling() {
    assertThat(sample().scaleColumns(new double[] {2, 0, 1}).toDense().data())
        .containsExactly(2, 0, 2, 0, 0, 0, 6, 0, 0);
    assertThat(sample().scaleRows(new double[] {1, 5, 0}).nonZeros()).isEqualTo(2);
  }

  @Test
  void entriesOutOfOrderAreRejected() {
    CsrMatrix.Builder b = new CsrMatrix.Builder(2, 2).add(1, 0, 1);
    assertThatThrownBy(() -> b.add(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CsrMatrix.Builder(2, 2).add(0, 2, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
