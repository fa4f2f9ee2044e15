package org.chokepoint.network.firm;

/**
 * The exposure of every node to a shock, in [0, 1], with how the iteration on cycles ended.
 * Immutable: {@link #values()} returns a copy.
 */
public final class ExposureResult {
  private final double[] exposure;
  private final int iterations;
  private final boolean converged;

  ExposureResult(double[] exposure, int iterations, boolean converged) {
    this.exposure = exposure;
    this.iterations = iterations;
    this.converged = converged;
  }

  /** The exposure of {@code node}: 1 when shocked. */
  public double exposure(int node) {
    return exposure[node];
  }

  /** Number of nodes. */
  public int size() {
    return exposure.length;
  }

  /** Every node's exposure, as a new array. */
  public double[] values() {
    return exposure.clone();
  }

  /** The most Gauss–Seidel sweeps any one cycle needed; 1 when the network has no cycle. */
  public int iterations() {
    return iterations;
  }

  /** Whether every cycle settled within the tolerance before the iteration limit. */
  public boolean converged() {
    return converged;
  }

  /** Number of nodes with exposure above {@code threshold}. */
  public int countAbove(double threshold) {
    int count = 0;
    for (double x : exposure) {
      if (x > threshold) {
        count++;
      }
    }
    return count;
  }
}
