package org.chokepoint.network;

import java.util.Optional;
import java.util.Set;
import org.chokepoint.geo.CountryCode;

/**
 * Who stops supplying: a set of countries (every provider based there, countries and firms alike)
 * and a set of providers by id, either for every input or, for a chokepoint test, for one input
 * only.
 *
 * @param onlyInput when present, the stop applies to that input alone
 */
public record Removal(
    Set<CountryCode> countries, Set<String> providers, Optional<String> onlyInput) {
  public Removal {
    countries = Set.copyOf(countries);
    providers = Set.copyOf(providers);
    onlyInput = onlyInput == null ? Optional.empty() : onlyInput;
  }

  public static Removal ofCountries(Set<CountryCode> countries) {
    return new Removal(countries, Set.of(), Optional.empty());
  }

  /** One provider stops supplying one input. */
  public static Removal ofPair(String providerId, String inputId) {
    return new Removal(Set.of(), Set.of(providerId), Optional.of(inputId));
  }

  boolean appliesTo(String inputId) {
    return onlyInput.isEmpty() || onlyInput.get().equals(inputId);
  }

  /** Whether a provider is stopped (itself, or the country it is based in). */
  boolean stops(Provider p) {
    if (p.unattributed()) {
      return false;
    }
    return providers.contains(p.id()) || (p.country() != null && countries.contains(p.country()));
  }
}
