package org.chokepoint.workspace.account;

import java.util.Locale;

/**
 * A user's role in one organisation, from least to most: a viewer reads, an analyst also creates, a
 * contributor also shares its organisation's objects, an admin also administers.
 */
public enum Role {
  VIEWER,
  ANALYST,
  CONTRIBUTOR,
  ADMIN;

  /** The spelling of the command line, the API and the database. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Role other) {
    return compareTo(other) >= 0;
  }

  /** Parses {@code viewer|analyst|contributor|admin}, naming the choices when it is none. */
  public static Role parse(String text) {
    for (Role r : values()) {
      if (r.id().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "role \"" + text + "\" is not one of viewer, analyst, contributor, admin");
  }
}
