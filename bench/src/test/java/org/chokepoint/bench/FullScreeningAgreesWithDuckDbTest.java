package org.chokepoint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.trade.EuScreening;
import org.chokepoint.trade.FullScreening;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The screening benchmark compares like with like: on a small synthetic table with three partners
 * that are not one country, the kernel and both SQL statements give the same imports, exports, HHI
 * and flag for every (importer, product) with imports, and DuckDB has no cell the kernel lacks.
 *
 * <p>The two-level statement computes the HHI as the kernel does (with the unattributed supplier,
 * minus its share squared) and must agree to 1e-9 relative. The one-level statement sums only the
 * attributed squares, which is the same number without the subtraction; where the unattributed
 * share is near 1 the kernel's subtraction cancels, so there the HHI is compared to 1e-9 of the HHI
 * before the subtraction, the size of the terms involved (an absolute error below 1e-9 in all
 * cases).
 */
class FullScreeningAgreesWithDuckDbTest {
  private static final double RELATIVE_TOLERANCE = 1e-9;

  private static BaciShapedTable table;
  private static boolean[] attributed;
  private static FullScreening.Result kernel;

  /** Per cell, the kernel's HHI with the unattributed supplier, before its share is taken out. */
  private static double[] hhiBeforeSubtraction;

  private static DuckDBConnection duckdb;

  @BeforeAll
  static void computeBoth() throws SQLException {
    table = BaciShapedTable.generate(200_000, BaciShapedTable.DEFAULT_SEED);
    attributed = table.attributed(BaciShapedTable.defaultNotOneCountry());
    kernel =
        FullScreening.compute(
            table.exporter(),
            table.importer(),
            table.hs6(),
            table.value(),
            attributed,
            table.productCount(),
            EuScreening.EU_2021,
            2);
    double[] unattributed = new double[kernel.imports().length];
    for (int r = 0; r < table.rowCount(); r++) {
      if (!attributed[table.exporter()[r]]) {
        unattributed[kernel.index(table.importer()[r], table.hs6()[r])] += table.value()[r];
      }
    }
    hhiBeforeSubtraction = new double[unattributed.length];
    for (int g = 0; g < unattributed.length; g++) {
      double u = unattributed[g] / kernel.imports()[g];
      hhiBeforeSubtraction[g] = kernel.hhi()[g] + u * u;
    }
    duckdb = DuckDbBaci.open(2);
    DuckDbBaci.load(duckdb, table);
  }

  @AfterAll
  static void close() throws SQLException {
    duckdb.close();
  }

  @Test
  void twoLevelSqlGivesTheKernelsScreeningForEveryCell() throws SQLException {
    assertThat(mismatches(DuckDbScreening.twoLevel(attributed, EuScreening.EU_2021), false))
        .isEmpty();
  }

  @Test
  void oneLevelSqlGivesTheKernelsScreeningForEveryCell() throws SQLException {
    assertThat(mismatches(DuckDbScreening.oneLevel(attributed, EuScreening.EU_2021), true))
        .isEmpty();
  }

  /** Guards the comparison against being vacuous: every path of the screening occurs. */
  @Test
  void theTableExercisesEveryPath() {
    int withUnattributed = 0;
    for (int r = 0; r < table.rowCount(); r++) {
      withUnattributed += attributed[table.exporter()[r]] ? 0 : 1;
    }
    int cells = 0;
    int flagged = 0;
    int flaggedDespiteExports = 0;
    int notFlaggedForExports = 0;
    for (int g = 0; g < kernel.imports().length; g++) {
      if (kernel.imports()[g] > 0) {
        cells++;
        flagged += kernel.flagged()[g] ? 1 : 0;
        boolean exports = kernel.exports()[g] > 0;
        flaggedDespiteExports += kernel.flagged()[g] && exports ? 1 : 0;
        notFlaggedForExports += !kernel.flagged()[g] && kernel.hhi()[g] > 0.4 && exports ? 1 : 0;
      }
    }
    assertThat(withUnattributed).isGreaterThan(1_000);
    assertThat(flagged).isBetween(1, cells - 1);
    assertThat(flaggedDespiteExports).isPositive();
    assertThat(notFlaggedForExports).isPositive();
  }

  /**
   * Runs the statement as the benchmark does (into the result table), then compares every cell: the
   * cells with imports must match, and every cell without imports must be absent from DuckDB.
   *
   * @param hhiScaleBeforeSubtraction compare the HHI relative to the HHI before the unattributed
   *     share is taken out, not to the HHI itself
   */
  private static List<String> mismatches(String statement, boolean hhiScaleBeforeSubtraction)
      throws SQLException {
    List<String> problems = new ArrayList<>();
    int products = table.productCount();
    boolean[] seen = new boolean[kernel.imports().length];
    try (Statement s = duckdb.createStatement()) {
      s.executeUpdate(statement);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT importer, hs6, imports, exports, hhi, flagged FROM "
                  + DuckDbScreening.RESULT)) {
        while (rs.next()) {
          int g = rs.getInt(1) * products + rs.getInt(2);
          seen[g] = true;
          double imports = kernel.imports()[g];
          double exports = kernel.exports()[g];
          double hhi = kernel.hhi()[g];
          check(problems, g, "imports", imports, rs.getDouble(3), Math.abs(imports));
          check(problems, g, "exports", exports, rs.getDouble(4), Math.abs(exports));
          double scale = hhiScaleBeforeSubtraction ? hhiBeforeSubtraction[g] : Math.abs(hhi);
          check(problems, g, "hhi", hhi, rs.getDouble(5), scale);
          if (kernel.flagged()[g] != rs.getBoolean(6)) {
            problems.add("cell " + g + ": kernel flag " + kernel.flagged()[g] + ", DuckDB not");
          }
        }
      }
    }
    for (int g = 0; g < seen.length; g++) {
      if (!seen[g] && kernel.imports()[g] > 0) {
        problems.add("cell " + g + ": kernel imports " + kernel.imports()[g] + ", DuckDB none");
      }
    }
    return problems.size() > 10 ? problems.subList(0, 10) : problems;
  }

  private static void check(
      List<String> problems, int g, String what, double ours, double sql, double scale) {
    if (!(Math.abs(ours - sql) <= RELATIVE_TOLERANCE * Math.max(scale, Math.abs(sql)))) {
      problems.add("cell " + g + ": kernel " + what + " " + ours + ", DuckDB " + sql);
    }
  }
}
