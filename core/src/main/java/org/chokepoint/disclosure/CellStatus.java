package org.chokepoint.disclosure;

import java.util.Locale;

/** What a release does with a cell. CSV writes {@code name().toLowerCase()}. */
public enum CellStatus {
  /** Published: no rule is broken. */
  SAFE,
  /** Suppressed because a primary rule is broken. */
  PRIMARY,
  /** Suppressed to protect a primary cell (complementary suppression). */
  SECONDARY,
  /** No contributor: published as a known zero, never used for complementary suppression. */
  EMPTY;

  /** Whether the cell's total is withheld: {@link #PRIMARY} or {@link #SECONDARY}. */
  public boolean suppressed() {
    return this == PRIMARY || this == SECONDARY;
  }

  /** The lower-case name used in CSV and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label such as {@code safe}; IllegalArgumentException for anything else. */
  public static CellStatus parse(String label) {
    for (CellStatus s : values()) {
      if (s.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown status \"" + label + "\" (expected safe, primary, secondary or empty)");
  }
}
