package org.chokepoint.data.lists;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The USGS Mineral Commodity Summaries commodity that an HS six-digit code carries.
 *
 * @param hs6 the HS 2017 subheading
 * @param commodity the MCS 2026 commodity, as its world production table names it ("Gallium")
 * @param stage the production stage of that table: the world total's detail without its rounding
 *     suffix ("Primary production", "Mine production", "Silicon metal")
 * @param contentBasis what the USGS figure measures, with the USGS unit in parentheses
 * @param usgsUnitsPerTonne how many USGS units one metric ton of the HS product represents, where
 *     stoichiometry or the code's definition fixes it; empty for baskets and unknown contents
 * @param note the molar masses or definitions behind the factor, or why there is none
 * @param source the USGS table and the HS subheading
 */
public record UsgsLink(
    String hs6,
    String commodity,
    String stage,
    String contentBasis,
    OptionalDouble usgsUnitsPerTonne,
    String note,
    String source) {
  public UsgsLink {
    Objects.requireNonNull(hs6, "hs6");
    Objects.requireNonNull(commodity, "commodity");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(contentBasis, "contentBasis");
    Objects.requireNonNull(usgsUnitsPerTonne, "usgsUnitsPerTonne");
    note = Objects.requireNonNullElse(note, "");
    Objects.requireNonNull(source, "source");
  }
}
