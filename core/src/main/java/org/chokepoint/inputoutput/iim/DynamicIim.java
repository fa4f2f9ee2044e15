package org.chokepoint.inputoutput.iim;

import java.util.List;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * The dynamic inoperability model (Haimes et al. 2005, eq. 51; Lian and Haimes 2006, eq. 21):
 * starting from {@code q(0)}, for t = 1, 2, …
 *
 * <pre>q(t) = q(t−1) + K·(A*·q(t−1) + c*(t) − q(t−1)),  each element clipped to [0, 1]</pre>
 *
 * with K the diagonal of resilience coefficients and {@code c*(t)} the sum of the shocks active at
 * step t. The perturbation of step t enters the update that produces q(t) — the timing of
 * stigrs/diim, which the validation case pins down: a window [0, 30] acts on steps 1 to 30. When
 * the shocks end, q recovers towards 0 at rates set by K. With a constant c* the trajectory tends
 * to the static {@code (I − A*)⁻¹c*} when 0 < k_i ≤ 1 and ρ(A*) < 1.
 */
public final class DynamicIim {
  private DynamicIim() {}

  /**
   * Runs the model.
   *
   * @param aStar the interdependency matrix
   * @param k the resilience coefficient of each sector (the diagonal of K), in [0, 1]
   * @param q0 the initial inoperability of each sector
   * @param shocks demand perturbations with their windows
   * @param steps number of rows of the trajectory, t = 0 to steps − 1
   */
  public static IimTrajectory run(
      DenseMatrix aStar, double[] k, double[] q0, List<IimShock> shocks, int steps) {
    int n = aStar.rows();
    if (aStar.cols() != n || k.length != n || q0.length != n || steps < 1) {
      throw new IllegalArgumentException("A* n×n, K and q(0) of length n, at least one step");
    }
    for (IimShock s : shocks) {
      if (s.sector() >= n) {
        throw new IllegalArgumentException("shock on sector " + s.sector() + " of " + n);
      }
    }
    double[][] q = new double[steps][];
    q[0] = q0.clone();
    double[] c = new double[n];
    for (int t = 1; t < steps; t++) {
      java.util.Arrays.fill(c, 0);
      for (IimShock s : shocks) {
        if (s.activeAt(t)) {
          c[s.sector()] += s.value();
        }
      }
      double[] prev = q[t - 1];
      double[] aq = aStar.multiply(prev);
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        next[i] = StaticIim.clip(prev[i] + k[i] * (aq[i] + c[i] - prev[i]));
      }
      q[t] = next;
    }
    return IimTrajectory.of(q);
  }
}
