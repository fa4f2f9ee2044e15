package org.chokepoint.bench;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.chokepoint.trade.EuScreening;
import org.chokepoint.trade.FullScreening;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The EU 2021 screening of every importer and every product of one SYNTHETIC BACI-scale year (11
 * million rows by default): {@link FullScreening} against the same screening in DuckDB SQL ({@link
 * DuckDbScreening}), in the same run, on the same number of threads. Both keep their result in
 * memory (arrays for the kernel, a temporary table for DuckDB). Three partners are marked as not
 * one country ({@link BaciShapedTable#defaultNotOneCountry}) so that the unattributed path runs on
 * both sides. Generating the table and loading it into DuckDB happen once per fork and are not
 * measured; the settings are those of {@link GroupedHhiBenchmark}.
 *
 * <p>Run with {@code java -jar bench/target/benchmarks.jar FullScreeningBenchmark}; results are in
 * {@code docs/benchmarks.md}, section 2.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class FullScreeningBenchmark {
  @Param("11000000")
  public int rows;

  /** Threads of both the kernel and DuckDB. */
  @Param("2")
  public int threads;

  /**
   * Country indices marked as not one country, comma-separated, or {@code none} to attribute every
   * partner.
   */
  @Param("20,60,150")
  public String notOneCountry;

  private BaciShapedTable table;
  private boolean[] attributed;
  private String twoLevel;
  private String oneLevel;
  private DuckDBConnection duckdb;
  private Statement statement;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    long start = System.nanoTime();
    table = BaciShapedTable.generate(rows, BaciShapedTable.DEFAULT_SEED);
    attributed = table.attributed(parse(notOneCountry));
    twoLevel = DuckDbScreening.twoLevel(attributed, EuScreening.EU_2021);
    oneLevel = DuckDbScreening.oneLevel(attributed, EuScreening.EU_2021);
    long generated = System.nanoTime();
    duckdb = DuckDbBaci.open(threads);
    DuckDbBaci.load(duckdb, table);
    statement = duckdb.createStatement();
    long loaded = System.nanoTime();
    System.out.printf(
        "%n%s, not one country: %s; generated in %d ms, loaded into DuckDB %s in %d ms"
            + " (not measured)%n",
        table.describe(),
        notOneCountry,
        (generated - start) / 1_000_000,
        DuckDbBaci.version(duckdb),
        (loaded - generated) / 1_000_000);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    statement.close();
    duckdb.close();
  }

  /** The kernel on the table's own arrays: nothing is prepared for it outside the measured call. */
  @Benchmark
  public FullScreening.Result kernel() {
    return FullScreening.compute(
        table.exporter(),
        table.importer(),
        table.hs6(),
        table.value(),
        attributed,
        table.productCount(),
        EuScreening.EU_2021,
        threads);
  }

  /** DuckDB with the kernel's two-level aggregation: the query the targets are about. */
  @Benchmark
  public int duckdb() throws SQLException {
    return statement.executeUpdate(twoLevel);
  }

  /** DuckDB with one aggregation, relying on BACI's unique (exporter, importer, product). */
  @Benchmark
  public int duckdbOneLevel() throws SQLException {
    return statement.executeUpdate(oneLevel);
  }

  static int[] parse(String countries) {
    if (countries.isBlank() || countries.equals("none")) {
      return new int[0];
    }
    return Arrays.stream(countries.split(",")).mapToInt(c -> Integer.parseInt(c.trim())).toArray();
  }
}
