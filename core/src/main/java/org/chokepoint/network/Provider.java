package org.chokepoint.network;

import java.util.Objects;
import java.util.Optional;
import org.chokepoint.geo.CountryCode;

/**
 * A provider of inputs: a country, or a firm with the country it is based in. A provider that
 * stands for several countries ("Various countries", "Various companies") is unattributed: it never
 * counts as a country and can never be removed.
 *
 * @param id the source's id, such as {@code P5}
 * @param country the country (itself for a country provider), or null when unattributed or unknown
 */
public record Provider(
    String id, String name, NodeKind kind, CountryCode country, boolean unattributed) {
  public Provider {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (kind != NodeKind.COUNTRY && kind != NodeKind.FIRM && kind != NodeKind.FACILITY) {
      throw new IllegalArgumentException("a provider is a country, firm or facility: " + kind);
    }
  }

  public Optional<CountryCode> findCountry() {
    return Optional.ofNullable(country);
  }
}
