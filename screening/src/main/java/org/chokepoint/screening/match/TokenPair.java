package org.chokepoint.screening.match;

import java.util.List;

/**
 * Words of the query paired with words of the listed name: one with one, or one with two neighbours
 * written together ({@code Jinping} and {@code jin ping}).
 */
public record TokenPair(
    List<NameToken> query,
    List<NameToken> candidate,
    double similarity,
    TokenSimilarity.Relation relation) {
  public TokenPair {
    query = List.copyOf(query);
    candidate = List.copyOf(candidate);
  }
}
