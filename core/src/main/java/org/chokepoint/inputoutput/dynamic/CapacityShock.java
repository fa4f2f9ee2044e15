package org.chokepoint.inputoutput.dynamic;

/**
 * A loss of production capacity at one firm: from day {@code start} the firm can produce at most
 * {@code (1 − δ(t))} of its pre-shock output, with {@code δ(t) = loss} when {@code recoveryDays} is
 * 0 (no recovery) and otherwise {@code δ(t) = loss · max(0, 1 − (t − start) / recoveryDays)}:
 * capacity comes back in equal daily steps and is whole again after {@code recoveryDays}.
 *
 * @param firm the firm (0-based)
 * @param loss the share of capacity lost, in [0, 1]
 * @param start first day of the loss (day 0 is the first simulated day)
 * @param recoveryDays days to recover linearly, 0 for a permanent loss
 */
public record CapacityShock(int firm, double loss, int start, int recoveryDays) {
  public CapacityShock {
    if (firm < 0) {
      throw new IllegalArgumentException("firm must be >= 0, got " + firm);
    }
    if (!(loss >= 0 && loss <= 1)) {
      throw new IllegalArgumentException("capacity loss must be in [0, 1], got " + loss);
    }
    if (start < 0 || recoveryDays < 0) {
      throw new IllegalArgumentException("start and recovery days must be >= 0");
    }
  }

  /** δ on day t. */
  public double lossAt(int t) {
    if (t < start) {
      return 0;
    }
    if (recoveryDays == 0) {
      return loss;
    }
    return loss * Math.max(0, 1 - (double) (t - start) / recoveryDays);
  }
}
