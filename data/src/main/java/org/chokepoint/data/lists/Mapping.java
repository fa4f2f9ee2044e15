package org.chokepoint.data.lists;

import java.util.Locale;
import java.util.Optional;

/** How an HS code covers a list item. */
public enum Mapping {
  /** Every good under the code belongs to the item (the item may span further codes). */
  EXACT,
  /** The code also holds goods that are not the item, as a basket or a broader heading does. */
  PARTIAL,
  /** No HS code isolates the item (or the part of it the note names); the code is empty. */
  NONE;

  /** The lower-case word used in the files: {@code exact}, {@code partial} or {@code none}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mapping a file's word names, or empty for any other word. */
  public static Optional<Mapping> find(String code) {
    for (Mapping m : values()) {
      if (m.code().equals(code)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
