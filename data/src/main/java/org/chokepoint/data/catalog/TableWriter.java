package org.chokepoint.data.catalog;

import java.util.List;

/** Writes the rows of one table; the values are text as they will be stored. */
public interface TableWriter {
  /**
   * Adds a row; {@code values} must have one entry per column, with {@code ""} for unknown.
   *
   * @throws IllegalArgumentException when the count is wrong
   */
  void row(List<String> values);

  default void row(String... values) {
    row(java.util.Arrays.asList(values));
  }
}
