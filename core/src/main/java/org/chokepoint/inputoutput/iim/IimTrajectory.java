package org.chokepoint.inputoutput.iim;

/**
 * Inoperability per step and sector, with per-sector summaries.
 *
 * @param q {@code q[t][i]}: inoperability of sector i at step t, t = 0 the initial state
 * @param impact the integral of q over the steps by the trapezoid rule with unit step, t = 0
 *     included: {@code Σ_t q_t − (q_0 + q_last)/2}
 * @param peak the largest q of each sector
 * @param peakStep the first step at which each sector reaches its peak
 */
public record IimTrajectory(double[][] q, double[] impact, double[] peak, int[] peakStep) {
  /** Summarises a trajectory (at least one step). */
  static IimTrajectory of(double[][] q) {
    int steps = q.length;
    int n = q[0].length;
    double[] impact = new double[n];
    double[] peak = new double[n];
    int[] peakStep = new int[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int t = 0; t < steps; t++) {
        sum += q[t][i];
        if (q[t][i] > peak[i]) {
          peak[i] = q[t][i];
          peakStep[i] = t;
        }
      }
      impact[i] = steps == 1 ? 0 : sum - (q[0][i] + q[steps - 1][i]) / 2;
    }
    return new IimTrajectory(q, impact, peak, peakStep);
  }

  /** Number of steps, t = 0 included. */
  public int steps() {
    return q.length;
  }

  /** The last step with any inoperability above {@code threshold}, or -1 when none. */
  public int lastStepAbove(double threshold) {
    for (int t = q.length - 1; t >= 0; t--) {
      for (double v : q[t]) {
        if (v > threshold) {
          return t;
        }
      }
    }
    return -1;
  }
}
