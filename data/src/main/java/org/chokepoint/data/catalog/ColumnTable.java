package org.chokepoint.data.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.NoSuchElementException;

/**
 * A columnar table of a dataset version, for tables too large for CSV (trade flows): the columns
 * one after the other, little-endian, {@code rows} values each. Read whole into primitive arrays.
 */
public final class ColumnTable {
  private final TableSpec spec;
  private final ByteBuffer data;

  ColumnTable(TableSpec spec, TableFiles files) {
    this.spec = spec;
    long expected = expectedBytes(spec);
    try (InputStream in = files.open(spec.file())) {
      if (expected > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException(spec.file() + ": tables over 2 GB are not supported yet");
      }
      byte[] bytes = in.readNBytes((int) expected + 1);
      if (bytes.length != expected) {
        throw new IllegalStateException(
            files.where()
                + "/"
                + spec.file()
                + ": "
                + bytes.length
                + " bytes, the manifest says "
                + expected
                + "; run `chokepoint data verify`");
      }
      this.data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long expectedBytes(TableSpec spec) {
    long bytes = 0;
    for (String t : spec.types()) {
      bytes += spec.rows() * Column.width(t);
    }
    return bytes;
  }

  public TableSpec spec() {
    return spec;
  }

  public int rows() {
    return (int) spec.rows();
  }

  public int[] ints(String column) {
    int i = index(column, Column.INT32);
    int[] out = new int[rows()];
    data.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(offset(i)).asIntBuffer().get(out);
    return out;
  }

  public double[] doubles(String column) {
    int i = index(column, Column.FLOAT64);
    double[] out = new double[rows()];
    data.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(offset(i)).asDoubleBuffer().get(out);
    return out;
  }

  private int index(String column, String type) {
    int i = spec.columns().indexOf(column);
    if (i < 0) {
      throw new NoSuchElementException("no column " + column + " in " + spec.columns());
    }
    if (!spec.types().get(i).equals(type)) {
      throw new IllegalArgumentException(column + " is " + spec.types().get(i) + ", not " + type);
    }
    return i;
  }

  private int offset(int columnIndex) {
    long off = 0;
    for (int i = 0; i < columnIndex; i++) {
      off += spec.rows() * Column.width(spec.types().get(i));
    }
    return (int) off;
  }
}
