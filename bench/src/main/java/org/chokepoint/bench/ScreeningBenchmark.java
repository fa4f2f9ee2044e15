package org.chokepoint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.ListedName;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.match.Thresholds;
import org.chokepoint.screening.match.WatchmanScore;
import org.chokepoint.screening.service.CatalogLists;
import org.chokepoint.screening.service.ScreeningList;
import org.chokepoint.screening.service.ScreeningQuery;
import org.chokepoint.screening.service.ScreeningService;

/**
 * Screening speed, end to end, against every name and alias of every list in the starter pack
 * together: the time of one query (median and 99th percentile, one thread) and the throughput of
 * screening 10,000 names on 2 threads, as {@code chokepoint screen names} does; in the same run,
 * two alternatives a user could pick: a brute-force scan with moov-io/watchman's Jaro–Winkler name
 * score over every listed name ({@link WatchmanScore}, one thread), and DuckDB's {@code
 * jaro_winkler_similarity} over the same names in SQL (2 threads).
 *
 * <p>The 10,000 query names: the names of {@code ../shared/data/screening-dev/} (UN names as listed
 * and as treated, US Congress members, and the SYNTHETIC non-listed people), then listed names of
 * the starter pack's lists taken at a fixed stride, every second one with two neighbouring letters
 * swapped, until there are 10,000.
 *
 * <p>Run: {@code flock -x /tmp/cpu.lock java -cp bench/target/benchmarks.jar
 * org.chokepoint.bench.ScreeningBenchmark ../shared/data/screening-dev}.
 */
public final class ScreeningBenchmark {
  private ScreeningBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dev = Path.of(args.length > 0 ? args[0] : "../shared/data/screening-dev");
    int total = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int altQueries = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    Path tmp = Files.createTempDirectory("screening-bench");
    DataCatalog catalog = new DataCatalog(tmp, StarterPack.bundled(), Clock.systemUTC());
    List<ScreeningList> lists = CatalogLists.load(catalog, List.of());
    long t0 = System.nanoTime();
    ScreeningService service = new ScreeningService(lists, Thresholds.DEFAULT);
    double build = (System.nanoTime() - t0) / 1e9;
    List<String> listed = new ArrayList<>();
    for (ScreeningList l : lists) {
      for (ListedEntity e : l.entities()) {
        for (ListedName n : e.names()) {
          listed.add(n.name());
        }
      }
    }
    List<String> queries = queries(dev, listed, total);
    System.out.printf(
        Locale.ROOT,
        "lists: %d, entries: %,d, names: %,d; index built in %.2f s (2 threads); queries: %,d%n",
        lists.size(),
        service.entries(),
        service.names(),
        build,
        queries.size());

    // warm-up: every query once
    for (String q : queries) {
      service.screen(new ScreeningQuery(q, Schema.UNKNOWN, Set.of(), 5));
    }
    long[] times = new long[queries.size()];
    int hits = 0;
    for (int i = 0; i < queries.size(); i++) {
      long s = System.nanoTime();
      hits +=
          service
              .screen(new ScreeningQuery(queries.get(i), Schema.UNKNOWN, Set.of(), 5))
              .hits()
              .size();
      times[i] = System.nanoTime() - s;
    }
    report("chokepoint (index + matcher), 1 thread", times);
    System.out.printf(Locale.ROOT, "  hits at review or above, all queries: %,d%n", hits);

