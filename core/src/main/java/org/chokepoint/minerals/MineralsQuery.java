package org.chokepoint.minerals;

import java.util.Objects;
import java.util.Optional;
import org.chokepoint.geo.CountryGroup;

/**
 * What the minerals report is asked for.
 *
 * @param year the data year
 * @param perspective whose share of production is reported
 * @param concern the group of concern (rival or unstable suppliers)
 * @param commodity restricts the report to one commodity (case-insensitive), if present
 * @param criticalOnly restricts the report to commodities the publisher lists as critical
 */
public record MineralsQuery(
    int year,
    CountryGroup perspective,
    CountryGroup concern,
    Optional<String> commodity,
    boolean criticalOnly) {
  public MineralsQuery {
    Objects.requireNonNull(perspective, "perspective");
    Objects.requireNonNull(concern, "concern");
    commodity = Objects.requireNonNullElse(commodity, Optional.empty());
  }
}
