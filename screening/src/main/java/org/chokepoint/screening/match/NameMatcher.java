package org.chokepoint.screening.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores two prepared names. Words are paired greedily, best similarity first, each word used once
 * (two neighbouring words may pair with one word written together); pairs under 0.75 do not count.
 * The score is the weighted mean of the pairs' evidence (a pair weighs its words' weights; a
 * similarity s of 0.9 or more is its own evidence, below that the evidence falls 2.5 times as fast:
 * {@code s − 1.5·(0.9 − s)}, so that 0.8 counts 0.65 and near-misses do not add up to a match),
 * times the share of the shorter name's weight that found a partner, times {@code 1 − 0.4 × the
 * share of the longer name left over}; numbers must agree (all digits compared as one string: a
 * difference halves the score); when only one word of the shorter name matched a name of two or
 * more words, the score is at most 0.85 when the shorter name is the query (everything asked for
 * was found) and 0.7 when it is the listed name (a one-word alias such as MARIA inside a longer
 * query). Word order does not matter.
 */
public final class NameMatcher {
  static final double MIN_PAIR = 0.75;
  static final double STRONG_PAIR = 0.9;
  static final double WEAK_PAIR_SLOPE = 1.5;
  static final double MIN_JOINED = 0.85;
  static final double LONG_PENALTY = 0.4;
  static final double LISTED_SUBSET_CAP = 0.7;
  static final double NUMBER_WEIGHT = 3;
  static final double NUMBER_MISMATCH = 0.5;
  static final double SINGLE_WORD_CAP = 0.85;
  private static final int MAX_TOKENS = 30;

  private final TokenSimilarity similarity;

  public NameMatcher(TokenSimilarity similarity) {
    this.similarity = similarity;
  }

  public static NameMatcher standard() {
    return new NameMatcher(new TokenSimilarity(NameTables.shipped()));
  }

  /** The score alone, without the details (the fast path of the index). */
  public double score(PreparedName q, PreparedName c) {
    return run(q, c, false, null).score();
  }

  /**
   * The score alone, with the similarities of the query's words to the listed name's words taken
   * from {@code cache}, which computes each once per query: {@code ids} numbers the listed name's
   * words so that equal words have equal numbers ({@link WordIds}). Gives exactly {@link #score}.
   */
  public double score(PreparedName q, PreparedName c, int[] ids, QueryCache cache) {
    return run(q, c, false, cache.bind(q, c, ids)).score();
  }

  /**
   * A new cache of one query's word similarities against listed words numbered {@code 0 .. words −
   * 1}; it may serve query after query (each {@link QueryCache#start} clears it) on one thread.
   */
  public QueryCache cache(int words) {
    return new QueryCache(similarity, words);
  }

  /** The score with the pairs and the words left over. */
  public NameMatch compare(PreparedName q, PreparedName c) {
    return run(q, c, true, null);
  }

  private NameMatch run(PreparedName q, PreparedName c, boolean details, QueryCache cache) {
    List<NameToken> qt = cap(q.tokens());
    List<NameToken> ct = cap(c.tokens());
    int n = qt.size();
    int m = ct.size();
    Edges edges = new Edges(n * m + Math.max(0, n - 1) * m + n * Math.max(0, m - 1));
    for (int j = 0; j < m; j++) {
      NameToken b = ct.get(j);
      double[] row = cache != null ? cache.row(j) : null;
      for (int i = 0; i < n; i++) {
        double s = row != null ? row[i] : similarity.similarity(qt.get(i), b);
        if (s >= MIN_PAIR) {
          edges.add(s, 1L << i, 1L << j);
        }
      }
    }
    joined(qt, ct, edges, false, cache);
    joined(ct, qt, edges, true, cache);
    edges.sort();
    long usedQ = 0;
    long usedC = 0;
    double sum = 0;
    double matchedWeight = 0;
    double mq = 0;
    double mc = 0;
    int wordsQ = 0;
    int wordsC = 0;
    List<TokenPair> pairs = details ? new ArrayList<>() : null;
    for (int e = 0; e < edges.size; e++) {
      long a = edges.q[e];
      long b = edges.c[e];
      if ((a & usedQ) != 0 || (b & usedC) != 0) {
        continue;
      }
      usedQ |= a;
      usedC |= b;
      double wa = weight(qt, a);
      double wb = weight(ct, b);
      sum += evidence(edges.s[e]) * (wa + wb);
      matchedWeight += wa + wb;
      mq += wa;
      mc += wb;
      wordsQ += words(qt, a);
      wordsC += words(ct, b);
      if (details) {
        pairs.add(pair(qt, ct, a, b, edges.s[e]));
      }
    }
    double wq = weight(qt, -1L);
    double wc = weight(ct, -1L);
    String numbers = "none";
    double factor = 1;
    if (!q.digits().isEmpty() || !c.digits().isEmpty()) {
      if (!q.digits().isEmpty() && !c.digits().isEmpty()) {
        wq += NUMBER_WEIGHT;
        wc += NUMBER_WEIGHT;
        if (q.digits().equals(c.digits())) {
          sum += 2 * NUMBER_WEIGHT;
          matchedWeight += 2 * NUMBER_WEIGHT;
          mq += NUMBER_WEIGHT;
          mc += NUMBER_WEIGHT;
          numbers = "agree";
        } else {
          factor = NUMBER_MISMATCH;
          numbers = "differ";
        }
      } else {
        numbers = "one-side";
        if (q.digits().isEmpty()) {
          wc += NUMBER_WEIGHT;
        } else {
          wq += NUMBER_WEIGHT;
        }
      }
    }
    double score = 0;
    boolean capped = false;
    if (matchedWeight > 0 && wq > 0 && wc > 0) {
      double quality = sum / matchedWeight;
      boolean queryShort = wq <= wc;
      double covShort = queryShort ? mq / wq : mc / wc;
      double covLong = queryShort ? mc / wc : mq / wq;
      score = quality * covShort * (1 - LONG_PENALTY * (1 - covLong)) * factor;
      int shortWords = queryShort ? wordsQ : wordsC;
      int longWords = queryShort ? words(ct, -1L) : words(qt, -1L);
      if (shortWords <= 1 && longWords >= 2) {
        double cap = queryShort ? SINGLE_WORD_CAP : LISTED_SUBSET_CAP;
        if (score > cap) {
          score = cap;
          capped = true;
        }
      }
      score = Math.min(1, Math.max(0, score));
    }
    if (!details) {
      return new NameMatch(score, List.of(), List.of(), List.of(), numbers, capped);
    }
    return new NameMatch(score, pairs, unused(qt, usedQ), unused(ct, usedC), numbers, capped);
  }

