package org.chokepoint.inputoutput;

import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * The coefficient matrices of pymrio's {@code calc_A}, {@code calc_B}, {@code calc_S} and {@code
 * calc_S_Y}: flows divided by output, with 0 wherever the divisor is 0 (a sector without output has
 * no coefficients rather than infinite ones).
 */
public final class Coefficients {
  private Coefficients() {}

  /** {@code 1/v}, and 0 where {@code v = 0}. */
  public static double[] reciprocal(double[] v) {
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      r[i] = v[i] == 0 ? 0 : 1 / v[i];
    }
    return r;
  }

  /** Technical coefficients {@code A = Z·diag(x)⁻¹}: column j divided by x_j. */
  public static CsrMatrix technical(CsrMatrix z, double[] x) {
    return z.scaleColumns(reciprocal(x));
  }

  /** Allocation (Ghosh) coefficients {@code B = diag(x)⁻¹·Z}: row i divided by x_i. */
  public static CsrMatrix allocation(CsrMatrix z, double[] x) {
    return z.scaleRows(reciprocal(x));
  }

  /** Stressor coefficients {@code S = F·diag(x)⁻¹}. */
  public static DenseMatrix stressors(DenseMatrix f, double[] x) {
    return scaleColumns(f, reciprocal(x));
  }

  /** Final-demand stressor coefficients {@code S_Y = F_Y·diag(Y column sums)⁻¹}. */
  public static DenseMatrix finalDemandStressors(DenseMatrix fY, DenseMatrix y) {
    return scaleColumns(fY, reciprocal(y.columnSums()));
  }

  private static DenseMatrix scaleColumns(DenseMatrix m, double[] f) {
    if (m.cols() != f.length) {
      throw new IllegalArgumentException(m + " has " + m.cols() + " columns, need " + f.length);
    }
    double[] d = m.data().clone();
    for (int i = 0; i < m.rows(); i++) {
      for (int j = 0, o = i * m.cols(); j < m.cols(); j++) {
        d[o + j] *= f[j];
      }
    }
    return new DenseMatrix(m.rows(), m.cols(), d);
  }
}
