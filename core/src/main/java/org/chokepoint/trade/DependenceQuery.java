package org.chokepoint.trade;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.chokepoint.geo.CountryGroup;

/**
 * What the dependence analysis is asked for.
 *
 * @param perspective the importing country or group; trade inside a group is internal
 * @param concern the group of concern among suppliers
 * @param year the data year
 * @param products product selectors ({@code hs:8112} takes every code under 8112); empty means
 *     every product traded by the perspective that year, one row each
 * @param trendFrom the year to measure changes in HHI and concern share from, if any
 * @param screening thresholds of the EU screening
 */
public record DependenceQuery(
    CountryGroup perspective,
    CountryGroup concern,
    int year,
    List<String> products,
    OptionalInt trendFrom,
    EuScreening screening) {
  public DependenceQuery {
    Objects.requireNonNull(perspective, "perspective");
    Objects.requireNonNull(concern, "concern");
    products = List.copyOf(products);
    trendFrom = Objects.requireNonNullElse(trendFrom, OptionalInt.empty());
    screening = Objects.requireNonNullElse(screening, EuScreening.EU_2021);
  }
}