    ForkJoinPool pool = new ForkJoinPool(2);
    for (int rep = 0; rep < 3; rep++) {
      long s = System.nanoTime();
      pool.submit(
              () ->
                  IntStream.range(0, queries.size())
                      .parallel()
                      .forEach(
                          i ->
                              service.screen(
                                  new ScreeningQuery(queries.get(i), Schema.UNKNOWN, Set.of(), 5))))
          .get();
      double sec = (System.nanoTime() - s) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "screen names throughput, 2 threads, run %d: %,d names in %.2f s = %,.0f names/s%n",
          rep + 1,
          queries.size(),
          sec,
          queries.size() / sec);
    }
    pool.shutdown();

    // alternative 1: brute-force watchman Jaro–Winkler over every listed name
    List<List<String>> listedTokens = new ArrayList<>(listed.size());
    for (String n : listed) {
      listedTokens.add(WatchmanScore.fields(WatchmanScore.lowerAndRemovePunctuation(n)));
    }
    int stride = Math.max(1, queries.size() / altQueries);
    List<String> sample = new ArrayList<>();
    for (int i = 0; i < queries.size(); i += stride) {
      sample.add(queries.get(i));
    }
    for (String q : sample.subList(0, Math.min(20, sample.size()))) {
      bruteForce(q, listedTokens); // warm-up
    }
    long[] bf = new long[sample.size()];
    for (int i = 0; i < sample.size(); i++) {
      long s = System.nanoTime();
      bruteForce(sample.get(i), listedTokens);
      bf[i] = System.nanoTime() - s;
    }
    report("brute-force watchman Jaro–Winkler scan, 1 thread (" + sample.size() + " queries)", bf);

    // alternative 2: DuckDB jaro_winkler_similarity over the same names
    Class.forName("org.duckdb.DuckDBDriver");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement st = c.createStatement()) {
        st.execute("SET threads = 2");
        st.execute("CREATE TABLE names (id INTEGER, name VARCHAR)");
      }
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO names VALUES (?, ?)")) {
        for (int i = 0; i < listed.size(); i++) {
          ins.setInt(1, i);
          ins.setString(2, WatchmanScore.lowerAndRemovePunctuation(listed.get(i)));
          ins.addBatch();
        }
        ins.executeBatch();
      }
      try (PreparedStatement q =
          c.prepareStatement(
              "SELECT id, jaro_winkler_similarity(?, name) AS s FROM names"
                  + " ORDER BY s DESC LIMIT 5")) {
        for (String n : sample.subList(0, Math.min(20, sample.size()))) {
          duck(q, n);
        }
        long[] dt = new long[sample.size()];
        for (int i = 0; i < sample.size(); i++) {
          long s = System.nanoTime();
          duck(q, sample.get(i));
          dt[i] = System.nanoTime() - s;
        }
        report(
            "DuckDB jaro_winkler_similarity scan, 2 threads (" + sample.size() + " queries)", dt);
      }
    }
  }

  private static void duck(PreparedStatement q, String name) throws SQLException {
    q.setString(1, WatchmanScore.lowerAndRemovePunctuation(name));
    try (ResultSet r = q.executeQuery()) {
      while (r.next()) {
        r.getInt(1);
      }
    }
  }

  private static double bruteForce(String query, List<List<String>> listed) {
    List<String> q = WatchmanScore.fields(WatchmanScore.lowerAndRemovePunctuation(query));
    double best = 0;
    for (List<String> n : listed) {
      best = Math.max(best, WatchmanScore.bestPairs(q, n));
    }
    return best;
  }

  private static void report(String what, long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    double median = s[s.length / 2] / 1e6;
    double p99 = s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)] / 1e6;
    double mean = Arrays.stream(s).average().orElse(0) / 1e6;
    System.out.printf(
        Locale.ROOT,
        "%s: median %.3f ms, p99 %.3f ms, mean %.3f ms per query%n",
        what,
        median,
        p99,
        mean);
  }

  static List<String> queries(Path dev, List<String> listed, int total) throws IOException {
    List<String> out = new ArrayList<>();
    for (String f :
        List.of(
            "candidate_generation_benchmark_positives_un_untreated.csv",
            "candidate_generation_benchmark_positives_un_treated.csv",
            "candidate_generation_benchmark_positives_us_congress_untreated.csv",
            "validation_report_negatives_global.csv",
            "validation_report_negatives_us.csv")) {
      Path p = dev.resolve(f);
      if (!Files.exists(p)) {
        continue;
      }
      try (var r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
          var csv = new org.chokepoint.data.text.CsvReader(r, p.toString())) {
        var rows = csv.readAll();
        for (var row : rows.subList(1, rows.size())) {
          out.add(row.get(0));
        }
      }
    }
    int need = Math.max(0, total - out.size());
    int stride = Math.max(1, listed.size() / Math.max(1, need));
    for (int i = 0, k = 0; out.size() < total && i < listed.size(); i += stride, k++) {
      String n = listed.get(i);
      if (k % 2 == 1 && n.length() > 3) {
        char[] c = n.toCharArray();
        int at = n.length() / 2;
        char t = c[at];
        c[at] = c[at - 1];
        c[at - 1] = t;
        n = new String(c);
      }
      out.add(n);
    }
    return out.subList(0, Math.min(total, out.size()));
  }
}
