package org.chokepoint.inputoutput.dynamic;

/**
 * A shock of the sector-level model: a loss of production capacity, or a cut of final demand, on
 * some sectors, with a time profile: {@code magnitude} on days {@code start .. start + duration −
 * 1}, then falling linearly to 0 over {@code recovery} days (at once when 0). A duration of −1
 * lasts to the end of the run.
 *
 * @param kind what is lost
 * @param sectors the sectors hit (indices of the system)
 * @param columns for a final-demand cut, the final-demand columns cut (null: all but imports)
 * @param magnitude share lost, in [0, 1]
 * @param start first day
 * @param duration days at full magnitude, or −1 for the whole run
 * @param recovery days of linear recovery after that
 */
public record ArioShock(
    Kind kind,
    int[] sectors,
    int[] columns,
    double magnitude,
    int start,
    int duration,
    int recovery) {
  /** What a shock takes away. */
  public enum Kind {
    /** Production capacity of the sectors: {@code x_max = x⁰·(1 − δ)·α}. */
    CAPACITY,
    /** Final demand for the sectors' products, in the given columns (e.g. exports). */
    FINAL_DEMAND
  }

  public ArioShock {
    if (kind == null || sectors == null || sectors.length == 0) {
      throw new IllegalArgumentException("a shock needs a kind and at least one sector");
    }
    if (!(magnitude >= 0 && magnitude <= 1)) {
      throw new IllegalArgumentException("magnitude must be in [0, 1], got " + magnitude);
    }
    if (start < 0 || duration < -1 || recovery < 0) {
      throw new IllegalArgumentException(
          "start and recovery must be >= 0 and duration >= 0 (or -1 for the whole run)");
    }
  }

  /** The share lost on day t. */
  public double at(int t) {
    if (t < start) {
      return 0;
    }
    if (duration < 0 || t < start + duration) {
      return magnitude;
    }
    if (recovery == 0) {
      return 0;
    }
    return magnitude * Math.max(0, 1 - (double) (t - start - duration + 1) / (recovery + 1));
  }
}
