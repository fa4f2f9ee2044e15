package org.chokepoint.bench;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.chokepoint.concentration.GroupedHhi;
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
 * HHI per (importer, product) over a SYNTHETIC BACI-shaped table: {@link GroupedHhi} against the
 * same query in DuckDB SQL, in the same run, on the same number of threads. Both keep their result
 * in memory (arrays for the kernel, a temporary table for DuckDB); neither returns it to the caller
 * row by row. Generating the table and loading it into DuckDB happen once per fork and are not
 * measured. The fork gets a fixed, pre-touched 8 GB heap so that first-touch page faults of new
 * heap memory do not land in the measured iterations.
 *
 * <p>Run with {@code java -jar bench/target/benchmarks.jar GroupedHhiBenchmark}; results are in
 * {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class GroupedHhiBenchmark {
  @Param("10000000")
  public int rows;

  /** Threads of both the kernel and DuckDB. */
  @Param("2")
  public int threads;

  private BaciShapedTable table;
  private DuckDBConnection duckdb;
  private Statement statement;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    long start = System.nanoTime();
    table = BaciShapedTable.generate(rows, BaciShapedTable.DEFAULT_SEED);
    long generated = System.nanoTime();
    duckdb = DuckDbBaci.open(threads);
    DuckDbBaci.load(duckdb, table);
    statement = duckdb.createStatement();
    long loaded = System.nanoTime();
    System.out.printf(
        "%n%s; generated in %d ms, loaded into DuckDB %s in %d ms (not measured)%n",
        table.describe(),
        (generated - start) / 1_000_000,
        DuckDbBaci.version(duckdb),
        (loaded - generated) / 1_000_000);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    statement.close();
    duckdb.close();
  }

  /** The kernel, including building its group key {@code importer * products + product}. */
  @Benchmark
  public GroupedHhi.Result kernel() {
    int n = table.rowCount();
    int products = table.productCount();
    int[] importer = table.importer();
    int[] hs6 = table.hs6();
    int[] group = new int[n];
    for (int r = 0; r < n; r++) {
      group[r] = importer[r] * products + hs6[r];
    }
    return GroupedHhi.compute(
        group,
        table.countryCount() * products,
        table.exporter(),
        table.countryCount(),
        table.value(),
        threads);
  }

  /** DuckDB with the kernel's two-level aggregation. */
  @Benchmark
  public int duckdb() throws SQLException {
    return statement.executeUpdate(DuckDbBaci.materialize(DuckDbBaci.TWO_LEVEL));
  }

  /** DuckDB with one aggregation, relying on BACI's unique (exporter, importer, product). */
  @Benchmark
  public int duckdbOneLevel() throws SQLException {
    return statement.executeUpdate(DuckDbBaci.materialize(DuckDbBaci.ONE_LEVEL));
  }
}
