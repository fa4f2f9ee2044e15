package org.chokepoint.geo;

import java.util.Objects;

/**
 * A country or territory with an ISO 3166-1 code.
 *
 * @param code alpha-3 code
 * @param alpha2 alpha-2 code
 * @param numeric numeric code, three digits
 * @param name short English name
 * @param region UN M49 region, or empty when the source does not give it
 */
public record Country(CountryCode code, String alpha2, String numeric, String name, String region) {
  public Country {
    Objects.requireNonNull(code, "code");
    alpha2 = Objects.requireNonNullElse(alpha2, "");
    numeric = Objects.requireNonNullElse(numeric, "");
    name = Objects.requireNonNullElse(name, code.alpha3());
    region = Objects.requireNonNullElse(region, "");
  }
}
