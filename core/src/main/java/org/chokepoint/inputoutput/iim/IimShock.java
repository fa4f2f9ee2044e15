package org.chokepoint.inputoutput.iim;

/**
 * A demand perturbation {@code c*_i = value} on one sector for the steps {@code start..end}, both
 * inclusive.
 *
 * @param sector the sector's index
 * @param value the perturbation, a fraction of the sector's planned output (0.1 = a tenth)
 * @param start first step with the perturbation (≥ 0)
 * @param end last step with the perturbation (≥ start; {@link Integer#MAX_VALUE} for no end)
 */
public record IimShock(int sector, double value, int start, int end) {
  public IimShock {
    if (sector < 0 || start < 0 || end < start || !Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "shock needs a sector, a finite value and a window 0 <= start <= end");
    }
  }

  /** A perturbation at every step. */
  public static IimShock always(int sector, double value) {
    return new IimShock(sector, value, 0, Integer.MAX_VALUE);
  }

  /** Whether the perturbation applies at step {@code t}. */
  public boolean activeAt(int t) {
    return t >= start && t <= end;
  }
}
