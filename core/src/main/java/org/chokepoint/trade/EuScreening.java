package org.chokepoint.trade;

import java.util.Optional;

/**
 * The European Commission's 2021 screening for strategic dependencies (Commission Staff Working
 * Document SWD(2021) 352, "Strategic dependencies and capacities", method 7 of the design), for any
 * perspective. A product is flagged when all three hold:
 *
 * <ol>
 *   <li>imports from outside the group are concentrated: {@code HHI > hhiThreshold} (0.4);
 *   <li>they matter for the group's demand: extra-group imports / total imports (intra-group
 *       included) {@code > extraShareThreshold} (0.5);
 *   <li>the group cannot replace them from its own output: extra-group imports / extra-group
 *       exports {@code > importExportThreshold} (1).
 * </ol>
 *
 * @param hhiThreshold criterion 1
 * @param extraShareThreshold criterion 2
 * @param importExportThreshold criterion 3
 */
public record EuScreening(
    double hhiThreshold, double extraShareThreshold, double importExportThreshold) {
  /** The thresholds of SWD(2021) 352. */
  public static final EuScreening EU_2021 = new EuScreening(0.4, 0.5, 1.0);

  /**
   * The three criteria and the flag; a criterion is empty when its inputs are unknown (no imports).
   */
  public record Result(
      Optional<Boolean> hhiAbove,
      Optional<Boolean> extraShareAbove,
      Optional<Boolean> importExportAbove) {
    /** Flagged when all three criteria are known and hold. */
    public Optional<Boolean> flagged() {
      if (hhiAbove.isEmpty() || extraShareAbove.isEmpty() || importExportAbove.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(hhiAbove.get() && extraShareAbove.get() && importExportAbove.get());
    }
  }

  /**
   * @param hhi HHI of extra-group import suppliers, or NaN when unknown
   * @param extraImports imports from outside the group
   * @param totalImports all imports of the group's members, intra-group included
   * @param extraExports exports to outside the group
   */
  public Result evaluate(
      double hhi, double extraImports, double totalImports, double extraExports) {
    Optional<Boolean> c1 = Double.isNaN(hhi) ? Optional.empty() : Optional.of(hhi > hhiThreshold);
    Optional<Boolean> c2 =
        totalImports > 0
            ? Optional.of(extraImports / totalImports > extraShareThreshold)
            : Optional.empty();
    Optional<Boolean> c3;
    if (extraExports > 0) {
      c3 = Optional.of(extraImports / extraExports > importExportThreshold);
    } else {
      c3 = extraImports > 0 ? Optional.of(true) : Optional.empty();
    }
    return new Result(c1, c2, c3);
  }
}
