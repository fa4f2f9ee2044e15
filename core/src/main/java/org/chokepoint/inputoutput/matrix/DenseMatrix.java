package org.chokepoint.inputoutput.matrix;

import java.util.Arrays;

/**
 * A dense matrix of doubles, row-major in one array: element (i, j) is {@code data[i * cols + j]}.
 * The array is owned by the matrix; callers that keep a reference must not change it after handing
 * it over, and {@link #data()} is exposed only for kernels that read it in hot loops.
 */
public final class DenseMatrix {
  private final int rows;
  private final int cols;
  private final double[] data;

  /** Wraps {@code data} (row-major, length rows × cols) without copying. */
  public DenseMatrix(int rows, int cols, double[] data) {
    if (rows < 0 || cols < 0 || (long) rows * cols != data.length) {
      throw new IllegalArgumentException(
          "a " + rows + " × " + cols + " matrix needs " + ((long) rows * cols) + " values");
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data;
  }

  /** A matrix of zeros. */
  public static DenseMatrix zeros(int rows, int cols) {
    return new DenseMatrix(rows, cols, new double[Math.multiplyExact(rows, cols)]);
  }

  /** The identity of size n. */
  public static DenseMatrix identity(int n) {
    DenseMatrix m = zeros(n, n);
    for (int i = 0; i < n; i++) {
      m.data[i * n + i] = 1;
    }
    return m;
  }

  /** A copy of the rows given as arrays of equal length. */
  public static DenseMatrix of(double[][] rows) {
    int cols = rows.length == 0 ? 0 : rows[0].length;
    double[] d = new double[rows.length * cols];
    for (int i = 0; i < rows.length; i++) {
      if (rows[i].length != cols) {
        throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values");
      }
      System.arraycopy(rows[i], 0, d, i * cols, cols);
    }
    return new DenseMatrix(rows.length, cols, d);
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public double get(int i, int j) {
    return data[i * cols + j];
  }

  /** The backing row-major array, for kernels; not a copy. */
  public double[] data() {
    return data;
  }

  /** Row {@code i} as a new array. */
  public double[] row(int i) {
    return Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
  }

  /** Column {@code j} as a new array. */
  public double[] column(int j) {
    double[] c = new double[rows];
    for (int i = 0; i < rows; i++) {
      c[i] = data[i * cols + j];
    }
    return c;
  }

  /** Sum of each row. */
  public double[] rowSums() {
    double[] s = new double[rows];
    for (int i = 0; i < rows; i++) {
      double t = 0;
      for (int j = i * cols, e = j + cols; j < e; j++) {
        t += data[j];
      }
      s[i] = t;
    }
    return s;
  }

  /** Sum of each column. */
  public double[] columnSums() {
    double[] s = new double[cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0, o = i * cols; j < cols; j++) {
        s[j] += data[o + j];
      }
    }
    return s;
  }

  /** The transpose, as a new matrix. */
  public DenseMatrix transpose() {
    double[] t = new double[data.length];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        t[j * rows + i] = data[i * cols + j];
      }
    }
    return new DenseMatrix(cols, rows, t);
  }

  /** {@code this · other}, ikj order so that the inner loop runs along rows. */
  public DenseMatrix multiply(DenseMatrix other) {
    if (cols != other.rows) {
      throw new IllegalArgumentException(
          "cannot multiply " + rows + "×" + cols + " by " + other.rows + "×" + other.cols);
    }
    int n = other.cols;
    double[] out = new double[rows * n];
    double[] b = other.data;
    for (int i = 0; i < rows; i++) {
      int oi = i * n;
      for (int k = 0; k < cols; k++) {
        double a = data[i * cols + k];
        if (a == 0) {
          continue;
        }
        int ok = k * n;
        for (int j = 0; j < n; j++) {
          out[oi + j] += a * b[ok + j];
        }
      }
    }
    return new DenseMatrix(rows, n, out);
  }

  /** {@code this · v}. */
  public double[] multiply(double[] v) {
    if (v.length != cols) {
      throw new IllegalArgumentException("vector has " + v.length + " values, need " + cols);
    }
    double[] out = new double[rows];
    for (int i = 0; i < rows; i++) {
      double t = 0;
      for (int j = 0, o = i * cols; j < cols; j++) {
        t += data[o + j] * v[j];
      }
      out[i] = t;
    }
    return out;
  }

  /** Element-wise {@code this − other}. */
  public DenseMatrix minus(DenseMatrix other) {
    if (rows != other.rows || cols != other.cols) {
      throw new IllegalArgumentException("shapes differ");
    }
    double[] d = new double[data.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = data[i] - other.data[i];
    }
    return new DenseMatrix(rows, cols, d);
  }

  /** Largest absolute difference to {@code other}, which must have the same shape. */
  public double maxAbsDifference(DenseMatrix other) {
    if (rows != other.rows || cols != other.cols) {
      throw new IllegalArgumentException("shapes differ");
    }
    double m = 0;
    for (int i = 0; i < data.length; i++) {
      m = Math.max(m, Math.abs(data[i] - other.data[i]));
    }
    return m;
  }

  @Override
  public String toString() {
    return "DenseMatrix[" + rows + "×" + cols + "]";
  }
}
