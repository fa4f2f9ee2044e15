package org.chokepoint.screening.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The similarities of one query's words to listed words, each computed the first time a candidate
 * needs it and then reused for every other candidate with the same word: word to word, two
 * neighbouring query words written together to a listed word, and two neighbouring listed words
 * written together to a query word. Listed words are known by their {@link WordIds} number, so a
 * look-up is an array read. Serves one query at a time on one thread; {@link #start} begins the
 * next query and forgets the previous one's values.
 */
public final class QueryCache {
  private final TokenSimilarity similarity;
  private final double[][] rows;
  private final double[][] joinedRows;
  private final Map<Long, double[]> listedPairs = new HashMap<>();
  private int[] touched = new int[256];
  private int count;
  private PreparedName query;
  private List<NameToken> qt = List.of();
  private String[] queryLetters = new String[0];
  private int[] ids;
  private List<NameToken> ct;

  QueryCache(TokenSimilarity similarity, int words) {
    this.similarity = similarity;
    this.rows = new double[words][];
    this.joinedRows = new double[words][];
  }

  /** Begins a query: the values of the previous one are dropped. */
  public void start(PreparedName q) {
    for (int i = 0; i < count; i++) {
      rows[touched[i]] = null;
      joinedRows[touched[i]] = null;
    }
    count = 0;
    listedPairs.clear();
    query = q;
    qt = NameMatcher.cap(q.tokens());
    queryLetters = new String[Math.max(0, qt.size() - 1)];
    for (int i = 0; i + 1 < qt.size(); i++) {
      queryLetters[i] = qt.get(i).latin() + qt.get(i + 1).latin();
    }
  }

  /** Sets the listed name the next look-ups are about; {@code ids} numbers its words. */
  QueryCache bind(PreparedName q, PreparedName c, int[] ids) {
    if (q != query) {
      throw new IllegalStateException("the cache was started for another query");
    }
    this.ids = ids;
    this.ct = NameMatcher.cap(c.tokens());
    return this;
  }

  /** Similarity of every query word to listed word {@code j}. */
  double[] row(int j) {
    int id = ids[j];
    double[] r = rows[id];
    if (r == null) {
      NameToken b = ct.get(j);
      r = new double[qt.size()];
      for (int i = 0; i < r.length; i++) {
        r[i] = similarity.similarity(qt.get(i), b);
      }
      rows[id] = r;
      touch(id);
    }
    return r;
  }

  /** Similarity of query words {@code i} and {@code i + 1} written together to listed word j. */
  double queryJoined(int i, int j) {
    int id = ids[j];
    double[] r = joinedRows[id];
    if (r == null) {
      NameToken b = ct.get(j);
      r = new double[queryLetters.length];
      for (int k = 0; k < r.length; k++) {
        if (NameMatcher.joinable(qt.get(k)) && NameMatcher.joinable(qt.get(k + 1))) {
          r[k] = similarity.joined(qt.get(k), qt.get(k + 1), queryLetters[k], b);
        }
      }
      joinedRows[id] = r;
      touch(id);
    }
    return r[i];
  }

  /** Similarity of listed words {@code i} and {@code i + 1} written together to query word j. */
  double listedJoined(int i, int j) {
    long key = ((long) ids[i] << 32) | (ids[i + 1] & 0xffffffffL);
    double[] r = listedPairs.get(key);
    if (r == null) {
      NameToken first = ct.get(i);
      NameToken second = ct.get(i + 1);
      String letters = first.latin() + second.latin();
      r = new double[qt.size()];
      for (int k = 0; k < r.length; k++) {
        r[k] = similarity.joined(first, second, letters, qt.get(k));
      }
      listedPairs.put(key, r);
    }
    return r[j];
  }

  private void touch(int id) {
    if (count == touched.length) {
      touched = Arrays.copyOf(touched, count * 2);
    }
    touched[count++] = id;
  }
}
