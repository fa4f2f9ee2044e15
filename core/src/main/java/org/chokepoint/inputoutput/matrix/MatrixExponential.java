package org.chokepoint.inputoutput.matrix;

/**
 * The matrix exponential {@code e^M} of a small dense matrix by scaling and squaring: M is halved s
 * times until its 1-norm is at most 1/2, the Taylor series is summed until a term no longer changes
 * the sum, and the result is squared s times (Moler and Van Loan, "Nineteen dubious ways to compute
 * the exponential of a matrix", 2003, method 3). Accurate to a few units in the last place for the
 * well-conditioned, modest-norm matrices of recovery paths; not meant for large or stiff matrices.
 */
public final class MatrixExponential {
  private MatrixExponential() {}

  /** {@code e^m}. */
  public static DenseMatrix of(DenseMatrix m) {
    if (m.rows() != m.cols()) {
      throw new IllegalArgumentException("needs a square matrix, got " + m);
    }
    int n = m.rows();
    double norm = oneNorm(m);
    int s = 0;
    while (norm > 0.5) {
      norm /= 2;
      s++;
    }
    double scale = Math.scalb(1.0, -s);
    double[] x = m.data().clone();
    for (int i = 0; i < x.length; i++) {
      x[i] *= scale;
    }
    DenseMatrix scaled = new DenseMatrix(n, n, x);
    DenseMatrix sum = DenseMatrix.identity(n);
    DenseMatrix term = DenseMatrix.identity(n);
    for (int k = 1; k <= 40; k++) {
      term = term.multiply(scaled);
      double[] t = term.data();
      for (int i = 0; i < t.length; i++) {
        t[i] /= k;
      }
      double[] sd = sum.data();
      boolean changed = false;
      for (int i = 0; i < t.length; i++) {
        double before = sd[i];
        sd[i] += t[i];
        changed |= sd[i] != before;
      }
      if (!changed) {
        break;
      }
    }
    for (int i = 0; i < s; i++) {
      sum = sum.multiply(sum);
    }
    return sum;
  }

  private static double oneNorm(DenseMatrix m) {
    double best = 0;
    for (double c : absColumnSums(m)) {
      best = Math.max(best, c);
    }
    return best;
  }

  private static double[] absColumnSums(DenseMatrix m) {
    double[] s = new double[m.cols()];
    double[] d = m.data();
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0; j < m.cols(); j++) {
        s[j] += Math.abs(d[i * m.cols() + j]);
      }
    }
    return s;
  }
}
