package org.chokepoint.screening.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The warnings of one list import, for the manifest: things the importer kept but could not fully
 * interpret. Unknown country names are reported once each, with where they first occur and how
 * often, so that a list with a thousand "undetermined" addresses gives one line, not a thousand.
 */
public final class ImportWarnings {
  private final List<String> messages = new ArrayList<>();
  private final Map<String, Unknown> unknownCountries = new LinkedHashMap<>();

  private static final class Unknown {
    final String where;
    int count;

    Unknown(String where) {
      this.where = where;
    }
  }

  /** A warning as it will be shown. */
  public void add(String message) {
    messages.add(message);
  }

  /**
   * A country name that {@link CountryNames} does not know, met at {@code file:line}; the text is
   * kept where it was (address, remark), only the country code is missing.
   */
  public void unknownCountry(String name, String file, long line) {
    unknownCountries.computeIfAbsent(
            EntryBuilder.clean(name), k -> new Unknown(fileName(file) + ":" + line))
        .count++;
  }

  /**
   * Looks up a country; an unknown non-blank name is recorded as a warning.
   *
   * @return the alpha-3 code, or empty
   */
  public String country(String name, String file, long line) {
    if (name == null || name.isBlank()) {
      return "";
    }
    return CountryNames.standard()
        .find(name)
        .orElseGet(
            () -> {
              unknownCountry(name, file, line);
              return "";
            });
  }

  /** All warnings: the plain ones in order, then one per unknown country name. */
  public List<String> list() {
    List<String> all = new ArrayList<>(messages);
    unknownCountries.forEach(
        (name, u) ->
            all.add(
                "country \""
                    + name
                    + "\" is not a known country name ("
                    + u.count
                    + (u.count == 1 ? " time" : " times")
                    + ", first at "
                    + u.where
                    + "): kept as text, no country code"));
    return all;
  }

  private static String fileName(String file) {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return slash < 0 ? file : file.substring(slash + 1);
  }
}
