package org.chokepoint.screening.match;

/**
 * Edit distances. {@link #distance} is Levenshtein's (insertions, deletions, substitutions, each
 * 1); {@link #withTranspositions} also counts swapping two neighbouring letters as one edit (the
 * optimal string alignment distance), so that {@code FAIZ} and {@code AFIZ} are one edit apart.
 */
public final class Levenshtein {
  private Levenshtein() {}

  public static int distance(CharSequence a, CharSequence b) {
    return run(a, b, false);
  }

  public static int withTranspositions(CharSequence a, CharSequence b) {
    return run(a, b, true);
  }

  private static int run(CharSequence a, CharSequence b, boolean swaps) {
    int n = a.length();
    int m = b.length();
    if (n == 0 || m == 0) {
      return Math.max(n, m);
    }
    int[] before = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      char c = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        int cost = c == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (swaps && i > 1 && j > 1 && c == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        cur[j] = d;
      }
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
