package org.chokepoint.screening.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.match.NamePreparer;
import org.chokepoint.screening.match.PreparedName;
import org.chokepoint.screening.match.Thresholds;
import org.chokepoint.screening.service.CatalogLists;
import org.chokepoint.screening.service.ScreeningQuery;
import org.chokepoint.screening.service.ScreeningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick way of ranking a query (the index setting weak candidates aside before its heap, word
 * similarities cached per query) gives exactly what the plain way gives (every candidate through
 * the heap, every candidate scored on its own): the same entries, the same best names and the same
 * scores to the last bit, for every name of the development sets screened against every list.
 * Skipped when the development sets are absent.
 */
class QuickScreeningEquivalenceTest {
  @TempDir Path tmp;

  @Test
  void quickRankingEqualsPlainRankingOnTheDevelopmentSets() {
    Path dev = SharedData.require("screening-dev/");
    DataCatalog catalog = new DataCatalog(tmp, StarterPack.bundled(), new TickingClock());
    ScreeningService service =
        new ScreeningService(CatalogLists.load(catalog, List.of()), Thresholds.DEFAULT);
    NamePreparer preparer = NamePreparer.standard();
    List<String> queries = new ArrayList<>();
    for (String f :
        List.of(
            "candidate_generation_benchmark_positives_un_untreated.csv",
            "candidate_generation_benchmark_positives_un_treated.csv",
            "candidate_generation_benchmark_positives_us_congress_untreated.csv",
            "validation_report_negatives_global.csv",
            "validation_report_negatives_us.csv")) {
      queries.addAll(LabelledPairs.names(dev.resolve(f)));
    }
    for (LabelledPairs.Pair p :
        LabelledPairs.crossScript(dev.resolve("watchman_cross_script_pairs.csv"))) {
      queries.add(p.query());
      queries.add(p.listed());
    }
    int compared = 0;
    int withHits = 0;
    for (String name : queries) {
      for (Schema schema : List.of(Schema.UNKNOWN, Schema.PERSON)) {
        ScreeningQuery q = new ScreeningQuery(name, schema, Set.of(), 5);
        PreparedName p = preparer.prepare(q.name(), q.schema());
        List<ScreeningService.Scored> quick = service.rank(p, q, false);
        assertThat(quick).as(name).isEqualTo(service.rankPlain(p, q, false));
        compared++;
        withHits += quick.isEmpty() || quick.get(0).score() < Thresholds.DEFAULT.review() ? 0 : 1;
      }
    }
    // every listed name scored (no index), for a few queries at a fixed stride
    for (int i = 0; i < queries.size(); i += queries.size() / 8) {
      ScreeningQuery q = new ScreeningQuery(queries.get(i), Schema.UNKNOWN, Set.of(), 5);
      PreparedName p = preparer.prepare(q.name(), q.schema());
      assertThat(service.rank(p, q, true)).isEqualTo(service.rankPlain(p, q, true));
    }
    // the comparison is not empty: thousands of queries, many of them with hits
    assertThat(compared).isGreaterThan(9000);
    assertThat(withHits).isGreaterThan(1000);
  }
}
