package org.chokepoint.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntervalAuditTest {
  private static final double[][] X = {
    {10, 20, 30, 40}, {15, 25, 35, 45}, {12, 22, 32, 42}, {18, 28, 38, 48}
  };

  /**
   * Every row and column has at least two suppressions, yet (r2,c3) is a bridge of the bipartite
   * suppression graph (two 4-cycles, rows 1-2 × cols 1-2 and rows 3-4 × cols 3-4, joined only by
   * (2,3)). Hand computation: rows 1+2 total 100 + 120 = 220; their published cells (1,3)=30,
   * (1,4)=40, (2,4)=45 sum to 115, so the suppressed cells of rows 1-2 sum to 105. Columns 1+2
   * total 55 + 95 = 150; their published cells in rows 3-4 are 12+18+22+28 = 80, so the block rows
   * 1-2 × cols 1-2 sums to 70. Hence (2,3) = 105 − 70 = 35 exactly.
   */
  private static final Set<String> BRIDGE =
      Set.of("1,1", "1,2", "2,1", "2,2", "3,3", "3,4", "4,3", "4,4", "2,3");

  @Test
  void twoSuppressionsPerLineYetABridgeCellIsRecomputable() {
    List<CellInterval> audit = IntervalAudit.audit(List.of("row", "col"), Tables.matrix(X, BRIDGE));
    CellInterval bridge = Tables.interval(audit, "r2", "c3");
    assertThat(bridge.exact()).isTrue();
    assertThat(bridge.lower()).isCloseTo(35, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(bridge.upper()).isCloseTo(35, org.assertj.core.data.Offset.offset(1e-9));
    // (1,1) lies on a 4-cycle: it can move by the smallest cell of the opposite diagonal, so its
    // interval is [10 − min(10, 25), 10 + min(20, 15)] = [0, 25].
    CellInterval a = Tables.interval(audit, "r1", "c1");
    assertThat(a.exact()).isFalse();
    assertThat(a.lower()).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(a.upper()).isCloseTo(25, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void lpAuditAgreesOnAThreeDimensionalEmbedding() {
    // The same matrix as a 3-D table with a third dimension of one category: the LP audit must
    // find the same exact bridge cell (its margins over the third dimension equal the cells).
    List<Cell> two = Tables.matrix(X, BRIDGE);
    List<Cell> three = new java.util.ArrayList<>();
    for (Cell c : two) {
      for (String z : List.of("z", Cell.TOTAL)) {
        List<String> co = List.of(c.coordinates().get(0), c.coordinates().get(1), z);
        three.add(new Cell(co, c.contributors(), c.total(), c.status()));
      }
    }
    List<CellInterval> audit = IntervalAudit.audit(List.of("row", "col", "z"), three);
    CellInterval bridge =
        audit.stream()
            .filter(i -> i.coordinates().equals(List.of("r2", "c3", "z")))
            .findFirst()
            .orElseThrow();
    assertThat(bridge.exact()).isTrue();
    assertThat(bridge.lower()).isCloseTo(35, org.assertj.core.data.Offset.offset(1e-6));
    CellInterval a =
        audit.stream()
            .filter(i -> i.coordinates().equals(List.of("r1", "c1", "z")))
            .findFirst()
            .orElseThrow();
    assertThat(a.lower()).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(a.upper()).isCloseTo(25, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void oneDimensionalSuppressionsSpanZeroToTheTotal() {
    // Total 10 published, "a" empty (known 0), b = 6 and c = 4 suppressed: b + c = 10 with
    // b, c >= 0, so each lies in [0, 10].
    List<Cell> cells =
        List.of(
            new Cell(List.of("a"), 0, 0, CellStatus.EMPTY),
            new Cell(List.of("b"), 1, 6, CellStatus.PRIMARY),
            new Cell(List.of("c"), 1, 4, CellStatus.SECONDARY),
            new Cell(List.of(Cell.TOTAL), 2, 10, CellStatus.SAFE));
    List<CellInterval> audit = IntervalAudit.audit(List.of("d"), cells);
    assertThat(audit).hasSize(2);
    assertThat(audit.get(0).lower()).isZero();
    assertThat(audit.get(0).upper()).isEqualTo(10);
    assertThat(audit.get(0).exact()).isFalse();
  }

  @Test
  void missingAndDuplicateCellsAreRefused() {
    List<Cell> cells = new java.util.ArrayList<>(Tables.matrix(X, Set.of("1,1")));
    cells.remove(cells.size() - 1);
    assertThatThrownBy(() -> IntervalAudit.audit(List.of("row", "col"), cells))
        .hasMessageContaining("missing cell [Total, Total]");
    cells.add(cells.get(0));
    assertThatThrownBy(() -> IntervalAudit.audit(List.of("row", "col"), cells))
        .hasMessageContaining("duplicate cell [r1, c1]");
  }
}
