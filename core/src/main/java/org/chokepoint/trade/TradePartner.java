package org.chokepoint.trade;

import java.util.Objects;
import java.util.Optional;
import org.chokepoint.geo.CountryCode;

/**
 * A reporter or partner as a trade source names it. Most are countries; some are not ("Europe EFTA,
 * nes", a customs union of the past) and count as unattributed suppliers.
 *
 * @param code the source's own code (BACI's numeric code, Comtrade's reporter code)
 * @param country the ISO 3166-1 alpha-3 country, or null when the partner is not one country
 * @param name the source's name
 */
public record TradePartner(String code, CountryCode country, String name) {
  public TradePartner {
    Objects.requireNonNull(code, "code");
    name = Objects.requireNonNullElse(name, code);
  }

  public Optional<CountryCode> findCountry() {
    return Optional.ofNullable(country);
  }
}
