package org.chokepoint.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The named groups known to a workspace: those shipped with their sources, those in the user's
 * configuration, and those given on the command line. Later definitions replace earlier ones of the
 * same name.
 */
public final class CountryGroups {
  private final Map<String, CountryGroup> byName;

  public CountryGroups(Collection<CountryGroup> groups) {
    Map<String, CountryGroup> map = new TreeMap<>();
    for (CountryGroup g : groups) {
      map.put(g.name(), g);
    }
    this.byName = Map.copyOf(map);
  }

  /** A copy with {@code more} added, replacing groups of the same name. */
  public CountryGroups with(Collection<CountryGroup> more) {
    List<CountryGroup> all = new ArrayList<>(byName.values());
    all.addAll(more);
    return new CountryGroups(all);
  }

  public Optional<CountryGroup> findGroup(String name) {
    return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
  }

  /** All groups, ordered by name. */
  public List<CountryGroup> listGroups() {
    return List.copyOf(new TreeMap<>(byName).values());
  }

  /**
   * Resolves what a user typed as a perspective or concern list: a group name ({@code jp-us}), one
   * ISO alpha-3 code ({@code JPN}) or several joined by commas ({@code JPN,KOR}).
   *
   * @throws IllegalArgumentException naming the unknown group and the known ones
   */
  public CountryGroup resolve(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("empty group or country");
    }
    String s = spec.strip();
    Optional<CountryGroup> named = findGroup(s);
    if (named.isPresent()) {
      return named.get();
    }
    String[] parts = s.split(",");
    Set<CountryCode> codes = new LinkedHashSet<>();
    for (String p : parts) {
      if (!CountryCode.isValid(p)) {
        throw new IllegalArgumentException(
            "unknown group or country \""
                + s
                + "\": not a known group ("
                + String.join(", ", byName.keySet())
                + ") nor ISO 3166-1 alpha-3 codes");
      }
      codes.add(CountryCode.of(p));
    }
    if (codes.size() == 1) {
      return CountryGroup.ofCountry(codes.iterator().next());
    }
    List<String> names = codes.stream().map(CountryCode::alpha3).toList();
    return new CountryGroup(
        String.join("-", names).toLowerCase(Locale.ROOT),
        codes,
        String.join(", ", names),
        "given on the command line",
        "");
  }
}
