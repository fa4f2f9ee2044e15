package org.chokepoint.data.network;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.chokepoint.network.firm.FirmNetwork;

/**
 * A SYNTHETIC firm network shaped like the published Japanese inter-firm networks (about a million
 * firms and five million supplier links, with heavy-tailed degrees): not real data, for tests and
 * benchmarks only. The same arguments give the same network.
 *
 * <p>Model (Chung–Lu): each firm draws a supplier weight and a customer weight from Pareto laws
 * whose tails give degree exponents {@value #OUT_EXPONENT} (customers per supplier) and {@value
 * #IN_EXPONENT} (suppliers per customer), correlated through a Gaussian copula (ρ = 0.5: large
 * firms buy and sell much); each link draws its supplier in proportion to the supplier weights and
 * its customer in proportion to the customer weights, without self-links or repeated pairs. Firms
 * whose weights draw no link have no suppliers, no customers, or neither. Countries follow a skewed
 * list (Japan 60 %, then China, the United States, Korea, Taiwan…); each firm sells one of 500
 * products, Zipf-distributed; amounts are log-normal (median 100, σ = 2 in log space, two
 * decimals), in synthetic units.
 */
public final class SyntheticFirmNetwork {
  /** First word of the README and of every description of generated data. */
  public static final String MARK = "SYNTHETIC";

  public static final double IN_EXPONENT = 2.4;
  public static final double OUT_EXPONENT = 2.35;
  static final double CORRELATION = 0.5;
  static final int PRODUCTS = 500;

  /**
   * Chance that a link drawn against the tier order (from a downstream to an upstream firm) is
   * kept: goods mostly flow one way, and the cycles stay a minority.
   */
  static final double UPSTREAM_LINKS = 0.05;

  static final String[] COUNTRIES = {
    "JPN", "CHN", "USA", "KOR", "TWN", "DEU", "THA", "VNM", "IDN", "IND", "MYS", "PHL", "SGP",
    "GBR", "FRA", "NLD", "ITA", "MEX", "CAN", "AUS", "BRA", "HKG", "CHE", "SWE", "ESP", "POL"
  };
  static final double[] COUNTRY_WEIGHTS = {
    600, 90, 60, 35, 30, 20, 20, 18, 12, 12, 10, 8, 8, 8, 7, 5, 5, 5, 5, 5, 4, 4, 3, 3, 3, 3
  };

  private final int firms;
  private final long seed;
  private final int[] supplier;
  private final int[] customer;
  private final int[] product;
  private final double[] amount;
  private final byte[] country;
  private final short[] firmProduct;

  private SyntheticFirmNetwork(
      int firms,
      long seed,
      int[] supplier,
      int[] customer,
      int[] product,
      double[] amount,
      byte[] country,
      short[] firmProduct) {
    this.firms = firms;
    this.seed = seed;
    this.supplier = supplier;
    this.customer = customer;
    this.product = product;
    this.amount = amount;
    this.country = country;
    this.firmProduct = firmProduct;
  }

  /** Generates {@code links} distinct links among {@code firms} firms. */
  public static SyntheticFirmNetwork generate(
      int firms, int links, long seed, NetworkProgress progress) {
    if (firms < 2 || links < 0 || (long) links > (long) firms * (firms - 1) / 4) {
      throw new IllegalArgumentException(
          "need at least 2 firms and at most firms*(firms-1)/4 links: " + firms + ", " + links);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] out = new double[firms];
    double[] in = new double[firms];
    byte[] country = new byte[firms];
    short[] firmProduct = new short[firms];
    double[] tier = new double[firms];
    Sampler countries = new Sampler(COUNTRY_WEIGHTS);
    double[] zipf = new double[PRODUCTS];
    for (int k = 0; k < PRODUCTS; k++) {
      zipf[k] = 1.0 / (k + 1);
    }
    Sampler products = new Sampler(zipf);
    double rho = Math.sqrt(1 - CORRELATION * CORRELATION);
    for (int f = 0; f < firms; f++) {
      double z1 = gaussian(rnd);
      double z2 = CORRELATION * z1 + rho * gaussian(rnd);
      // Pareto weights with minimum 1; only their proportions matter to the sampling
      // (cut off at the natural maximum of n draws, so that no firm trades with most others)
      out[f] = Math.pow(Math.max(upperTail(z1), 1.0 / firms), -1 / (OUT_EXPONENT - 1));
      in[f] = Math.pow(Math.max(upperTail(z2), 1.0 / firms), -1 / (IN_EXPONENT - 1));
      tier[f] = rnd.nextDouble();
      country[f] = (byte) countries.next(rnd);
      firmProduct[f] = (short) products.next(rnd);
    }
    Sampler suppliers = new Sampler(out);
    Sampler customers = new Sampler(in);
    int[] s = new int[links];
    int[] c = new int[links];
    int[] p = new int[links];
    double[] a = new double[links];
    PairSet pairs = new PairSet(links);
    double mu = Math.log(100);
    for (int i = 0; i < links; ) {
      int x = suppliers.next(rnd);
      int y = customers.next(rnd);
      if (x == y
          || (tier[x] > tier[y] && rnd.nextDouble() >= UPSTREAM_LINKS)
          || !pairs.add(((long) x << 32) | y)) {
        continue;
      }
      s[i] = x;
      c[i] = y;
      p[i] = firmProduct[x];
      a[i] = Math.max(0.01, Math.round(Math.exp(mu + 2 * gaussian(rnd)) * 100) / 100.0);
      if ((++i & 0xFFFFF) == 0) {
        progress.update("links drawn", i);
      }
    }
    return new SyntheticFirmNetwork(firms, seed, s, c, p, a, country, firmProduct);
  }

