package org.chokepoint.trade;

import java.util.List;
import java.util.OptionalDouble;

/**
 * EU supply risk of one material for a perspective, computed from data. Import reliance is known
 * only as an interval when the data do not fix it (the BACI subset has no quantities; USGS
 * publishes US reliance as bounds such as "&gt;95"), so SR is given as the interval it spans; the
 * two ends are equal when IR is known.
 *
 * @param hsCodes the traded HS codes whose imports make the sourcing
 * @param wgiYear the WGI year used for both HHIs
 * @param importRelianceSource where the IR interval comes from
 */
public record SupplyRiskAssessment(
    String material,
    String stage,
    int year,
    List<String> hsCodes,
    OptionalDouble hhiWgiGlobal,
    OptionalDouble hhiWgiSourcing,
    double importRelianceLow,
    double importRelianceHigh,
    String importRelianceSource,
    double eolRir,
    double substitutionIndex,
    int wgiYear) {
  public SupplyRiskAssessment {
    hsCodes = List.copyOf(hsCodes);
  }

  /** The lower end of SR over the IR interval; empty when an HHI is unknown. */
  public OptionalDouble srLow() {
    return bound(true);
  }

  /** The upper end of SR over the IR interval. */
  public OptionalDouble srHigh() {
    return bound(false);
  }

  /** SR when IR is known exactly. */
  public OptionalDouble sr() {
    return importRelianceLow == importRelianceHigh ? srLow() : OptionalDouble.empty();
  }

  private OptionalDouble bound(boolean low) {
    if (hhiWgiGlobal.isEmpty() || hhiWgiSourcing.isEmpty()) {
      return OptionalDouble.empty();
    }
    double a = at(importRelianceLow);
    double b = at(importRelianceHigh);
    return OptionalDouble.of(low ? Math.min(a, b) : Math.max(a, b));
  }

  private double at(double ir) {
    return EuSupplyRisk.supplyRisk(
        new EuSupplyRisk.Inputs(
            material,
            stage,
            EuSupplyRisk.SupplyUsed.BOTH,
            hhiWgiGlobal.getAsDouble(),
            hhiWgiSourcing.getAsDouble(),
            ir,
            eolRir,
            substitutionIndex));
  }
}
