package org.chokepoint.inputoutput.iim;

import org.chokepoint.inputoutput.matrix.DenseMatrix;
import org.chokepoint.inputoutput.matrix.MatrixExponential;

/**
 * Recovery in continuous time from an initial inoperability, without further perturbation (Lian and
 * Haimes 2006, eq. 26): {@code q(t) = exp(−t·K·(I − A*))·q(0)}, at t = 0, 1, …, clipped to [0, 1].
 * Computed as {@code q(t) = E·q(t−1)} with {@code E = exp(−K·(I − A*))} formed once.
 */
public final class IimRecovery {
  private IimRecovery() {}

  public static IimTrajectory continuous(DenseMatrix aStar, double[] k, double[] q0, int steps) {
    int n = aStar.rows();
    if (aStar.cols() != n || k.length != n || q0.length != n || steps < 1) {
      throw new IllegalArgumentException("A* n×n, K and q(0) of length n, at least one step");
    }
    DenseMatrix m = StaticIim.identityMinus(aStar);
    double[] d = m.data();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        d[i * n + j] *= -k[i];
      }
    }
    DenseMatrix e = MatrixExponential.of(m);
    double[][] q = new double[steps][];
    q[0] = q0.clone();
    double[] raw = q0.clone();
    for (int t = 1; t < steps; t++) {
      raw = e.multiply(raw);
      double[] c = new double[n];
      for (int i = 0; i < n; i++) {
        c[i] = StaticIim.clip(raw[i]);
      }
      q[t] = c;
    }
    return IimTrajectory.of(q);
  }
}