  public int firms() {
    return firms;
  }

  public int links() {
    return supplier.length;
  }

  public long seed() {
    return seed;
  }

  /** The id of firm {@code f} in the written files: {@code F} and at least seven digits. */
  public String id(int f) {
    String digits = Integer.toString(f);
    int width = Math.max(7, Integer.toString(firms - 1).length());
    return "F" + "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  public String country(int f) {
    return COUNTRIES[country[f]];
  }

  /** The product code of product index {@code k}: {@code syn:P001}… */
  static String productCode(int k) {
    return String.format(java.util.Locale.ROOT, "syn:P%03d", k + 1);
  }

  public int[] suppliers() {
    return supplier.clone();
  }

  public int[] customers() {
    return customer.clone();
  }

  public double[] amounts() {
    return amount.clone();
  }

  int[] productArray() {
    return product;
  }

  int[] supplierArray() {
    return supplier;
  }

  int[] customerArray() {
    return customer;
  }

  double[] amountArray() {
    return amount;
  }

  /** The network of the generated links, as the kernels take it. */
  public FirmNetwork network() {
    return FirmNetwork.of(supplier, customer, amount, firms);
  }

  /** P(Z > z) for a standard normal Z, in (0, 1) (Abramowitz–Stegun 26.2.17, error < 7.5e-8). */
  static double upperTail(double z) {
    double t = 1 / (1 + 0.2316419 * Math.abs(z));
    double poly =
        t
            * (0.319381530
                + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    double tail = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
    double q = z >= 0 ? tail : 1 - tail;
    return Math.min(Math.max(q, 1e-300), 1 - 1e-16);
  }

  static double gaussian(SplittableRandom rnd) {
    // Marsaglia's polar method; one of the pair is dropped for simplicity
    while (true) {
      double u = 2 * rnd.nextDouble() - 1;
      double v = 2 * rnd.nextDouble() - 1;
      double s = u * u + v * v;
      if (s > 0 && s < 1) {
        return u * Math.sqrt(-2 * Math.log(s) / s);
      }
    }
  }

  /** Walker's alias method: an index in proportion to its weight, in constant time. */
  static final class Sampler {
    private final double[] prob;
    private final int[] alias;

    Sampler(double[] weights) {
      int n = weights.length;
      prob = new double[n];
      alias = new int[n];
      double sum = 0;
      for (double w : weights) {
        sum += w;
      }
      int[] small = new int[n];
      int[] large = new int[n];
      int ns = 0;
      int nl = 0;
      double[] scaled = new double[n];
      for (int i = 0; i < n; i++) {
        scaled[i] = weights[i] * n / sum;
        if (scaled[i] < 1) {
          small[ns++] = i;
        } else {
          large[nl++] = i;
        }
      }
      while (ns > 0 && nl > 0) {
        int l = small[--ns];
        int g = large[--nl];
        prob[l] = scaled[l];
        alias[l] = g;
        scaled[g] = scaled[g] + scaled[l] - 1;
        if (scaled[g] < 1) {
          small[ns++] = g;
        } else {
          large[nl++] = g;
        }
      }
      while (nl > 0) {
        prob[large[--nl]] = 1;
      }
      while (ns > 0) {
        prob[small[--ns]] = 1;
      }
    }

    int next(SplittableRandom rnd) {
      int i = rnd.nextInt(prob.length);
      return rnd.nextDouble() < prob[i] ? i : alias[i];
    }
  }

  /** A set of supplier-customer pairs packed in longs, open addressing. */
  private static final class PairSet {
    private final long[] slots;

    PairSet(int expected) {
      int cap = Integer.highestOneBit(Math.max(16, expected * 2 + 1)) << 1;
      slots = new long[cap];
      Arrays.fill(slots, -1L);
    }

    boolean add(long key) {
      int mask = slots.length - 1;
      long h = key * 0x9E3779B97F4A7C15L;
      for (int i = (int) (h >>> 35) & mask; ; i = (i + 1) & mask) {
        if (slots[i] == key) {
          return false;
        }
        if (slots[i] == -1L) {
          slots[i] = key;
          return true;
        }
      }
    }
  }
}
