package org.chokepoint.screening.eval;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;

/**
 * The labelled name pairs of the evaluation, built from the development sets in {@code
 * ../shared/data/screening-dev/}. How each set is labelled and where its non-matching pairs come
 * from is fixed here, before any score is seen, and written in {@code docs/methods/screening.md}.
 */
final class LabelledPairs {
  private LabelledPairs() {}

  /** Two names and whether they name the same party. */
  record Pair(String listed, String query, boolean same) {}

  /**
   * watchman's cross-script pairs: each query with its expected Latin name is a match; each query
   * with every other row's Latin name is a non-match.
   */
  static List<Pair> crossScript(Path file) {
    List<String[]> rows = new ArrayList<>();
    for (CsvRecord r : csv(file, true)) {
      rows.add(new String[] {r.get(0), r.get(1)});
    }
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < rows.size(); j++) {
        out.add(new Pair(rows.get(j)[1], rows.get(i)[0], i == j));
      }
    }
    return out;
  }

  /**
   * watchman's Jaro–Winkler test pairs ({@code BestPairsJaroWinkler} rows), labelled by hand in
   * {@code eval/watchman-pairs-labels.csv} (same party or not, with the reason); rows without
   * letters are left out, and each distinct pair counts once.
   */
  static List<Pair> watchman(Path file) {
    Map<Integer, Boolean> labels = new HashMap<>();
    for (CsvRecord r : rest(csv(resource("watchman-pairs-labels.csv"), false))) {
      labels.put(Integer.parseInt(r.get(0)), Boolean.parseBoolean(r.get(1)));
    }
    List<Pair> out = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    for (CsvRecord r : csv(file, false)) {
      Boolean same = labels.get((int) r.line());
      if (same != null && seen.add(List.of(r.get(1), r.get(2)))) {
        out.add(new Pair(r.get(1), r.get(2), same));
      }
    }
    return out;
  }

  /** watchman's reordering cases: each input and its expected reordering name one party. */
  static List<Pair> reorder(Path file) {
    List<Pair> out = new ArrayList<>();
    for (CsvRecord r : rest(csv(file, false))) {
      out.add(new Pair(r.get(1), r.get(0), true));
    }
    return out;
  }

  /**
   * UN names against their treated versions: each original with its own treated name is a match;
   * each original with the treated name of the other row that shares the most words with it (ties:
   * the nearer row), a different listed person, is a non-match. The hard non-matches are chosen by
   * shared words alone, not by any score of the matcher.
   */
  static List<Pair> unTreated(Path file) {
    List<String[]> rows = new ArrayList<>();
    for (CsvRecord r : rest(csv(file, false))) {
      rows.add(new String[] {r.get(0), r.get(1)});
    }
    List<Set<String>> words = new ArrayList<>();
    for (String[] r : rows) {
      words.add(words(r[0]));
    }
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      out.add(new Pair(rows.get(i)[0], rows.get(i)[1], true));
      int best = -1;
      int bestShared = -1;
      for (int j = 0; j < rows.size(); j++) {
        if (j == i || words.get(j).equals(words.get(i))) {
          continue;
        }
        Set<String> shared = new HashSet<>(words.get(i));
        shared.retainAll(words.get(j));
        if (shared.size() > bestShared) {
          bestShared = shared.size();
          best = j;
        }
      }
      out.add(new Pair(rows.get(i)[0], rows.get(best)[1], false));
    }
    return out;
  }

  /** The {@code full_name} column of a names file. */
  static List<String> names(Path file) {
    List<CsvRecord> rows = csv(file, false);
    int col = rows.get(0).fields().indexOf("full_name");
    List<String> out = new ArrayList<>();
    for (CsvRecord r : rows.subList(1, rows.size())) {
      out.add(r.get(col));
    }
    return out;
  }

  private static List<CsvRecord> rest(List<CsvRecord> rows) {
    return rows.subList(1, rows.size());
  }

  private static Set<String> words(String name) {
    Set<String> out = new HashSet<>();
    for (String w : name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static Path resource(String name) {
    try {
      return Path.of(LabelledPairs.class.getResource("/eval/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<CsvRecord> csv(Path file, boolean skipComments) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (skipComments) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n")) {
          if (!line.isBlank() && !line.startsWith("#")) {
            b.append(line).append('\n');
          }
        }
        text = b.toString();
      }
      try (CsvReader r = new CsvReader(new StringReader(text), file.toString())) {
        return r.readAll();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
