package org.chokepoint.screening.match;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A port of moov-io/watchman's name scorer ({@code internal/stringscore}: {@code
 * BestPairsJaroWinkler} and {@code BestPairCombinationJaroWinkler}, Apache-2.0), kept as the
 * baseline the evaluation compares against and to reproduce watchman's published test vectors.
 *
 * <p>Watchman's variant differs from textbook Jaro–Winkler ({@link JaroWinkler}) on purpose, and
 * this port keeps every difference: strings are compared as UTF-8 bytes (so {@code café} against
 * {@code cafe} is 0.80, not 0.88), case-sensitively; a token pair is scored only when the first
 * letters fall in the same rough phonetic class (vowels; b f p v; c g j k q s x z; d t; l; m n; r;
 * h w), otherwise it counts 0; a pair is scaled down by {@code 1 − 0.3·(1 − short/long)} when the
 * shorter token is under 90 % of the longer, and by 0.9 when the first letters differ (ignoring
 * case); tokens are paired greedily by best score, and the length-weighted average is scaled by
 * {@code 1 − 0.15·(unmatched share of the indexed name)}.
 */
public final class WatchmanScore {
  private static final double LENGTH_CUTOFF = 0.9;
  private static final double LENGTH_PENALTY = 0.3;
  private static final double FIRST_LETTER_PENALTY = 0.9;
  private static final double UNMATCHED_INDEX_PENALTY = 0.15;

  private WatchmanScore() {}

