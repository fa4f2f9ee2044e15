package org.chokepoint.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The DuckDB side of the HHI benchmark: an in-memory database holding a SYNTHETIC {@link
 * BaciShapedTable} as table {@code baci}, and the SQL that computes what {@link
 * org.chokepoint.concentration.GroupedHhi} computes, so that the benchmark and the test that checks
 * both agree run the very same statements.
 */
final class DuckDbBaci {
  private DuckDbBaci() {}

  static final String TABLE = "baci";

  /**
   * HHI per (importer, product) with the kernel's two levels: value per exporter first, then {@code
   * sum(v^2) / sum(v)^2}. Correct whether or not an exporter has several rows in a group.
   */
  static final String TWO_LEVEL =
      """
      SELECT importer, hs6, SUM(v) AS total, SUM(v * v) / (SUM(v) * SUM(v)) AS hhi
      FROM (
        SELECT importer, hs6, exporter, SUM(value) AS v
        FROM baci
        GROUP BY importer, hs6, exporter)
      GROUP BY importer, hs6
      """;

  /**
   * The same HHI in one aggregation, which is only right because BACI has each (exporter, importer,
   * product) at most once a year. What a user who knows that would write.
   */
  static final String ONE_LEVEL =
      """
      SELECT importer, hs6, SUM(value) AS total,
        SUM(value * value) / (SUM(value) * SUM(value)) AS hhi
      FROM baci
      GROUP BY importer, hs6
      """;

  /** Name of the temporary table {@link #materialize} writes. */
  static final String RESULT = "hhi_result";

  /** Keeps the result inside DuckDB, as the kernel keeps its result arrays. */
  static String materialize(String query) {
    return "CREATE OR REPLACE TEMP TABLE " + RESULT + " AS " + query;
  }

  /** A new in-memory database limited to {@code threads} threads (the caller's included). */
  static DuckDBConnection open(int threads) throws SQLException {
    DuckDBConnection connection =
        DriverManager.getConnection("jdbc:duckdb:").unwrap(DuckDBConnection.class);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET threads = " + threads);
    }
    return connection;
  }

  /** Creates table {@code baci} and appends every row of the table to it. */
  static void load(DuckDBConnection connection, BaciShapedTable table) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE "
              + TABLE
              + " (exporter INTEGER NOT NULL, importer INTEGER NOT NULL, hs6 INTEGER NOT NULL,"
              + " year SMALLINT NOT NULL, value DOUBLE NOT NULL)");
    }
    int[] exporter = table.exporter();
    int[] importer = table.importer();
    int[] hs6 = table.hs6();
    short[] year = table.year();
    double[] value = table.value();
    try (DuckDBAppender appender =
        connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE)) {
      for (int r = 0; r < table.rowCount(); r++) {
        appender
            .beginRow()
            .append(exporter[r])
            .append(importer[r])
            .append(hs6[r])
            .append(year[r])
            .append(value[r])
            .endRow();
      }
    }
  }

  /** DuckDB's version string, for the record. */
  static String version(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT version()")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
