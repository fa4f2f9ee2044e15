package org.chokepoint.disclosure;

import java.util.List;

/**
 * The interval an attacker derives for a suppressed cell from the published cells and margins, with
 * non-negative cell values.
 *
 * @param coordinates the cell
 * @param lower the least value consistent with the release
 * @param upper the greatest value ({@link Double#POSITIVE_INFINITY} when unbounded)
 * @param exact whether lower equals upper within the audit's tolerance: the cell is recomputable
 */
public record CellInterval(List<String> coordinates, double lower, double upper, boolean exact) {
  public CellInterval {
    coordinates = List.copyOf(coordinates);
  }
}