  /** The evidence a pair of similarity {@code s} gives (see the class comment). */
  static double evidence(double s) {
    return s >= STRONG_PAIR ? s : s - WEAK_PAIR_SLOPE * (STRONG_PAIR - s);
  }

  private void joined(
      List<NameToken> a, List<NameToken> b, Edges edges, boolean swapped, QueryCache cache) {
    for (int i = 0; i + 1 < a.size(); i++) {
      if (!joinable(a.get(i)) || !joinable(a.get(i + 1))) {
        continue;
      }
      String letters = cache == null ? a.get(i).latin() + a.get(i + 1).latin() : null;
      for (int j = 0; j < b.size(); j++) {
        double s =
            cache == null
                ? similarity.joined(a.get(i), a.get(i + 1), letters, b.get(j))
                : swapped ? cache.listedJoined(i, j) : cache.queryJoined(i, j);
        if (s >= MIN_JOINED) {
          long two = (1L << i) | (1L << (i + 1));
          if (swapped) {
            edges.add(s, 1L << j, two);
          } else {
            edges.add(s, two, 1L << j);
          }
        }
      }
    }
  }

  static boolean joinable(NameToken t) {
    return t.kind() == NameToken.Kind.WORD || t.kind() == NameToken.Kind.PARTICLE;
  }

  private TokenPair pair(List<NameToken> qt, List<NameToken> ct, long a, long b, double s) {
    List<NameToken> x = pick(qt, a);
    List<NameToken> y = pick(ct, b);
    TokenSimilarity.Relation r =
        x.size() > 1 || y.size() > 1
            ? TokenSimilarity.Relation.JOINED
            : similarity.relation(x.get(0), y.get(0));
    return new TokenPair(x, y, s, r);
  }

  private static List<NameToken> pick(List<NameToken> t, long mask) {
    List<NameToken> out = new ArrayList<>(2);
    for (int i = 0; i < t.size(); i++) {
      if ((mask & (1L << i)) != 0) {
        out.add(t.get(i));
      }
    }
    return out;
  }

  private static List<NameToken> unused(List<NameToken> t, long used) {
    return pick(t, ~used);
  }

  private static double weight(List<NameToken> t, long mask) {
    double w = 0;
    for (int i = 0; i < t.size(); i++) {
      if ((mask & (1L << i)) != 0) {
        w += t.get(i).weight();
      }
    }
    return w;
  }

  private static int words(List<NameToken> t, long mask) {
    int k = 0;
    for (int i = 0; i < t.size(); i++) {
      if ((mask & (1L << i)) != 0 && t.get(i).kind() == NameToken.Kind.WORD) {
        k++;
      }
    }
    return k;
  }

  static List<NameToken> cap(List<NameToken> t) {
    return t.size() <= MAX_TOKENS ? t : t.subList(0, MAX_TOKENS);
  }

  /** Candidate pairings, sorted best first (more words covered first among equals). */
  private static final class Edges {
    double[] s;
    long[] q;
    long[] c;
    int size;

    Edges(int capacity) {
      s = new double[Math.max(1, capacity)];
      q = new long[s.length];
      c = new long[s.length];
    }

    void add(double score, long a, long b) {
      s[size] = score;
      q[size] = a;
      c[size] = b;
      size++;
    }

    void sort() {
      for (int i = 1; i < size; i++) {
        double ks = s[i];
        long kq = q[i];
        long kc = c[i];
        int bits = Long.bitCount(kq) + Long.bitCount(kc);
        int j = i - 1;
        while (j >= 0
            && (s[j] < ks || s[j] == ks && Long.bitCount(q[j]) + Long.bitCount(c[j]) < bits)) {
          s[j + 1] = s[j];
          q[j + 1] = q[j];
          c[j + 1] = c[j];
          j--;
        }
        s[j + 1] = ks;
        q[j + 1] = kq;
        c[j + 1] = kc;
      }
    }
  }
}
