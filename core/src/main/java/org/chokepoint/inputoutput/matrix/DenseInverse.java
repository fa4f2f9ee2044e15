package org.chokepoint.inputoutput.matrix;

/**
 * The explicit inverse {@code (I − C)⁻¹} of a small dense system, computed once by LU with partial
 * pivoting ({@link DenseLu}). Applying it from the left skips the zeros of the row vector, so a
 * vector that lives in one region's block costs that block's size times n.
 */
public final class DenseInverse implements LeontiefInverse {
  private final DenseMatrix inverse;
  private long solved;

  private DenseInverse(DenseMatrix inverse) {
    this.inverse = inverse;
  }

  /** Inverts {@code I − c}; {@code threads} share the substitutions. */
  public static DenseInverse of(CsrMatrix c, int threads) {
    if (c.rows() != c.cols()) {
      throw new IllegalArgumentException("needs a square matrix, got " + c);
    }
    int n = c.rows();
    DenseMatrix m = c.toDense();
    double[] d = m.data();
    for (int i = 0; i < d.length; i++) {
      d[i] = -d[i];
    }
    for (int i = 0; i < n; i++) {
      d[i * n + i] += 1;
    }
    try {
      return new DenseInverse(DenseLu.of(m).inverse(threads));
    } catch (ArithmeticException e) {
      throw new ArithmeticException("I − A is singular: " + e.getMessage());
    }
  }

  /** The inverse as a matrix; not a copy. */
  public DenseMatrix matrix() {
    return inverse;
  }

  @Override
  public int size() {
    return inverse.rows();
  }

  @Override
  public double[][] apply(double[][] rhs) {
    double[][] out = new double[rhs.length][];
    for (int r = 0; r < rhs.length; r++) {
      out[r] = inverse.multiply(rhs[r]);
    }
    solved += rhs.length;
    return out;
  }

  @Override
  public double[][] applyLeft(double[][] rows) {
    int n = size();
    double[] d = inverse.data();
    double[][] out = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      double[] s = rows[r];
      double[] z = new double[n];
      for (int k = 0; k < n; k++) {
        double f = s[k];
        if (f == 0) {
          continue;
        }
        for (int j = 0, o = k * n; j < n; j++) {
          z[j] += f * d[o + j];
        }
      }
      out[r] = z;
    }
    solved += rows.length;
    return out;
  }

  @Override
  public SolveStats stats() {
    return new SolveStats("dense inverse (LU, partial pivoting)", solved, 0, Double.NaN);
  }
}
