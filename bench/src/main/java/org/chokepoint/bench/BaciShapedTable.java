package org.chokepoint.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A SYNTHETIC trade table shaped like CEPII BACI, in primitive arrays, for benchmarks. It is not
 * BACI and no figure computed on it means anything about real trade.
 *
 * <p>One row is a flow {@code (exporter, importer, hs6, year, value)}, value in thousand USD. The
 * shape follows BACI: about 230 countries and 5,600 HS6 products, one year, each {@code (exporter,
 * importer, product)} at most once per year and never a country with itself; country sizes are
 * heavy-tailed (Zipf-like) on both sides, each product has its own leading exporters, the number of
 * flows per product is heavy-tailed, and values are log-normal, rounded to 0.001 like BACI and
 * spanning about 0.001 to 1e7 or more. Rows come sorted by exporter, importer, product, the order
 * of the BACI files.
 *
 * <p>Generation is deterministic for a seed: flows are drawn per product by country weights and
 * deduplicated in a bit set over all {@code (exporter, importer, product)} triples, which the rows
 * are then read back from in order. Ten million rows take a few seconds.
 *
 * <p>The arrays are handed out as they are, not copied: callers must not change them.
 */
public final class BaciShapedTable {
  public static final int DEFAULT_COUNTRIES = 230;
  public static final int DEFAULT_PRODUCTS = 5_600;
  public static final int DEFAULT_YEAR = 2024;
  public static final long DEFAULT_SEED = 20_240_101L;

  /** Zipf exponents of country sizes: the weight of the country of rank r is r^-s. */
  private static final double EXPORTER_ZIPF = 1.1;

  private static final double IMPORTER_ZIPF = 0.9;

  /** Log-normal spread of importer sizes around their Zipf weight. */
  private static final double IMPORTER_NOISE = 0.5;

  /** Log-normal spread of an exporter's weight per product: each product has its own leaders. */
  private static final double SPECIALISATION = 1.5;

  /** Log-normal spread of the number of flows per product. */
  private static final double FLOWS_SPREAD = 1.2;

  /** Log-normal value in thousand USD: median, spread, product level spread, size elasticity. */
  private static final double VALUE_MEDIAN = 15;

  private static final double VALUE_SIGMA = 2.5;
  private static final double PRODUCT_LEVEL_SIGMA = 1.0;
  private static final double GRAVITY = 0.5;

  /** Weighted draws per wanted flow before a product falls back to uniform country pairs. */
  private static final int DRAWS_PER_FLOW = 20;

  private final int countryCount;
  private final int productCount;
  private final int[] exporter;
  private final int[] importer;
  private final int[] hs6;
  private final short[] year;
  private final double[] value;

  private BaciShapedTable(
      int countryCount,
      int productCount,
      int[] exporter,
      int[] importer,
      int[] hs6,
      short[] year,
      double[] value) {
    this.countryCount = countryCount;
    this.productCount = productCount;
    this.exporter = exporter;
    this.importer = importer;
    this.hs6 = hs6;
    this.year = year;
    this.value = value;
  }

  /** A synthetic table of the default shape: 230 countries, 5,600 products, year 2024. */
  public static BaciShapedTable generate(int rows, long seed) {
    return generate(rows, DEFAULT_COUNTRIES, DEFAULT_PRODUCTS, DEFAULT_YEAR, seed);
  }

  /**
   * A synthetic table of the given shape.
   *
   * @param rows number of flows, at most half of all {@code (exporter, importer, product)} triples
   * @param countryCount countries, at least 2; they are the exporter and importer indices
   * @param productCount products, at least 1; they are the {@code hs6} indices
   * @param year the one year of every row
   * @param seed the same seed gives the same table
   */
  public static BaciShapedTable generate(
      int rows, int countryCount, int productCount, int year, long seed) {
    if (countryCount < 2 || productCount < 1 || rows < 0) {
      throw new IllegalArgumentException("need rows >= 0, countries >= 2 and products >= 1");
    }
    long tripleCount = (long) countryCount * countryCount * productCount;
    if (tripleCount > 64L * Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many (exporter, importer, product) triples");
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] exporterSize = zipf(countryCount, EXPORTER_ZIPF);
    double[] importerSize = zipf(countryCount, IMPORTER_ZIPF);
    for (int c = 0; c < countryCount; c++) {
      importerSize[c] *= Math.exp(IMPORTER_NOISE * random.nextGaussian());
    }
    int pairsPerProduct = countryCount * (countryCount - 1);
    int[] flows = FlowCounts.split(rows, productCount, pairsPerProduct / 2, FLOWS_SPREAD, random);
    double[] productLevel = new double[productCount];
    long[] seen = new long[(int) ((tripleCount + 63) >>> 6)];
    AliasSampler importers = new AliasSampler(importerSize);
    double[] weight = new double[countryCount];
    for (int p = 0; p < productCount; p++) {
      productLevel[p] = PRODUCT_LEVEL_SIGMA * random.nextGaussian();
      if (flows[p] == 0) {
        continue;
      }
      for (int c = 0; c < countryCount; c++) {
        weight[c] = exporterSize[c] * Math.exp(SPECIALISATION * random.nextGaussian());
      }
      AliasSampler exporters = new AliasSampler(weight);
      long weightedDraws = (long) DRAWS_PER_FLOW * flows[p] + 1_000;
      int made = 0;
      while (made < flows[p]) {
        int e;
        int i;
        if (weightedDraws-- > 0) {
          e = exporters.sample(random);
          i = importers.sample(random);
        } else {
          // Rare (19 of 5,600 products at 10M rows): the big pairs are used up; finish uniformly.
          e = random.nextInt(countryCount);
          i = random.nextInt(countryCount);
        }
        if (e == i) {
          continue;
        }
        long key = ((long) e * countryCount + i) * productCount + p;
        int word = (int) (key >>> 6);
        long bit = 1L << key;
        if ((seen[word] & bit) == 0) {
          seen[word] |= bit;
          made++;
        }
      }
    }
    return readRows(
        rows,
        countryCount,
        productCount,
        (short) year,
        seen,
        exporterSize,
        importerSize,
        productLevel,
        random);
  }

