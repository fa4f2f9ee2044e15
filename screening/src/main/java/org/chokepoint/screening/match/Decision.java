package org.chokepoint.screening.match;

import java.util.Locale;

/** What a score means for the person screening: act, look, or move on. */
public enum Decision {
  /** The score reaches the match threshold: treat as the listed party until shown otherwise. */
  MATCH,
  /** Between the review and match thresholds: a person should look at it. */
  REVIEW,
  /** Below the review threshold. */
  NO_MATCH;

  /** {@code match}, {@code review}, {@code no-match}, as outputs write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
