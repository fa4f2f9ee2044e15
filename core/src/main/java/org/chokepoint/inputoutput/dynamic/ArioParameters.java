package org.chokepoint.inputoutput.dynamic;

/**
 * Parameters of the sector-level ARIO model ({@link Ario}).
 *
 * @param inventoryDays n: days of inputs each sector aims to hold, in days of its current demand
 *     (Hallegatte 2008: 90)
 * @param inventoryTau τ_inv: days over which a sector closes the gap to its target inventory
 * @param alphaMax α_max: largest overproduction, as a multiple of pre-shock capacity (1.25)
 * @param alphaTau τ_α: time constant of overproduction, days (365)
 * @param rationing how a sector that cannot meet all orders shares its output (Hallegatte:
 *     proportional)
 * @param daysPerTableYear days in the period the table's flows cover (365 for an annual table)
 */
public record ArioParameters(
    double inventoryDays,
    double inventoryTau,
    double alphaMax,
    double alphaTau,
    FirmParameters.Rationing rationing,
    double daysPerTableYear) {
  /** The defaults: 90 days of inventory, τ_inv 60 days, α_max 1.25, τ_α 365 days, proportional. */
  public static final ArioParameters DEFAULTS =
      new ArioParameters(90, 60, 1.25, 365, FirmParameters.Rationing.PROPORTIONAL, 365);

  public ArioParameters {
    positive("inventory_days", inventoryDays);
    positive("inventory_tau", inventoryTau);
    positive("alpha_tau", alphaTau);
    positive("days_per_table_year", daysPerTableYear);
    if (!(alphaMax >= 1) || Double.isInfinite(alphaMax)) {
      throw new IllegalArgumentException("alpha_max must be >= 1, got " + alphaMax);
    }
    if (rationing == null) {
      throw new IllegalArgumentException("rationing rule missing");
    }
  }

  private static void positive(String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be > 0, got " + v);
    }
  }
}
