package org.chokepoint.inputoutput.dynamic;

/**
 * Parameters of the firm-level model.
 *
 * @param targetInventoryDays n: days of inputs each firm aims to hold ({@code > 0}); initial
 *     inventories equal the target
 * @param adjustmentDays τ: days over which a firm closes the gap to its target inventory ({@code >
 *     0})
 * @param rationing how a firm that cannot meet all orders shares its output
 */
public record FirmParameters(
    double targetInventoryDays, double adjustmentDays, Rationing rationing) {
  /** Inoue and Todo's values: 15 days of inventory, τ = 6 days, priority rationing. */
  public static final FirmParameters INOUE_TODO = new FirmParameters(15, 6, Rationing.PRIORITY);

  public FirmParameters {
    if (!(targetInventoryDays > 0) || Double.isInfinite(targetInventoryDays)) {
      throw new IllegalArgumentException("target inventory days must be > 0");
    }
    if (!(adjustmentDays > 0) || Double.isInfinite(adjustmentDays)) {
      throw new IllegalArgumentException("inventory adjustment days (tau) must be > 0");
    }
    if (rationing == null) {
      throw new IllegalArgumentException("rationing rule missing");
    }
  }

  /** How a firm whose production falls short of its orders shares it out. */
  public enum Rationing {
    /**
     * Every claimant (customer firm or final demand) gets its order times production / total orders
     * (Hallegatte 2008).
     */
    PROPORTIONAL,
    /**
     * Claimants are weighted by their pre-shock purchases w; each gets {@code min(order, λ·w)} with
     * λ such that the output is used up: those asking for less than their usual share relative to
     * their usual purchases ("lower tier") are served in full first, and the rest share what
     * remains in proportion to their usual purchases (Inoue and Todo's rule).
     */
    PRIORITY
  }
}
