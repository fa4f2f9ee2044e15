package org.chokepoint.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtectTest {
  private static final List<String> DIMS = List.of("input", "country");

  private static List<Contribution> rows() {
    List<Contribution> r = new ArrayList<>();
    // Cells with three or more firms are safe under freq:n=3; (gallium, CN) has one firm.
    String[] inputs = {"gallium", "germanium", "silicon"};
    String[] countries = {"CN", "JP", "US"};
    int firm = 0;
    for (String in : inputs) {
      for (String co : countries) {
        int firms = in.equals("gallium") && co.equals("CN") ? 1 : 3;
        for (int f = 0; f < firms; f++) {
          r.add(Tables.c(in, co, 10 + f, "firm" + firm++));
        }
      }
    }
    return r;
  }

  @Test
  void buildsCellsAndMarginsInStableOrder() {
    ProtectedTable t = DisclosureControl.protect(DIMS, rows(), Rules.defaults(), false);
    assertThat(t.cells()).hasSize(16);
    assertThat(t.cells().get(0).coordinates()).containsExactly("gallium", "CN");
    assertThat(t.cells().get(3).coordinates()).containsExactly("gallium", Cell.TOTAL);
    assertThat(t.cells().get(15).coordinates()).containsExactly(Cell.TOTAL, Cell.TOTAL);
    // Grand total: 8 cells of 10+11+12 = 33 and one of 10: 274; 25 firms.
    assertThat(t.cells().get(15).total()).isEqualTo(8 * 33 + 10);
    assertThat(t.cells().get(15).contributors()).isEqualTo(25);
    assertThat(t.cells().get(0).status()).isEqualTo(CellStatus.PRIMARY);
    assertThat(t.suppressedCount()).isEqualTo(1);
  }

  @Test
  void secondarySuppressionProtectsAndTheReleaseHidesTotals() {
    ProtectedTable t = DisclosureControl.protect(DIMS, rows(), Rules.defaults(), true);
    // One primary cell in a 3×3 table needs a rectangle: three complementary cells.
    assertThat(t.suppressedCount()).isEqualTo(4);
    Release r = Release.of(t);
    assertThat(r.publishedCells().stream().filter(c -> c.status().suppressed()))
        .allMatch(c -> Double.isNaN(c.total()));
  }

  @Test
  void releaseFailsClosedWithoutSecondarySuppression() {
    ProtectedTable t = DisclosureControl.protect(DIMS, rows(), Rules.defaults(), false);
    assertThatThrownBy(() -> Release.of(t))
        .isInstanceOf(DisclosureException.class)
        .hasMessageContaining("[gallium, CN]")
        .satisfies(
            e ->
                assertThat(((DisclosureException) e).cells())
                    .containsExactly(List.of("gallium", "CN")));
  }
}
