package org.chokepoint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.concentration.GroupedHhi;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark compares like with like: the kernel and both SQL queries give the same HHI. */
class GroupedHhiAgreesWithDuckDbTest {
  private static final double RELATIVE_TOLERANCE = 1e-9;

  private static BaciShapedTable table;
  private static GroupedHhi.Result kernel;
  private static DuckDBConnection duckdb;

  @BeforeAll
  static void computeBoth() throws SQLException {
    table = BaciShapedTable.generate(200_000, BaciShapedTable.DEFAULT_SEED);
    int products = table.productCount();
    int[] group = new int[table.rowCount()];
    for (int r = 0; r < group.length; r++) {
      group[r] = table.importer()[r] * products + table.hs6()[r];
    }
    kernel =
        GroupedHhi.compute(
            group,
            table.countryCount() * products,
            table.exporter(),
            table.countryCount(),
            table.value(),
            2);
    duckdb = DuckDbBaci.open(2);
    DuckDbBaci.load(duckdb, table);
  }

  @AfterAll
  static void close() throws SQLException {
    duckdb.close();
  }

  @Test
  void twoLevelSqlGivesTheKernelsHhiForEveryGroup() throws SQLException {
    assertThat(mismatches(DuckDbBaci.TWO_LEVEL)).isEmpty();
  }

  @Test
  void oneLevelSqlGivesTheKernelsHhiForEveryGroup() throws SQLException {
    assertThat(mismatches(DuckDbBaci.ONE_LEVEL)).isEmpty();
  }

  @Test
  void tableInDuckDbIsTheGeneratedTable() throws SQLException {
    try (Statement s = duckdb.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*), count(DISTINCT (exporter, importer, hs6)), sum(value) FROM "
                    + DuckDbBaci.TABLE)) {
      rs.next();
      double sum = 0;
      for (double v : table.value()) {
        sum += v;
      }
      assertThat(rs.getLong(1)).isEqualTo(table.rowCount());
      assertThat(rs.getLong(2)).isEqualTo(table.rowCount());
      assertThat(rs.getDouble(3)).isCloseTo(sum, within(sum * 1e-9));
    }
  }

  /**
   * Runs the query as the benchmark does (into the result table), then compares every group: the
   * groups with rows must match in total and HHI, and the empty ones (NaN in the kernel) must be
   * absent from DuckDB's result.
   */
  private static List<String> mismatches(String query) throws SQLException {
    List<String> problems = new ArrayList<>();
    int products = table.productCount();
    boolean[] seen = new boolean[kernel.groupCount()];
    try (Statement s = duckdb.createStatement()) {
      s.executeUpdate(DuckDbBaci.materialize(query));
      try (ResultSet rs =
          s.executeQuery("SELECT importer, hs6, total, hhi FROM " + DuckDbBaci.RESULT)) {
        while (rs.next()) {
          int g = rs.getInt(1) * products + rs.getInt(2);
          seen[g] = true;
          check(problems, g, "total", kernel.total()[g], rs.getDouble(3));
          check(problems, g, "hhi", kernel.hhi()[g], rs.getDouble(4));
        }
      }
    }
    for (int g = 0; g < seen.length; g++) {
      if (!seen[g] && !Double.isNaN(kernel.hhi()[g])) {
        problems.add("group " + g + ": kernel has HHI " + kernel.hhi()[g] + ", DuckDB none");
      }
    }
    return problems.size() > 10 ? problems.subList(0, 10) : problems;
  }

  private static void check(List<String> problems, int g, String what, double ours, double sql) {
    if (!(Math.abs(ours - sql) <= RELATIVE_TOLERANCE * Math.max(Math.abs(ours), Math.abs(sql)))) {
      problems.add("group " + g + ": kernel " + what + " " + ours + ", DuckDB " + sql);
    }
  }
}
