package org.chokepoint.trade;

import org.chokepoint.concentration.GroupedHhi;

/**
 * The EU 2021 screening for every importing country as its own perspective and every product of one
 * year at once, on primitive arrays: the "whole world" pass of an analyst's screening, at the scale
 * of a full BACI year (about 11 million flows).
 *
 * <p>For a single country, imports from outside are all its imports, so criterion 2 holds whenever
 * it imports; criterion 1 is the HHI of its suppliers and criterion 3 compares its imports with its
 * exports of the product. Partners that are not one country ({@code attributed[p] == false}) count
 * in the totals but not as suppliers: the HHI is the lower bound, as in {@link DependenceAnalysis}.
 */
public final class FullScreening {
  private FullScreening() {}

  /**
   * Figures per (importer, product), at index {@code importer * products + product}.
   *
   * @param hhi NaN where the country does not import the product
   * @param flagged all three criteria hold
   */
  public record Result(
      int partners,
      int products,
      double[] imports,
      double[] exports,
      double[] hhi,
      boolean[] flagged) {
    public int index(int importer, int product) {
      return importer * products + product;
    }
  }

  /**
   * @param rows flows of one year only: exporter, importer, product indices and values
   * @param attributed whether each partner is one country (suppliers) or not (unattributed)
   */
  public static Result compute(
      int[] exporter,
      int[] importer,
      int[] product,
      double[] value,
      boolean[] attributed,
      int products,
      EuScreening screening,
      int threads) {
    int partners = attributed.length;
    int n = exporter.length;
    int cells = partners * products;
    // one supplier id for every unattributed partner, so that its share can be taken out
    int unattributedId = partners;
    int[] group = new int[n];
    int[] supplier = new int[n];
    double[] exports = new double[cells];
    double[] unattributed = new double[cells];
    for (int r = 0; r < n; r++) {
      int g = importer[r] * products + product[r];
      group[r] = g;
      int e = exporter[r];
      supplier[r] = attributed[e] ? e : unattributedId;
      if (!attributed[e]) {
        unattributed[g] += value[r];
      }
      exports[e * products + product[r]] += value[r];
    }
    GroupedHhi.Result h = GroupedHhi.compute(group, cells, supplier, partners + 1, value, threads);
    double[] imports = h.total();
    double[] hhi = h.hhi();
    boolean[] flagged = new boolean[cells];
    for (int g = 0; g < cells; g++) {
      double m = imports[g];
      if (!(m > 0)) {
        continue;
      }
      double u = unattributed[g] / m;
      hhi[g] -= u * u; // lower bound: the unattributed part fully fragmented
      EuScreening.Result eu = screening.evaluate(hhi[g], m, m, exports[g]);
      flagged[g] = eu.flagged().orElse(false);
    }
    return new Result(partners, products, imports, exports, hhi, flagged);
  }
}
