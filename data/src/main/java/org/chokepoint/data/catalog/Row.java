package org.chokepoint.data.catalog;

import java.util.Map;
import java.util.OptionalDouble;

/** One stored row, read by column name. Values are text as stored; {@code ""} is unknown. */
public final class Row {
  private final Map<String, Integer> index;
  private final java.util.List<String> values;
  private final long line;

  Row(Map<String, Integer> index, java.util.List<String> values, long line) {
    this.index = index;
    this.values = values;
    this.line = line;
  }

  /** The value of a column; {@code ""} when unknown. */
  public String get(String column) {
    Integer i = index.get(column);
    if (i == null) {
      throw new IllegalArgumentException("no column " + column + " in " + index.keySet());
    }
    return i < values.size() ? values.get(i) : "";
  }

  /** The value as a number; empty when unknown. */
  public OptionalDouble number(String column) {
    String v = get(column);
    return v.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(v));
  }

  public int integer(String column) {
    return Integer.parseInt(get(column));
  }

  public boolean bool(String column) {
    return Boolean.parseBoolean(get(column));
  }

  /** The line of the stored file this row is on, for messages. */
  public long line() {
    return line;
  }
}