  /** Reads the drawn triples back in key order and gives each a value. */
  private static BaciShapedTable readRows(
      int rows,
      int countryCount,
      int productCount,
      short year,
      long[] seen,
      double[] exporterSize,
      double[] importerSize,
      double[] productLevel,
      SplittableRandom random) {
    int[] exporter = new int[rows];
    int[] importer = new int[rows];
    int[] hs6 = new int[rows];
    short[] years = new short[rows];
    double[] value = new double[rows];
    double[] exporterLog = gravityLogs(exporterSize);
    double[] importerLog = gravityLogs(importerSize);
    double logMedian = Math.log(VALUE_MEDIAN);
    int r = 0;
    for (int word = 0; word < seen.length; word++) {
      long bits = seen[word];
      while (bits != 0) {
        long key = ((long) word << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        int p = (int) (key % productCount);
        long pair = key / productCount;
        int i = (int) (pair % countryCount);
        int e = (int) (pair / countryCount);
        double log =
            logMedian
                + productLevel[p]
                + exporterLog[e]
                + importerLog[i]
                + VALUE_SIGMA * random.nextGaussian();
        exporter[r] = e;
        importer[r] = i;
        hs6[r] = p;
        years[r] = year;
        value[r] = Math.max(0.001, Math.rint(Math.exp(log) * 1000) / 1000);
        r++;
      }
    }
    if (r != rows) {
      throw new IllegalStateException("drew " + r + " rows instead of " + rows);
    }
    return new BaciShapedTable(countryCount, productCount, exporter, importer, hs6, years, value);
  }

  /** Weights {@code (rank + 1)^-s}, largest first. */
  private static double[] zipf(int n, double s) {
    double[] w = new double[n];
    for (int c = 0; c < n; c++) {
      w[c] = Math.pow(c + 1, -s);
    }
    return w;
  }

  /** {@code GRAVITY * log(size / geometric mean size)}: big countries trade bigger flows. */
  private static double[] gravityLogs(double[] size) {
    double meanLog = 0;
    for (double s : size) {
      meanLog += Math.log(s) / size.length;
    }
    double[] logs = new double[size.length];
    for (int c = 0; c < size.length; c++) {
      logs[c] = GRAVITY * (Math.log(size[c]) - meanLog);
    }
    return logs;
  }

  public int rowCount() {
    return exporter.length;
  }

  /** Countries: exporter and importer indices are in {@code [0, countryCount)}. */
  public int countryCount() {
    return countryCount;
  }

  /** Products: {@code hs6} indices are in {@code [0, productCount)}. */
  public int productCount() {
    return productCount;
  }

  public int[] exporter() {
    return exporter;
  }

  public int[] importer() {
    return importer;
  }

  /** Product index of each row, standing for an HS6 code. */
  public int[] hs6() {
    return hs6;
  }

  public short[] year() {
    return year;
  }

  /** Value of each row in thousand USD (synthetic). */
  public double[] value() {
    return value;
  }

  /**
   * Whether each country is one country (a supplier in the HHI) or not, for {@code FullScreening}:
   * every partner is attributed except those listed.
   *
   * @param notOneCountry country indices to mark as not one country
   */
  public boolean[] attributed(int... notOneCountry) {
    boolean[] attributed = new boolean[countryCount];
    Arrays.fill(attributed, true);
    for (int c : notOneCountry) {
      attributed[c] = false;
    }
    return attributed;
  }

  /**
   * Partners the screening benchmark treats as not one country (as a "nes" area would be), so that
   * the unattributed path of the screening is exercised: three mid-sized countries, of exporter
   * size rank 21, 61 and 151. A new array on each call.
   */
  public static int[] defaultNotOneCountry() {
    return new int[] {20, 60, 150};
  }

  /** One line saying what this is: always says "synthetic". */
  public String describe() {
    return String.format(
        "synthetic BACI-shaped table: %,d rows, %d countries, %,d products",
        rowCount(), countryCount, productCount);
  }
}
