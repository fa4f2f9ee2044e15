package org.chokepoint.screening.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Says in plain words why two names scored what they scored: the decision and thresholds, which
 * words were paired and how alike they are, what found no partner, how the numbers compared, and
 * what normalisation did to each name. One line, sentences separated by ". ", so that it fits a CSV
 * cell.
 */
public final class Explanation {
  private Explanation() {}

  public static String of(
      PreparedName query, PreparedName listed, NameMatch m, Decision d, Thresholds t) {
    List<String> s = new ArrayList<>();
    s.add(
        String.format(
            Locale.ROOT,
            "Score %.2f: %s (match from %.2f, review from %.2f)",
            m.score(),
            d.label(),
            t.match(),
            t.review()));
    if (!m.pairs().isEmpty()) {
      List<String> pairs = new ArrayList<>();
      for (TokenPair p : m.pairs()) {
        pairs.add(pair(p));
      }
      s.add("Paired words: " + String.join("; ", pairs));
    }
    if (!m.unmatchedQuery().isEmpty()) {
      s.add("Not found in the listed name: " + words(m.unmatchedQuery()));
    }
    if (!m.unmatchedCandidate().isEmpty()) {
      s.add("Not found in the query: " + words(m.unmatchedCandidate()) + " (lowers the score)");
    }
    switch (m.numbers()) {
      case "agree" -> s.add("Numbers agree (" + query.digits() + ")");
      case "differ" ->
          s.add("Numbers differ (" + query.digits() + " vs " + listed.digits() + "): score halved");
      case "one-side" ->
          s.add(
              "Only one name has a number ("
                  + (query.digits().isEmpty() ? listed.digits() : query.digits())
                  + ")");
      default -> {}
    }
    if (m.singleWordCapped()) {
      s.add("Only one word of a longer name matched, so the score is held down");
    }
    if (!query.notes().isEmpty()) {
      s.add("Query: " + String.join("; ", query.notes()));
    }
    if (!listed.notes().isEmpty()) {
      s.add("Listed name: " + String.join("; ", listed.notes()));
    }
    return String.join(". ", s) + ".";
  }

  private static String pair(TokenPair p) {
    String q = words(p.query());
    String c = words(p.candidate());
    String latin = "";
    if (!p.candidate().get(0).script().equals(Script.LATIN)) {
      latin =
          " (read " + String.join(" ", p.candidate().stream().map(NameToken::latin).toList()) + ")";
    } else if (!p.query().get(0).script().equals(Script.LATIN)) {
      latin = " (read " + String.join(" ", p.query().stream().map(NameToken::latin).toList()) + ")";
    }
    return String.format(
        Locale.ROOT,
        "%s ~ %s%s: %s, %.0f%%",
        q,
        c,
        latin,
        p.relation().words(),
        100 * p.similarity());
  }

  private static String words(List<NameToken> tokens) {
    return "\"" + String.join(" ", tokens.stream().map(NameToken::text).toList()) + "\"";
  }
}
