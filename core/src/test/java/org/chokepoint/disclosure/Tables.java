package org.chokepoint.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds test tables: a 2-D matrix with margins as cells, suppressed cells as given. */
final class Tables {
  private Tables() {}

  /**
   * Cells of a rows × columns matrix with its margins; categories are "r1".. and "c1".. (1-based);
   * cells named "i,j" (1-based, 0 for Total) in {@code suppressed} get status primary.
   */
  static List<Cell> matrix(double[][] x, Set<String> suppressed) {
    int r = x.length;
    int c = x[0].length;
    double[][] full = new double[r + 1][c + 1];
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        full[i][j] = x[i][j];
        full[i][c] += x[i][j];
        full[r][j] += x[i][j];
        full[r][c] += x[i][j];
      }
    }
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i <= r; i++) {
      for (int j = 0; j <= c; j++) {
        String key = (i == r ? 0 : i + 1) + "," + (j == c ? 0 : j + 1);
        CellStatus s =
            suppressed.contains(key)
                ? CellStatus.PRIMARY
                : full[i][j] == 0 ? CellStatus.EMPTY : CellStatus.SAFE;
        cells.add(
            new Cell(
                List.of(i == r ? Cell.TOTAL : "r" + (i + 1), j == c ? Cell.TOTAL : "c" + (j + 1)),
                1,
                full[i][j],
                s));
      }
    }
    return cells;
  }

  static CellInterval interval(List<CellInterval> audit, String row, String col) {
    return audit.stream()
        .filter(i -> i.coordinates().equals(List.of(row, col)))
        .findFirst()
        .orElseThrow();
  }

  static Contribution c(String d1, String d2, double v, String who) {
    return new Contribution(List.of(d1, d2), v, who, null);
  }
}
