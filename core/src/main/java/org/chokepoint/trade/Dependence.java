package org.chokepoint.trade;

import java.util.Optional;
import java.util.OptionalDouble;
import org.chokepoint.concentration.Concentration;
import org.chokepoint.concentration.SupplierShare;
import org.chokepoint.geo.CountryCode;

/**
 * How a perspective depends on its suppliers for one product (or product group) in one year. Values
 * are in the trade source's value unit; quantities in its quantity unit.
 *
 * @param imports imports from outside the perspective
 * @param exports exports to outside the perspective
 * @param totalImports imports of the perspective's members from anywhere, intra-group included
 * @param importQuantity quantity of {@code imports}, empty when any flow's quantity is unknown
 * @param exportQuantity quantity of {@code exports}, likewise
 * @param production the perspective's production in the same quantity unit, when known
 * @param importReliance {@code (M - X) / (P + M - X)} on quantities, when all three are known
 * @param suppliers import shares by supplier country; partners that are not one country (BACI's
 *     "Europe EFTA, nes") are the unattributed remainder
 * @param concernShare share of imports from the concern group
 * @param eu the EU 2021 screening criteria
 * @param trend changes since the trend year, if asked
 * @param covered whether the trade data hold any product the selector takes; when not, every figure
 *     is zero because the data say nothing, not because there is no trade
 */
public record Dependence(
    String product,
    int year,
    double imports,
    double exports,
    double totalImports,
    OptionalDouble importQuantity,
    OptionalDouble exportQuantity,
    OptionalDouble production,
    OptionalDouble importReliance,
    Concentration<CountryCode> suppliers,
    OptionalDouble concernShare,
    EuScreening.Result eu,
    Optional<Trend> trend,
    boolean covered) {

  /**
   * Changes between the trend year and the data year: {@code value(year) - value(fromYear)}.
   *
   * @param hhiChange empty when either year has no imports
   */
  public record Trend(int fromYear, OptionalDouble hhiChange, OptionalDouble concernShareChange) {}

  public OptionalDouble hhi() {
    return suppliers.hhi();
  }

  public OptionalDouble concentrationRatio(int n) {
    return suppliers.concentrationRatio(n);
  }

  public Optional<SupplierShare<CountryCode>> topSupplier() {
    return suppliers.top();
  }
}
