package org.chokepoint.trade;

import java.util.OptionalDouble;
import org.chokepoint.geo.CountryGroup;

/**
 * Domestic production of a perspective for a traded product, in the trade source's quantity unit,
 * as import reliance needs it. Where production is not known, it is empty.
 */
@FunctionalInterface
public interface ProductionLookup {
  ProductionLookup NONE = (product, perspective, year) -> OptionalDouble.empty();

  OptionalDouble production(String product, CountryGroup perspective, int year);
}
