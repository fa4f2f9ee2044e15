package org.chokepoint.data.catalog;

import java.util.Objects;

/**
 * One column of a columnar table: a name and a primitive array, of which the first {@code rows}
 * entries are stored. Types: {@code int32} and {@code float64}, little-endian on disk.
 */
public final class Column {
  public static final String INT32 = "int32";
  public static final String FLOAT64 = "float64";

  private final String name;
  private final int[] ints;
  private final double[] doubles;

  private Column(String name, int[] ints, double[] doubles) {
    this.name = Objects.requireNonNull(name, "name");
    this.ints = ints;
    this.doubles = doubles;
  }

  public static Column ints(String name, int[] values) {
    return new Column(name, Objects.requireNonNull(values), null);
  }

  public static Column doubles(String name, double[] values) {
    return new Column(name, null, Objects.requireNonNull(values));
  }

  public String name() {
    return name;
  }

  public String type() {
    return ints != null ? INT32 : FLOAT64;
  }

  /** Bytes per value on disk. */
  static int width(String type) {
    return switch (type) {
      case INT32 -> 4;
      case FLOAT64 -> 8;
      default -> throw new IllegalArgumentException("unknown column type " + type);
    };
  }

  int length() {
    return ints != null ? ints.length : doubles.length;
  }

  int[] intValues() {
    return ints;
  }

  double[] doubleValues() {
    return doubles;
  }
}
