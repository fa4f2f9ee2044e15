package org.chokepoint.geo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The countries a workspace knows, by alpha-3 code. */
public final class Countries {
  private final Map<CountryCode, Country> byCode;

  public Countries(Collection<Country> countries) {
    Map<CountryCode, Country> m = new TreeMap<>();
    countries.forEach(c -> m.put(c.code(), c));
    this.byCode = Map.copyOf(m);
  }

  public static Countries none() {
    return new Countries(List.of());
  }

  public Optional<Country> findCountry(CountryCode code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The short name, or the code itself when the country is unknown. */
  public String nameOf(CountryCode code) {
    return findCountry(code).map(Country::name).orElse(code.alpha3());
  }

  public int size() {
    return byCode.size();
  }
}
