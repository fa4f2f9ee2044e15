package org.chokepoint.inputoutput.dynamic;

/**
 * A destruction-and-rebuilding event of the sector-level model (Hallegatte 2008): on day {@code
 * start} productive capital worth {@code damage} (the table's unit) is destroyed in the hit
 * sectors, shared in proportion to their capital {@code K_i = κ·x⁰_i·days_per_table_year} (κ the
 * capital ratio, in years of gross output). A sector's capacity falls by the share of its capital
 * still missing. The missing capital is reconstruction demand, asked of the rebuilding sectors in
 * the given shares at a rate of the remaining damage over {@code tau} days, and served with the
 * same rationing as final demand; what is delivered rebuilds the capital of every hit sector in
 * proportion, so capacity comes back as the reconstruction demand is met.
 *
 * @param sectors the sectors whose capital is destroyed (indices of the system)
 * @param damage capital destroyed, in the table's unit (> 0)
 * @param capitalRatio κ: capital of a sector, in years of its gross output (> 0)
 * @param rebuilders the sectors that rebuild (indices of the system)
 * @param shares their shares of the reconstruction demand (> 0, summing to 1)
 * @param start day of the destruction
 * @param tau τ_rec: days over which the remaining damage is asked for (> 0)
 */
public record ArioRebuilding(
    int[] sectors,
    double damage,
    double capitalRatio,
    int[] rebuilders,
    double[] shares,
    int start,
    double tau) {
  public ArioRebuilding {
    if (sectors == null || sectors.length == 0) {
      throw new IllegalArgumentException("a destruction needs at least one sector hit");
    }
    if (!(damage > 0) || Double.isInfinite(damage)) {
      throw new IllegalArgumentException("damage must be > 0, got " + damage);
    }
    if (!(capitalRatio > 0) || Double.isInfinite(capitalRatio)) {
      throw new IllegalArgumentException("capital_ratio must be > 0, got " + capitalRatio);
    }
    if (rebuilders == null || rebuilders.length == 0 || shares.length != rebuilders.length) {
      throw new IllegalArgumentException("name the rebuilding sectors with their shares");
    }
    double sum = 0;
    for (double s : shares) {
      if (!(s > 0)) {
        throw new IllegalArgumentException("rebuilding shares must be > 0, got " + s);
      }
      sum += s;
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("rebuilding shares must sum to 1, got " + sum);
    }
    if (start < 0) {
      throw new IllegalArgumentException("start must be >= 0");
    }
    if (!(tau > 0) || Double.isInfinite(tau)) {
      throw new IllegalArgumentException("rebuilding_tau must be > 0, got " + tau);
    }
  }
}
