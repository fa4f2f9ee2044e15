package org.chokepoint.screening.match;

/**
 * The scores at which a comparison becomes {@link Decision#REVIEW} and {@link Decision#MATCH}
 * (configuration {@code screening: match-threshold, review-threshold}).
 */
public record Thresholds(double match, double review) {
  /** The documented defaults (docs/methods/screening.md). */
  public static final Thresholds DEFAULT = new Thresholds(0.88, 0.75);

  public Thresholds {
    if (!(review >= 0 && review <= match && match <= 1)) {
      throw new IllegalArgumentException(
          "screening thresholds must satisfy 0 <= review-threshold <= match-threshold <= 1, got review "
              + review
              + " and match "
              + match);
    }
  }

  public Decision decide(double score) {
    return score >= match ? Decision.MATCH : score >= review ? Decision.REVIEW : Decision.NO_MATCH;
  }
}
