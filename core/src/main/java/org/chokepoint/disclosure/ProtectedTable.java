package org.chokepoint.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table with its margins after disclosure control: every cell with its contributors, total and
 * status. Holds the totals of suppressed cells too (it is the data owner's table); a {@link
 * Release} withholds them. The protection levels stay inside and are never published.
 */
public final class ProtectedTable {
  final TableGrid grid;
  final double[] total;
  final int[] contributors;
  final CellStatus[] status;
  final double[] upper; // upper protection level of primary cells, 0 elsewhere
  final double[] lower; // lower protection level of primary cells, 0 elsewhere
  final int[] soleUnit; // the unit of a cell with exactly one unit, -1 elsewhere
  private List<Cell> cells;

  ProtectedTable(
      TableGrid grid,
      double[] total,
      int[] contributors,
      CellStatus[] status,
      double[] upper,
      double[] lower,
      int[] soleUnit) {
    this.grid = grid;
    this.total = total;
    this.contributors = contributors;
    this.status = status;
    this.upper = upper;
    this.lower = lower;
    this.soleUnit = soleUnit;
  }

  /** The dimensions in order. */
  public List<String> dims() {
    return grid.dims;
  }

  /**
   * Every cell including margins, in a stable order: dimensions in order (the first varies
   * slowest), categories sorted, {@code Total} last.
   */
  public List<Cell> cells() {
    if (cells == null) {
      List<Cell> out = new ArrayList<>(grid.cellCount);
      for (int c = 0; c < grid.cellCount; c++) {
        out.add(new Cell(grid.labels(c), contributors[c], total[c], status[c]));
      }
      cells = Collections.unmodifiableList(out);
    }
    return cells;
  }

  /** Cells with status primary or secondary. */
  public int suppressedCount() {
    int n = 0;
    for (CellStatus s : status) {
      if (s.suppressed()) {
        n++;
      }
    }
    return n;
  }

  /** Cells with the given status. */
  public int count(CellStatus s) {
    int n = 0;
    for (CellStatus t : status) {
      if (t == s) {
        n++;
      }
    }
    return n;
  }

  /**
   * The protection interval a primary cell needs, {@code [total − lower, total + upper]}, as {@code
   * {lower, upper}} levels; {@code {0, 0}} for other cells. For the data owner only.
   */
  public double[] protectionLevels(List<String> coordinates) {
    int c = grid.indexOf(coordinates);
    if (c < 0) {
      throw new IllegalArgumentException("no such cell: " + coordinates);
    }
    return new double[] {lower[c], upper[c]};
  }
}
