package org.chokepoint.minerals;

/** What a published quantity cell says, beyond its number. */
public enum QuantityStatus {
  /** A number; a dash ("none") is reported as zero. */
  REPORTED(true),
  /** Less than half a unit, or included in another row: counted as zero. */
  NEGLIGIBLE(true),
  /** Withheld to avoid disclosing company data: unknown, never zero. */
  WITHHELD(false),
  /** Not available: unknown. */
  NOT_AVAILABLE(false),
  /** Not applicable or cannot be calculated. */
  NOT_APPLICABLE(false),
  /** Words, bounds or ranges ("Large", "&gt;95", "50-300") kept as text, never as a number. */
  ANNOTATION(false);

  private final boolean known;

  QuantityStatus(boolean known) {
    this.known = known;
  }

  /** Whether the cell gives a number that may be added up. */
  public boolean isKnown() {
    return known;
  }
}
