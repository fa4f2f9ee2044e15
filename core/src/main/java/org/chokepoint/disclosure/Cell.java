package org.chokepoint.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * One published cell; margins have {@link #TOTAL} in the summed dimensions.
 *
 * @param coordinates one category (or {@link #TOTAL}) per dimension
 * @param contributors distinct contributors in the cell
 * @param total the cell's total; {@link Double#NaN} where a release withholds it
 * @param status what the release does with the cell
 */
public record Cell(List<String> coordinates, int contributors, double total, CellStatus status) {
  /** The category label of a margin. */
  public static final String TOTAL = "Total";

  public Cell {
    coordinates = List.copyOf(Objects.requireNonNull(coordinates, "coordinates"));
    Objects.requireNonNull(status, "status");
  }
}
