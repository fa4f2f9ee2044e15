package org.chokepoint.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * One contribution (one row of microdata): a value for one interior cell.
 *
 * @param coordinates one category per dimension, never {@link Cell#TOTAL}
 * @param value finite and at least zero
 * @param contributor non-empty id of the contributing unit (a firm)
 * @param group enterprise-group id, or {@code null} when the contributor is its own group
 */
public record Contribution(
    List<String> coordinates, double value, String contributor, String group) {
  public Contribution {
    coordinates = List.copyOf(Objects.requireNonNull(coordinates, "coordinates"));
    for (String c : coordinates) {
      if (c.isEmpty() || Cell.TOTAL.equals(c)) {
        throw new IllegalArgumentException(
            "a contribution's category must be non-empty and not \"" + Cell.TOTAL + "\": " + c);
      }
    }
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException("a contribution must be finite and >= 0: " + value);
    }
    if (contributor == null || contributor.isEmpty()) {
      throw new IllegalArgumentException("a contribution needs a non-empty contributor id");
    }
    if (group != null && group.isEmpty()) {
      group = null;
    }
  }

  /** The unit the rules count and sum over: the group when declared, else the contributor. */
  String unitKey() {
    return group != null ? "g\u0000" + group : "c\u0000" + contributor;
  }
}
