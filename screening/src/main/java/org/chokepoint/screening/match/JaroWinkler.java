package org.chokepoint.screening.match;

/**
 * Jaro–Winkler similarity of two strings, compared character by character (UTF-16 code units; the
 * matcher only compares lower-case ASCII forms), as Winkler (1990) defines it: matching characters
 * within half the longer length minus one, half the transpositions, and a bonus of 0.1 per common
 * prefix character (at most four) when the Jaro similarity exceeds 0.7.
 *
 * <p>Hand-computed values: MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.840, DIXON/DICKSONX 0.813 (the
 * examples in Winkler's paper and on Wikipedia).
 */
public final class JaroWinkler {
  /** Winkler's prefix scale. */
  public static final double PREFIX_SCALE = 0.1;

  /** The Jaro similarity above which the prefix bonus applies. */
  public static final double BOOST_THRESHOLD = 0.7;

  /** The longest prefix that earns a bonus. */
  public static final int MAX_PREFIX = 4;

  private JaroWinkler() {}

  /** Jaro–Winkler similarity in [0, 1]; 1 for two empty strings, 0 when only one is empty. */
  public static double similarity(CharSequence a, CharSequence b) {
    return similarity(a, b, 0);
  }

  /**
   * Jaro–Winkler with a matching window of at least {@code minWindow}: the textbook window, {@code
   * max(|a|, |b|)/2 − 1}, is 0 for words of up to three letters, so that {@code yu} and {@code yyu}
   * share one letter; the matcher uses 1.
   */
  public static double similarity(CharSequence a, CharSequence b, int minWindow) {
    double j = jaro(a, b, minWindow);
    if (j <= BOOST_THRESHOLD) {
      return j;
    }
    int limit = Math.min(MAX_PREFIX, Math.min(a.length(), b.length()));
    int prefix = 0;
    while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return j + PREFIX_SCALE * prefix * (1 - j);
  }

  /** Jaro similarity in [0, 1]. */
  public static double jaro(CharSequence a, CharSequence b) {
    return jaro(a, b, 0);
  }

  private static double jaro(CharSequence a, CharSequence b, int minWindow) {
    int la = a.length();
    int lb = b.length();
    if (la == 0 && lb == 0) {
      return 1;
    }
    if (la == 0 || lb == 0) {
      return 0;
    }
    int range = Math.max(minWindow, Math.max(la, lb) / 2 - 1);
    long matchedA = 0;
    long matchedB = 0;
    boolean[] bigA = la > 64 ? new boolean[la] : null;
    boolean[] bigB = lb > 64 ? new boolean[lb] : null;
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int start = Math.max(0, i - range);
      int end = Math.min(lb - 1, i + range);
      char c = a.charAt(i);
      for (int j = start; j <= end; j++) {
        if (isSet(matchedB, bigB, j) || b.charAt(j) != c) {
          continue;
        }
        matchedA = set(matchedA, bigA, i);
        matchedB = set(matchedB, bigB, j);
        matches++;
        break;
      }
    }
    if (matches == 0) {
      return 0;
    }
    int halfTranspositions = 0;
    int j = 0;
    for (int i = 0; i < la; i++) {
      if (!isSet(matchedA, bigA, i)) {
        continue;
      }
      while (!isSet(matchedB, bigB, j)) {
        j++;
      }
      if (a.charAt(i) != b.charAt(j)) {
        halfTranspositions++;
      }
      j++;
    }
    double m = matches;
    return (m / la + m / lb + (m - halfTranspositions / 2) / m) / 3.0;
  }

  private static boolean isSet(long bits, boolean[] big, int i) {
    return big != null ? big[i] : (bits & (1L << i)) != 0;
  }

  private static long set(long bits, boolean[] big, int i) {
    if (big != null) {
      big[i] = true;
      return bits;
    }
    return bits | (1L << i);
  }
}