  /** Watchman's {@code prepare.LowerAndRemovePunctuation}: lower case, punctuation removed. */
  public static String lowerAndRemovePunctuation(String s) {
    String lower =
        java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.isWhitespace(c)) {
        out.append(c);
      } else if (c == '-' || c == ',' || c == '.' || c == '/') {
        out.append(' ');
      }
    }
    return String.join(" ", fields(out.toString()));
  }

  /** Splits on runs of white space, as Go's {@code strings.Fields}. */
  public static List<String> fields(String s) {
    List<String> out = new ArrayList<>();
    for (String t : s.strip().split("\\s+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** {@code BestPairsJaroWinkler(search, indexed)}. */
  public static double bestPairs(List<String> search, List<String> indexed) {
    byte[][] s = bytes(search);
    byte[][] x = bytes(indexed);
    int searchLength = Arrays.stream(s).mapToInt(b -> b.length).sum();
    int indexLength = Arrays.stream(x).mapToInt(b -> b.length).sum();
    List<double[]> scores = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      for (int j = 0; j < x.length; j++) {
        if (phoneticClass(x[j]) == phoneticClass(s[i]) && s[i].length > 0) {
          scores.add(new double[] {tokenScore(x[j], s[i]), i, j});
        }
      }
    }
    scores.sort((p, q) -> Double.compare(q[0], p[0]));
    boolean[] usedS = new boolean[s.length];
    boolean[] usedX = new boolean[x.length];
    double total = 0;
    int matchedIndexLength = 0;
    for (double[] sc : scores) {
      int i = (int) sc[1];
      int j = (int) sc[2];
      if (!usedS[i] && !usedX[j]) {
        total += sc[0] * (s[i].length + x[j].length);
        usedS[i] = true;
        usedX[j] = true;
        matchedIndexLength += x[j].length;
      }
    }
    if (searchLength + matchedIndexLength == 0 || indexLength == 0) {
      return 0;
    }
    double average = total / (searchLength + matchedIndexLength);
    double matchedFraction = (double) matchedIndexLength / indexLength;
    return average * scaling(matchedFraction, UNMATCHED_INDEX_PENALTY);
  }

  /**
   * {@code BestPairCombinationJaroWinkler}: the best of {@link #bestPairs} over the tokens as given
   * and with words of up to three bytes joined to their next (or previous) neighbour.
   */
  public static double bestPairCombination(List<String> search, List<String> indexed) {
    double best = 0;
    for (List<String> a : combinations(search)) {
      for (List<String> b : combinations(indexed)) {
        best = Math.max(best, bestPairs(a, b));
      }
    }
    return best;
  }

  static List<List<String>> combinations(List<String> tokens) {
    List<List<String>> out = new ArrayList<>();
    out.add(tokens);
    if (tokens.size() <= 1) {
      return out;
    }
    List<String> forward = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (i < tokens.size() - 1 && utf8(tokens.get(i)).length <= 3) {
        forward.add(tokens.get(i) + tokens.get(i + 1));
        i++;
      } else {
        forward.add(tokens.get(i));
      }
    }
    if (forward.size() < tokens.size()) {
      out.add(forward);
      List<String> backward = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        if (i > 0 && utf8(tokens.get(i)).length <= 3 && !backward.isEmpty()) {
          backward.set(backward.size() - 1, backward.get(backward.size() - 1) + tokens.get(i));
        } else {
          backward.add(tokens.get(i));
        }
      }
      if (backward.size() < tokens.size() && !backward.equals(forward)) {
        out.add(backward);
      }
    }
    return out;
  }

  private static double tokenScore(byte[] a, byte[] b) {
    double score = jaroWinklerBytes(a, b);
    double lengthMetric = (double) Math.min(a.length, b.length) / Math.max(a.length, b.length);
    if (lengthMetric < LENGTH_CUTOFF) {
      score *= scaling(lengthMetric, LENGTH_PENALTY);
    }
    if (phoneticClass(a) != phoneticClass(b)) {
      score *= FIRST_LETTER_PENALTY;
    }
    return score;
  }

  /** {@code xrash/smetrics.JaroWinkler(a, b, 0.7, 4)} over bytes. */
  static double jaroWinklerBytes(byte[] a, byte[] b) {
    double j = jaroBytes(a, b);
    if (j <= 0.7) {
      return j;
    }
    int limit = Math.min(4, Math.min(a.length, b.length));
    int prefix = 0;
    while (prefix < limit && a[prefix] == b[prefix]) {
      prefix++;
    }
    return j + 0.1 * prefix * (1 - j);
  }

  private static double jaroBytes(byte[] a, byte[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int range = Math.max(0, Math.max(a.length, b.length) / 2 - 1);
    boolean[] ma = new boolean[a.length];
    boolean[] mb = new boolean[b.length];
    int matches = 0;
    for (int i = 0; i < a.length; i++) {
      int end = Math.min(b.length - 1, i + range);
      for (int j = Math.max(0, i - range); j <= end; j++) {
        if (!mb[j] && a[i] == b[j]) {
          ma[i] = true;
          mb[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int unaligned = 0;
    for (int i = 0, j = 0; i < a.length; i++) {
      if (!ma[i]) {
        continue;
      }
      while (!mb[j]) {
        j++;
      }
      if (a[i] != b[j]) {
        unaligned++;
      }
      j++;
    }
    double m = matches;
    return (m / a.length + m / b.length + (m - unaligned / 2) / m) / 3.0;
  }

  private static int phoneticClass(byte[] token) {
    if (token.length == 0) {
      return ' ';
    }
    int c = Character.toUpperCase(token[0] & 0xff);
    return switch (c) {
      case 'A', 'E', 'I', 'O', 'U', 'Y' -> 'A';
      case 'B', 'F', 'P', 'V' -> 'B';
      case 'C', 'G', 'J', 'K', 'Q', 'S', 'X', 'Z' -> 'C';
      case 'D', 'T' -> 'D';
      case 'M', 'N' -> 'M';
      case 'H', 'W' -> 'H';
      default -> c;
    };
  }

  private static double scaling(double metric, double weight) {
    return 1.0 - (1.0 - metric) * weight;
  }

  private static byte[][] bytes(List<String> tokens) {
    return tokens.stream().map(WatchmanScore::utf8).toArray(byte[][]::new);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
