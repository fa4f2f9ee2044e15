package org.chokepoint.inputoutput.iim;

import org.chokepoint.inputoutput.matrix.DenseLu;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * Static inoperability {@code q = (I − A*)⁻¹·c*} (Haimes and Jiang 2001, eq. 14), each element then
 * clipped to [0, 1]: inoperability is a fraction of planned output lost, and a sector cannot lose
 * more than all of it. The unclipped solution is kept for inspection.
 */
public final class StaticIim {
  private StaticIim() {}

  /**
   * Inoperability for the perturbation {@code cStar} (one value per sector).
   *
   * @throws ArithmeticException when {@code I − A*} is singular
   */
  public static Result solve(DenseMatrix aStar, double[] cStar) {
    int n = aStar.rows();
    if (aStar.cols() != n || cStar.length != n) {
      throw new IllegalArgumentException("A* must be square and c* have one value per sector");
    }
    double[] raw = DenseLu.of(identityMinus(aStar)).solve(cStar);
    double[] q = new double[n];
    for (int i = 0; i < n; i++) {
      q[i] = clip(raw[i]);
    }
    return new Result(q, raw);
  }

  /** {@code I − m}. */
  static DenseMatrix identityMinus(DenseMatrix m) {
    int n = m.rows();
    double[] d = m.data().clone();
    for (int i = 0; i < d.length; i++) {
      d[i] = -d[i];
    }
    for (int i = 0; i < n; i++) {
      d[i * n + i] += 1;
    }
    return new DenseMatrix(n, n, d);
  }

  /** v clipped to [0, 1]. */
  static double clip(double v) {
    return v < 0 ? 0 : Math.min(v, 1);
  }

  /**
   * @param inoperability q clipped to [0, 1]
   * @param unclipped the solution of {@code (I − A*)q = c*} before clipping
   */
  public record Result(double[] inoperability, double[] unclipped) {
    /** Economic loss {@code x_i·q_i} per sector (Santos and Haimes 2004), for planned output x. */
    public double[] loss(double[] x) {
      double[] l = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        l[i] = x[i] * inoperability[i];
      }
      return l;
    }
  }
}
