package org.chokepoint.bench;

import java.util.Arrays;

/**
 * Shape statistics of a SYNTHETIC {@link BaciShapedTable}, to check it looks like BACI and to
 * describe it in {@code docs/benchmarks.md}. Run {@code java -cp bench/target/benchmarks.jar
 * org.chokepoint.bench.TableSummary [rows] [seed]} to print them.
 */
public final class TableSummary {
  private TableSummary() {}

  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 10_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : BaciShapedTable.DEFAULT_SEED;
    long start = System.nanoTime();
    BaciShapedTable table = BaciShapedTable.generate(rows, seed);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println(table.describe() + ", seed " + seed + ", generated in " + millis + " ms");
    System.out.print(of(table));
  }

  /** Several lines of statistics, each saying the data is synthetic. */
  public static String of(BaciShapedTable table) {
    int n = table.rowCount();
    int countries = table.countryCount();
    int products = table.productCount();
    int[] perGroup = new int[countries * products];
    int[] perProduct = new int[products];
    int[] perExporter = new int[countries];
    int[] perImporter = new int[countries];
    for (int r = 0; r < n; r++) {
      perGroup[table.importer()[r] * products + table.hs6()[r]]++;
      perProduct[table.hs6()[r]]++;
      perExporter[table.exporter()[r]]++;
      perImporter[table.importer()[r]]++;
    }
    int groups = 0;
    int maxPerGroup = 0;
    for (int c : perGroup) {
      groups += c > 0 ? 1 : 0;
      maxPerGroup = Math.max(maxPerGroup, c);
    }
    int[] sortedProducts = perProduct.clone();
    Arrays.sort(sortedProducts);
    double[] values = table.value().clone();
    Arrays.sort(values);
    double total = 0;
    for (double v : values) {
      total += v;
    }
    double top = 0;
    for (int r = n - n / 100; r < n; r++) {
      top += values[r];
    }
    StringBuilder s = new StringBuilder();
    line(
        s,
        "(importer, product) groups with flows: %,d of %,d; exporters per group: mean %.1f, max %d",
        groups,
        perGroup.length,
        (double) n / groups,
        maxPerGroup);
    line(
        s,
        "flows per product: median %,d, max %,d; products without flows: %,d",
        sortedProducts[products / 2],
        sortedProducts[products - 1],
        products - Arrays.stream(perProduct).filter(c -> c > 0).count());
    line(
        s,
        "share of rows of the largest exporter %.1f%%, of the largest importer %.1f%%",
        100.0 * Arrays.stream(perExporter).max().orElse(0) / n,
        100.0 * Arrays.stream(perImporter).max().orElse(0) / n);
    line(
        s,
        "value (thousand USD): min %.3f, median %.3f, p99 %.1f, max %.1f, at the 0.001 floor %.2f%%",
        values[0],
        values[n / 2],
        values[n - 1 - n / 100],
        values[n - 1],
        100.0 * Arrays.stream(values).filter(v -> v <= 0.001).count() / n);
    line(s, "share of total value in the top 1%% of flows: %.1f%%", 100 * top / total);
    return s.toString();
  }

  private static void line(StringBuilder s, String format, Object... args) {
    s.append("synthetic: ").append(String.format(format, args)).append('\n');
  }
}
