package org.chokepoint.bench;

import java.util.StringJoiner;
import org.chokepoint.trade.EuScreening;

/**
 * The DuckDB side of the screening benchmark: the SQL that computes what {@link
 * org.chokepoint.trade.FullScreening} computes over table {@code baci} of {@link DuckDbBaci}, so
 * that the benchmark and the test that checks both agree run the very same statements.
 *
 * <p>Per (importer, product) with imports: the imports, the HHI of the suppliers, the importer's
 * own exports of the product (to anyone) and the EU flag. For a single country every import comes
 * from outside, so the extra-group share {@code imports / total imports} is {@code imports /
 * imports}. Partners that are not one country are merged into one supplier ({@code -1}) and their
 * share squared is then taken out of the HHI, as the kernel does: the HHI is the lower bound that
 * treats the unattributed part as fully fragmented.
 */
final class DuckDbScreening {
  private DuckDbScreening() {}

  /** Name of the temporary table the statements write. */
  static final String RESULT = "screening_result";

  /**
   * The screening with the kernel's two-level aggregation (value per supplier first), correct
   * whether or not a supplier has several rows in a cell, materialized into {@link #RESULT}.
   */
  static String twoLevel(boolean[] attributed, EuScreening screening) {
    return """
        CREATE OR REPLACE TEMP TABLE screening_result AS
        WITH by_supplier AS (
          SELECT importer, hs6,
            CASE WHEN %1$s THEN -1 ELSE exporter END AS supplier,
            SUM(value) AS v
          FROM baci
          GROUP BY importer, hs6, supplier),
        by_cell AS (
          SELECT importer, hs6, SUM(v) AS imports,
            SUM(v * v) / (SUM(v) * SUM(v)) AS hhi_with_unattributed,
            COALESCE(SUM(v) FILTER (WHERE supplier = -1), 0) / SUM(v) AS unattributed_share
          FROM by_supplier
          GROUP BY importer, hs6),
        cells AS (
          SELECT importer, hs6, imports,
            hhi_with_unattributed - unattributed_share * unattributed_share AS hhi
          FROM by_cell),
        %2$s
        """
        .formatted(unattributed(attributed), flagged(screening));
  }

  /**
   * The same screening with one aggregation, summing the squares of the attributed rows directly.
   * Right only because each (exporter, importer, product) occurs at most once a year, as in BACI:
   * what a user who knows that would write. Mathematically the same HHI as {@link #twoLevel}.
   */
  static String oneLevel(boolean[] attributed, EuScreening screening) {
    return """
        CREATE OR REPLACE TEMP TABLE screening_result AS
        WITH cells AS (
          SELECT importer, hs6, SUM(value) AS imports,
            COALESCE(SUM(value * value) FILTER (WHERE NOT (%1$s)), 0)
              / (SUM(value) * SUM(value)) AS hhi
          FROM baci
          GROUP BY importer, hs6),
        %2$s
        """
        .formatted(unattributed(attributed), flagged(screening));
  }

  /** Joins the exports of the importing country and applies the three criteria. */
  private static String flagged(EuScreening screening) {
    return """
        exports AS (
          SELECT exporter, hs6, SUM(value) AS exports
          FROM baci
          GROUP BY exporter, hs6),
        joined AS (
          SELECT c.importer, c.hs6, c.imports, COALESCE(e.exports, 0) AS exports, c.hhi
          FROM cells c LEFT JOIN exports e ON e.exporter = c.importer AND e.hs6 = c.hs6)
        SELECT importer, hs6, imports, exports, hhi,
          hhi > %s AND imports / imports > %s AND (exports = 0 OR imports / exports > %s)
            AS flagged
        FROM joined
        """
        .formatted(
            screening.hhiThreshold(),
            screening.extraShareThreshold(),
            screening.importExportThreshold());
  }

  /** SQL condition: the row's exporter is not one country; {@code FALSE} if every partner is. */
  private static String unattributed(boolean[] attributed) {
    StringJoiner list = new StringJoiner(", ");
    for (int c = 0; c < attributed.length; c++) {
      if (!attributed[c]) {
        list.add(Integer.toString(c));
      }
    }
    return list.length() == 0 ? "FALSE" : "exporter IN (" + list + ")";
  }
}
