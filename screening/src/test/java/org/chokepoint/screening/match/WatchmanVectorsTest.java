package org.chokepoint.screening.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.junit.jupiter.api.Test;

/**
 * moov-io/watchman's published test vectors ({@code ../shared/data/screening-dev/}): its scorer's
 * expected scores (± the stated tolerance) for the port used as the evaluation baseline, and its
 * name-reordering cases for {@link NameOrder}.
 */
class WatchmanVectorsTest {
  private static List<CsvRecord> rows(Path p) throws IOException {
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
        CsvReader csv = new CsvReader(r, p.toString())) {
      List<CsvRecord> all = csv.readAll();
      return all.subList(1, all.size());
    }
  }

  @Test
  void portReproducesWatchmanScores() throws IOException {
    Path file = SharedData.require("screening-dev/watchman_jaro_winkler_pairs.csv");
    for (CsvRecord r : rows(file)) {
      String indexed =
          "LowerAndRemovePunctuation".equals(r.get(3))
              ? WatchmanScore.lowerAndRemovePunctuation(r.get(1))
              : r.get(1);
      String search =
          "LowerAndRemovePunctuation".equals(r.get(4))
              ? WatchmanScore.lowerAndRemovePunctuation(r.get(2))
              : r.get(2);
      List<String> s = WatchmanScore.fields(search);
      List<String> x = WatchmanScore.fields(indexed);
      double score =
          r.get(0).equals("BestPairsJaroWinkler")
              ? WatchmanScore.bestPairs(s, x)
              : WatchmanScore.bestPairCombination(s, x);
      assertThat(score)
          .as("line %d: %s | %s", r.line(), r.get(1), r.get(2))
          .isCloseTo(Double.parseDouble(r.get(5)), within(Double.parseDouble(r.get(6)) + 1e-9));
    }
  }

  @Test
  void reorderingCases() throws IOException {
    Path file = SharedData.require("screening-dev/watchman_name_reorder.csv");
    NameTables t = NameTables.shipped();
    for (CsvRecord r : rows(file)) {
      assertThat(NameOrder.reorder(r.get(0), k -> t.legalForm(k) != null))
          .as("line %d", r.line())
          .isEqualTo(r.get(1));
    }
  }
}
