package org.chokepoint.inputoutput.iim;

import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * The interdependency matrix A* of the inoperability model, from flows Z and output x.
 *
 * <ul>
 *   <li>Demand side (Santos and Haimes 2004, eq. 28): {@code A* = diag(x)⁻¹·A·diag(x)}, that is
 *       {@code a*_ij = z_ij / x_i}: the share of sector i's output that sector j buys. A demand cut
 *       at j makes i inoperable in proportion.
 *   <li>Supply side (Leung, Haimes and Santos 2007, p. 301, as stigrs/iim implements it): {@code A*
 *       = Aᵀ}, the transpose of the column-normalised {@code a_ij = z_ij / x_j}: sector i's
 *       dependence on inputs from j.
 * </ul>
 *
 * Where the divisor is 0 the coefficient is 0.
 */
public final class InterdependencyMatrix {
  private InterdependencyMatrix() {}

  /** Demand-side A* of a system: {@code z_ij / x_i}. */
  public static DenseMatrix demandSide(IoSystem s) {
    return demandSide(s.z().toDense(), s.x());
  }

  /** Supply-side A* of a system: the transpose of {@code A = Z·diag(x)⁻¹}. */
  public static DenseMatrix supplySide(IoSystem s) {
    return supplySide(s.z().toDense(), s.x());
  }

  /** Demand-side A* of flows z with outputs x given separately. */
  public static DenseMatrix demandSide(DenseMatrix z, double[] x) {
    check(z, x);
    int n = x.length;
    double[] d = z.data().clone();
    for (int i = 0; i < n; i++) {
      double r = x[i] == 0 ? 0 : 1 / x[i];
      for (int j = 0; j < n; j++) {
        d[i * n + j] *= r;
      }
    }
    return new DenseMatrix(n, n, d);
  }

  /** Supply-side A* of flows z with outputs x given separately. */
  public static DenseMatrix supplySide(DenseMatrix z, double[] x) {
    return technical(z, x).transpose();
  }

  /** The column-normalised technical coefficients {@code a_ij = z_ij / x_j}. */
  public static DenseMatrix technical(DenseMatrix z, double[] x) {
    check(z, x);
    int n = x.length;
    double[] d = z.data().clone();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        d[i * n + j] = x[j] == 0 ? 0 : d[i * n + j] / x[j];
      }
    }
    return new DenseMatrix(n, n, d);
  }

  /** A* given directly as a sparse matrix, densified. */
  public static DenseMatrix of(CsrMatrix aStar) {
    return aStar.toDense();
  }

  private static void check(DenseMatrix z, double[] x) {
    if (z.rows() != x.length || z.cols() != x.length) {
      throw new IllegalArgumentException(
          "Z is " + z.rows() + "×" + z.cols() + " for " + x.length + " outputs");
    }
  }
}
