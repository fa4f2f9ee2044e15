package org.chokepoint.data.comtrade;

import org.chokepoint.geo.CountryCode;

/**
 * One validated line of a Comtrade CSV, in either layout.
 *
 * @param flow what kind of flow the reporter recorded
 * @param flowLabel the flow code as written, for the warnings about flows left out
 * @param commodity {@code TOTAL} or an HS code of 2, 4 or 6 digits
 * @param valueUsd the trade value in USD, finite and non-negative
 * @param netWeightKg net weight in kilograms; NaN when blank
 * @param breakdown the row is one part of a second-partner, customs-procedure or transport-mode
 *     breakdown rather than the total over them
 * @param classification the HS revision as written ({@code H5}), or empty
 */
record ComtradeRow(
    long line,
    int year,
    Flow flow,
    String flowLabel,
    Party reporter,
    Party partner,
    String commodity,
    String commodityDescription,
    double valueUsd,
    double netWeightKg,
    boolean breakdown,
    String classification) {
  static final String TOTAL = "TOTAL";

  /** The flows of the two layouts: M/1, X/2, RM/4, RX/3; the rest (DX, FM, MIP …) as OTHER. */
  enum Flow {
    IMPORT,
    EXPORT,
    RE_IMPORT,
    RE_EXPORT,
    OTHER
  }

  /**
   * A reporter or partner.
   *
   * @param code Comtrade's numeric code
   * @param country the country, or null for World and for areas that are not one country
   * @param world Comtrade's World (code 0, ISO W00 or WLD): a total, not a partner
   */
  record Party(String code, CountryCode country, String name, boolean world) {}

  boolean isTotalCommodity() {
    return commodity.equals(TOTAL);
  }
}
