package org.chokepoint.inputoutput;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseMatrix;
import org.junit.jupiter.api.Test;

/** The block layout pymrio requires is checked when a system is made. */
class IoSystemTest {
  private static final Labels FD =
      new Labels(List.of("region", "category"), List.of(List.of("A", "fd")));

  @Test
  void regionsMustListTheSameSectorsInTheSameOrder() {
    Labels sec =
        new Labels(
            List.of("region", "sector"),
            List.of(List.of("A", "x"), List.of("A", "y"), List.of("B", "y"), List.of("B", "x")));
    assertThatThrownBy(() -> system(sec, FD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same sectors in the same order");
  }

  @Test
  void regionsMustBeContiguousAndDemandMustNameOne() {
    Labels split =
        new Labels(
            List.of("region", "sector"),
            List.of(List.of("A", "x"), List.of("B", "x"), List.of("A", "y"), List.of("B", "y")));
    assertThatThrownBy(() -> system(split, FD)).hasMessageContaining("contiguous");
    Labels ok =
        new Labels(List.of("region", "sector"), List.of(List.of("A", "x"), List.of("A", "y")));
    Labels fd = new Labels(List.of("region", "category"), List.of(List.of("C", "fd")));
    assertThatThrownBy(() -> system(ok, fd)).hasMessageContaining("names no region");
  }

  private static IoSystem system(Labels sec, Labels fd) {
    int n = sec.size();
    return new IoSystem(
        sec, fd, CsrMatrix.of(DenseMatrix.zeros(n, n)), DenseMatrix.zeros(n, fd.size()), List.of());
  }
}
