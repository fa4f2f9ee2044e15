package org.chokepoint.inputoutput.matrix;

import java.util.Arrays;

/**
 * A sparse matrix in compressed sparse rows: the entries of row i are at positions {@code
 * rowStart[i]} to {@code rowStart[i + 1] − 1} of {@code columns} and {@code values}, columns
 * strictly increasing within a row. Explicit zeros are not stored. Immutable once built.
 */
public final class CsrMatrix {
  private final int rows;
  private final int cols;
  private final int[] rowStart;
  private final int[] columns;
  private final double[] values;

  private CsrMatrix(int rows, int cols, int[] rowStart, int[] columns, double[] values) {
    this.rows = rows;
    this.cols = cols;
    this.rowStart = rowStart;
    this.columns = columns;
    this.values = values;
  }

  /** The non-zero entries of {@code m}. */
  public static CsrMatrix of(DenseMatrix m) {
    Builder b = new Builder(m.rows(), m.cols());
    double[] d = m.data();
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0; j < m.cols(); j++) {
        b.add(i, j, d[i * m.cols() + j]);
      }
    }
    return b.build();
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  /** Number of stored (non-zero) entries. */
  public int nonZeros() {
    return rowStart[rows];
  }

  /** Row offsets, length rows + 1; not a copy, do not change. */
  public int[] rowStart() {
    return rowStart;
  }

  /** Column of each stored entry; not a copy, do not change. */
  public int[] columns() {
    return columns;
  }

  /** Value of each stored entry; not a copy, do not change. */
  public double[] values() {
    return values;
  }

  /** Element (i, j), 0 when not stored (binary search in the row). */
  public double get(int i, int j) {
    int k = Arrays.binarySearch(columns, rowStart[i], rowStart[i + 1], j);
    return k >= 0 ? values[k] : 0;
  }

  /** Sum of each row. */
  public double[] rowSums() {
    double[] s = new double[rows];
    for (int i = 0; i < rows; i++) {
      double t = 0;
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        t += values[k];
      }
      s[i] = t;
    }
    return s;
  }

  /** {@code this · v}. */
  public double[] multiply(double[] v) {
    double[] out = new double[rows];
    for (int i = 0; i < rows; i++) {
      double t = 0;
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        t += values[k] * v[columns[k]];
      }
      out[i] = t;
    }
    return out;
  }

  /** {@code this · diag(f)}: column j multiplied by {@code f[j]}; entries that become 0 dropped. */
  public CsrMatrix scaleColumns(double[] f) {
    Builder b = new Builder(rows, cols);
    for (int i = 0; i < rows; i++) {
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        b.add(i, columns[k], values[k] * f[columns[k]]);
      }
    }
    return b.build();
  }

  /** {@code diag(f) · this}: row i multiplied by {@code f[i]}; entries that become 0 dropped. */
  public CsrMatrix scaleRows(double[] f) {
    Builder b = new Builder(rows, cols);
    for (int i = 0; i < rows; i++) {
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        b.add(i, columns[k], values[k] * f[i]);
      }
    }
    return b.build();
  }

  /** The transpose, by a counting sort on columns (rows stay increasing within each new row). */
  public CsrMatrix transpose() {
    int nnz = nonZeros();
    int[] start = new int[cols + 1];
    for (int k = 0; k < nnz; k++) {
      start[columns[k] + 1]++;
    }
    for (int j = 0; j < cols; j++) {
      start[j + 1] += start[j];
    }
    int[] next = Arrays.copyOf(start, cols);
    int[] c = new int[nnz];
    double[] v = new double[nnz];
    for (int i = 0; i < rows; i++) {
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        int p = next[columns[k]]++;
        c[p] = i;
        v[p] = values[k];
      }
    }
    return new CsrMatrix(cols, rows, start, c, v);
  }

  /** The diagonal (0 where not stored), of length min(rows, cols). */
  public double[] diagonal() {
    double[] d = new double[Math.min(rows, cols)];
    for (int i = 0; i < d.length; i++) {
      d[i] = get(i, i);
    }
    return d;
  }

  /** The same entries without the diagonal. */
  public CsrMatrix withoutDiagonal() {
    Builder b = new Builder(rows, cols);
    for (int i = 0; i < rows; i++) {
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        if (columns[k] != i) {
          b.add(i, columns[k], values[k]);
        }
      }
    }
    return b.build();
  }

  /** A dense copy. */
  public DenseMatrix toDense() {
    double[] d = new double[Math.multiplyExact(rows, cols)];
    for (int i = 0; i < rows; i++) {
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        d[i * cols + columns[k]] = values[k];
      }
    }
    return new DenseMatrix(rows, cols, d);
  }

  @Override
  public String toString() {
    return "CsrMatrix[" + rows + "×" + cols + ", " + nonZeros() + " non-zeros]";
  }

  /**
   * Collects entries in row-major order (row by row, columns increasing within a row), the order in
   * which a table file is read. Zeros are skipped; an entry out of order is an error.
   */
  public static final class Builder {
    private final int rows;
    private final int cols;
    private final int[] rowStart;
    private int[] columns = new int[16];
    private double[] values = new double[16];
    private int size;
    private int lastRow;
    private int lastCol = -1;

    public Builder(int rows, int cols) {
      if (rows < 0 || cols < 0) {
        throw new IllegalArgumentException("negative size");
      }
      this.rows = rows;
      this.cols = cols;
      this.rowStart = new int[rows + 1];
    }

    /** Adds element (i, j) = v; a zero is skipped but still checked for order. */
    public Builder add(int i, int j, double v) {
      if (i < lastRow || (i == lastRow && j <= lastCol) || i >= rows || j < 0 || j >= cols) {
        throw new IllegalArgumentException(
            "entry (" + i + ", " + j + ") out of order or out of range");
      }
      if (i > lastRow) {
        for (int r = lastRow + 1; r <= i; r++) {
          rowStart[r] = size;
        }
        lastRow = i;
      }
      lastCol = j;
      if (v == 0) {
        return this;
      }
      if (size == columns.length) {
        int n = Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8, columns.length * 2L));
        columns = Arrays.copyOf(columns, n);
        values = Arrays.copyOf(values, n);
      }
      columns[size] = j;
      values[size] = v;
      size++;
      return this;
    }

    public CsrMatrix build() {
      for (int r = lastRow + 1; r <= rows; r++) {
        rowStart[r] = size;
      }
      return new CsrMatrix(
          rows, cols, rowStart.clone(), Arrays.copyOf(columns, size), Arrays.copyOf(values, size));
    }
  }
}
