package org.chokepoint.screening.match;

import java.util.List;

/**
 * The comparison of two prepared names: the score in [0, 1] and what made it.
 *
 * @param pairs the words paired, best first
 * @param unmatchedQuery words of the query with no counterpart
 * @param unmatchedCandidate words of the listed name with no counterpart
 * @param numbers how the numbers compared: {@code none}, {@code agree}, {@code differ}, or {@code
 *     one-side}
 * @param singleWordCapped whether the score was capped because only one word of a longer name
 *     matched
 */
public record NameMatch(
    double score,
    List<TokenPair> pairs,
    List<NameToken> unmatchedQuery,
    List<NameToken> unmatchedCandidate,
    String numbers,
    boolean singleWordCapped) {
  public NameMatch {
    pairs = List.copyOf(pairs);
    unmatchedQuery = List.copyOf(unmatchedQuery);
    unmatchedCandidate = List.copyOf(unmatchedCandidate);
  }
}
