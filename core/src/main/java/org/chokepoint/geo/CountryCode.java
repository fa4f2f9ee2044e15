package org.chokepoint.geo;

import java.util.regex.Pattern;

/**
 * An ISO 3166-1 alpha-3 code such as {@code JPN}. User-assigned codes of the form {@code X..} (for
 * example {@code XKX}, Kosovo, as used by the World Bank) are accepted as well.
 */
public record CountryCode(String alpha3) implements Comparable<CountryCode> {
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

  public CountryCode {
    if (alpha3 == null || !ALPHA3.matcher(alpha3).matches()) {
      throw new IllegalArgumentException(
          "not an ISO 3166-1 alpha-3 code (three capital letters): " + quote(alpha3));
    }
  }

  /** Parses a code, accepting lower case and surrounding blanks ({@code " jpn"} is JPN). */
  public static CountryCode of(String text) {
    if (text == null) {
      throw new IllegalArgumentException("country code is missing");
    }
    return new CountryCode(text.strip().toUpperCase(java.util.Locale.ROOT));
  }

  /** Whether {@code text} would parse as a country code. */
  public static boolean isValid(String text) {
    return text != null
        && ALPHA3.matcher(text.strip().toUpperCase(java.util.Locale.ROOT)).matches();
  }

  @Override
  public int compareTo(CountryCode other) {
    return alpha3.compareTo(other.alpha3);
  }

  @Override
  public String toString() {
    return alpha3;
  }

  private static String quote(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }
}
