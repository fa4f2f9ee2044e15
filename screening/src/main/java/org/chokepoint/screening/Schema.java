package org.chokepoint.screening;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of party an entry or a query is. A person never matches a vessel; a company and an
 * organisation are both legal entities and may match each other.
 */
public enum Schema {
  PERSON,
  COMPANY,
  ORGANIZATION,
  LEGAL_ENTITY,
  VESSEL,
  AIRCRAFT,
  UNKNOWN;

  /** Whether an entry of this schema may match a query of {@code other}. */
  public boolean compatibleWith(Schema other) {
    if (this == UNKNOWN || other == UNKNOWN) {
      return true;
    }
    if (this == other) {
      return true;
    }
    return isLegalEntity() && other.isLegalEntity();
  }

  public boolean isLegalEntity() {
    return this == COMPANY || this == ORGANIZATION || this == LEGAL_ENTITY;
  }

  /** Parses names as the command line and the lists spell them ("Person", "LegalEntity"). */
  public static Optional<Schema> find(String text) {
    String t = text.strip().replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    for (Schema s : values()) {
      if (s.name().replace("_", "").toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(s);
      }
    }
    return switch (t) {
      case "individual" -> Optional.of(PERSON);
      case "entity" -> Optional.of(LEGAL_ENTITY);
      case "organisation" -> Optional.of(ORGANIZATION);
      default -> Optional.empty();
    };
  }
}
