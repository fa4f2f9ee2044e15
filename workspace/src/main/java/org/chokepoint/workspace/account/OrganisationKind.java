package org.chokepoint.workspace.account;

import java.util.Locale;

/** What an organisation is: a government body, a firm or another kind. */
public enum OrganisationKind {
  GOVERNMENT,
  FIRM,
  OTHER;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code government|firm|other}. */
  public static OrganisationKind parse(String text) {
    for (OrganisationKind k : values()) {
      if (k.id().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "kind \"" + text + "\" is not one of government, firm, other");
  }
}
