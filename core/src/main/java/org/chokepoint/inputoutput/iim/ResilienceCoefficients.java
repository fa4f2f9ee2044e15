package org.chokepoint.inputoutput.iim;

import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * The resilience coefficients K of the dynamic model from recovery times (Lian and Haimes 2006, eq.
 * 24): a sector that takes {@code τ_i} steps to recover from {@code q_i(0)} to {@code λ·q_i(0)} has
 * {@code k_i = ln(1/λ) / (τ_i·(1 − a*_ii))}. Values are clipped to [0, 1]: a coefficient above 1
 * would make the discrete update overshoot.
 */
public final class ResilienceCoefficients {
  /** The share of the initial inoperability left at the recovery time, by default (1 %). */
  public static final double DEFAULT_LAMBDA = 0.01;

  private ResilienceCoefficients() {}

  /** K for recovery times {@code tau} (steps, > 0) and residual share {@code lambda} in (0, 1). */
  public static double[] fromRecoveryTimes(DenseMatrix aStar, double[] tau, double lambda) {
    int n = aStar.rows();
    if (tau.length != n || !(lambda > 0 && lambda < 1)) {
      throw new IllegalArgumentException("one recovery time per sector and 0 < lambda < 1");
    }
    double[] k = new double[n];
    for (int i = 0; i < n; i++) {
      if (!(tau[i] > 0)) {
        throw new IllegalArgumentException("recovery time must be > 0, got " + tau[i]);
      }
      double v = Math.log(1 / lambda) / (tau[i] * (1 - aStar.get(i, i)));
      k[i] = v < 0 ? 0 : Math.min(v, 1);
    }
    return k;
  }

  /** The same coefficient for every sector. */
  public static double[] uniform(int n, double k) {
    if (!(k >= 0 && k <= 1)) {
      throw new IllegalArgumentException("k must be in [0, 1], got " + k);
    }
    double[] v = new double[n];
    java.util.Arrays.fill(v, k);
    return v;
  }
}
