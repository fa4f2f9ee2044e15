package org.chokepoint.screening;

import java.util.Objects;

/**
 * A name of a listed entry, as the list gives it, in its own script.
 *
 * @param kind primary name, alias, or weak alias (a low-quality alias the list itself marks as
 *     such, e.g. OFAC "weak a.k.a.")
 * @param language the list's language tag for the name where it gives one ({@code ja}, {@code zh},
 *     {@code ru}), else empty
 */
public record ListedName(String name, Kind kind, String language) {
  public enum Kind {
    PRIMARY,
    ALIAS,
    WEAK_ALIAS
  }

  public ListedName {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a listed name must not be blank");
    }
    Objects.requireNonNull(kind, "kind");
    language = Objects.requireNonNullElse(language, "");
  }
}
