package org.chokepoint.screening.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the distinct words of many prepared names (equal {@link NameToken}s get one number), so
 * that a {@link QueryCache} can keep a query's similarity to each listed word in an array. Not
 * thread-safe while numbering; the numbers it gave never change.
 */
public final class WordIds {
  private final Map<NameToken, Integer> ids = new HashMap<>();

  /** The numbers of a name's words, in order. */
  public int[] of(PreparedName name) {
    List<NameToken> t = name.tokens();
    int[] out = new int[t.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.computeIfAbsent(t.get(i), k -> ids.size());
    }
    return out;
  }

  /** How many distinct words have been numbered. */
  public int size() {
    return ids.size();
  }
}
