package org.chokepoint.geo;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A named set of countries: a perspective (such as {@code jp-us}) or a concern list (such as {@code
 * us-foreign-adversaries}), with the public source that defines it.
 *
 * @param name lower-case identifier, letters, digits and dashes
 * @param members the member countries, never empty
 * @param title a human-readable title
 * @param source the public document the membership is taken from, or where a user defined it
 * @param note limits of the mapping to ISO codes, if any
 */
public record CountryGroup(
    String name, Set<CountryCode> members, String title, String source, String note) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  public CountryGroup {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "group name must be 1-64 lower-case letters, digits, '.', '_' or '-': \"" + name + "\"");
    }
    if (members == null || members.isEmpty()) {
      throw new IllegalArgumentException("group " + name + " has no members");
    }
    members = Collections.unmodifiableSortedSet(new TreeSet<>(members));
    title = title == null || title.isBlank() ? name : title;
    source = source == null ? "" : source;
    note = note == null ? "" : note;
  }

  /** A group of one country, named after its code, used when a perspective is a single country. */
  public static CountryGroup ofCountry(CountryCode country) {
    return new CountryGroup(
        country.alpha3().toLowerCase(java.util.Locale.ROOT),
        Set.of(country),
        country.alpha3(),
        "ISO 3166-1",
        "");
  }

  public boolean contains(CountryCode country) {
    return members.contains(country);
  }
}
