package org.chokepoint.screening.service;

import java.util.Objects;
import java.util.Set;
import org.chokepoint.screening.Schema;

/**
 * One name to screen.
 *
 * @param schema what kind of party it is ({@link Schema#UNKNOWN} compares with every kind)
 * @param lists the dataset names to screen against; empty for all loaded lists
 * @param limit the most hits to return
 */
public record ScreeningQuery(String name, Schema schema, Set<String> lists, int limit) {
  public ScreeningQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(schema, "schema");
    lists = Set.copyOf(lists);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
  }

  public static ScreeningQuery of(String name) {
    return new ScreeningQuery(name, Schema.UNKNOWN, Set.of(), 5);
  }
}
