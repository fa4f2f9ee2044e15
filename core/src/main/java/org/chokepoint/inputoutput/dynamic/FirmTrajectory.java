package org.chokepoint.inputoutput.dynamic;

/**
 * Totals of a firm-level run per day: index 0 is the pre-shock state (day −1), index t + 1 day t.
 *
 * @param production total production Σ x_i
 * @param finalConsumption total delivered to final demand
 * @param inputConstrained firms whose production was held below capacity and orders by missing
 *     inputs (a shortage)
 * @param lastProduction each firm's production on the last day
 */
public record FirmTrajectory(
    double[] production,
    double[] finalConsumption,
    int[] inputConstrained,
    double[] lastProduction) {
  /** Number of simulated days (without the pre-shock row). */
  public int days() {
    return production.length - 1;
  }
}
