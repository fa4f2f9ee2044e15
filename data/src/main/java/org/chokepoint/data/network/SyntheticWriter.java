package org.chokepoint.data.network;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.chokepoint.network.firm.StrongComponents;

/**
 * Writes a {@link SyntheticFirmNetwork} in the generic layout ({@code nodes.csv}, {@code
 * links.csv}) with a {@code README.txt} that says, first, that the data are SYNTHETIC. Each file is
 * written beside its target and renamed into place. Files of a real network are never overwritten:
 * the folder must not hold a {@code nodes.csv} or {@code links.csv} unless its README marks them as
 * generated.
 */
public final class SyntheticWriter {
  private SyntheticWriter() {}

  /**
   * The shape of a generated network, as written to its README.
   *
   * @param inExponent, outExponent maximum-likelihood estimates of the degree exponents for degrees
   *     of 10 and more (Clauset, Shalizi and Newman 2009, eq. 3.7)
   * @param largestCycle firms in the largest strongly connected component
   * @param firstCountryShare share of the firms in the first country of the list (Japan)
   */
  public record Summary(
      int firms,
      int links,
      long seed,
      int withoutSuppliers,
      int withoutCustomers,
      int isolated,
      int maxInDegree,
      int maxOutDegree,
      double inExponent,
      double outExponent,
      int largestCycle,
      double firstCountryShare) {}

  /** Writes the files into {@code folder} (created if missing) and returns the network's shape. */
  public static Summary write(SyntheticFirmNetwork net, Path folder, NetworkProgress progress) {
    try {
      Files.createDirectories(folder);
      refuseRealData(folder);
      Summary summary = summarize(net);
      replace(folder.resolve("nodes.csv"), out -> nodes(net, out));
      replace(folder.resolve("links.csv"), out -> links(net, out, progress));
      Files.writeString(folder.resolve("README.txt"), readme(summary), StandardCharsets.UTF_8);
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void refuseRealData(Path folder) throws IOException {
    boolean data =
        Files.exists(folder.resolve("nodes.csv")) || Files.exists(folder.resolve("links.csv"));
    Path readme = folder.resolve("README.txt");
    boolean generated =
        Files.isRegularFile(readme)
            && Files.readString(readme, StandardCharsets.UTF_8)
                .startsWith(SyntheticFirmNetwork.MARK);
    if (data && !generated) {
      throw new IllegalArgumentException(
          folder
              + " already holds nodes.csv or links.csv that were not generated; choose another"
              + " folder");
    }
  }

  private interface Body {
    void write(Ascii out) throws IOException;
  }

  private static void replace(Path target, Body body) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try (OutputStream os = Files.newOutputStream(tmp)) {
      Ascii out = new Ascii(os);
      body.write(out);
      out.flush();
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void nodes(SyntheticFirmNetwork net, Ascii out) throws IOException {
    out.text("id,kind,name,country\n");
    for (int f = 0; f < net.firms(); f++) {
      String id = net.id(f);
      out.text(id).text(",firm,");
      // every thousandth name has a comma, so that readers meet quoted fields
      out.text(f % 1000 == 999 ? "\"Synthetic firm " + id + ", Ltd.\"" : "Synthetic firm " + id);
      out.text(",").text(net.country(f)).text("\n");
    }
  }

  private static void links(SyntheticFirmNetwork net, Ascii out, NetworkProgress progress)
      throws IOException {
    out.text("supplier,customer,product,amount\n");
    int[] s = net.supplierArray();
    int[] c = net.customerArray();
    int[] p = net.productArray();
    double[] a = net.amountArray();
    String[] products = new String[SyntheticFirmNetwork.PRODUCTS];
    for (int k = 0; k < products.length; k++) {
      products[k] = SyntheticFirmNetwork.productCode(k);
    }
    int width = net.id(0).length() - 1;
    for (int i = 0; i < s.length; i++) {
      out.id(s[i], width).text(",").id(c[i], width).text(",").text(products[p[i]]).text(",");
      out.cents(Math.round(a[i] * 100)).text("\n");
      if (((i + 1) & 0xFFFFF) == 0) {
        progress.update("links.csv written", i + 1);
      }
    }
  }

  static Summary summarize(SyntheticFirmNetwork net) {
    int n = net.firms();
    int[] in = new int[n];
    int[] out = new int[n];
    for (int i = 0; i < net.links(); i++) {
      out[net.supplierArray()[i]]++;
      in[net.customerArray()[i]]++;
    }
    int noSuppliers = 0;
    int noCustomers = 0;
    int isolated = 0;
    int maxIn = 0;
    int maxOut = 0;
    int first = 0;
    for (int f = 0; f < n; f++) {
      noSuppliers += in[f] == 0 ? 1 : 0;
      noCustomers += out[f] == 0 ? 1 : 0;
      isolated += in[f] == 0 && out[f] == 0 ? 1 : 0;
      maxIn = Math.max(maxIn, in[f]);
      maxOut = Math.max(maxOut, out[f]);
      first += net.country(f).equals(SyntheticFirmNetwork.COUNTRIES[0]) ? 1 : 0;
    }
    int largest = StrongComponents.of(net.network()).largestSize();
    return new Summary(
        n,
        net.links(),
        net.seed(),
        noSuppliers,
        noCustomers,
        isolated,
        maxIn,
        maxOut,
        exponent(in, 10),
        exponent(out, 10),
        largest,
        (double) first / n);
  }

  /** Discrete power-law exponent by maximum likelihood for degrees {@code >= kMin}. */
  static double exponent(int[] degrees, int kMin) {
    double sum = 0;
    int count = 0;
    for (int k : degrees) {
      if (k >= kMin) {
        sum += Math.log(k / (kMin - 0.5));
        count++;
      }
    }
    return count == 0 ? Double.NaN : 1 + count / sum;
  }

  static String readme(Summary s) {
    String args =
        String.format(
            Locale.ROOT, "--firms %d --links %d --seed %d", s.firms(), s.links(), s.seed());
    List<String> lines =
        List.of(
            String.format(
                Locale.ROOT,
                "%s firm network: %,d firms, %,d links, seed %d. Not real data.",
                SyntheticFirmNetwork.MARK,
                s.firms(),
                s.links(),
                s.seed()),
            "",
            "Generated by `chokepoint network generate "
                + args
                + " FOLDER` for tests and"
                + " benchmarks.",
            "No firm, link, country, product or amount in these files describes a real firm;"
                + " no figure computed on them says anything about a real economy.",
            "",
            "Model: Chung-Lu random graph with Pareto weights, shaped like the published Japanese"
                + " inter-firm networks;",
            String.format(
                Locale.ROOT,
                "target degree exponents: suppliers per firm %.2f, customers per firm %.2f;"
                    + " in/out weights correlated (Gaussian copula, rho %.1f);",
                SyntheticFirmNetwork.IN_EXPONENT,
                SyntheticFirmNetwork.OUT_EXPONENT,
                SyntheticFirmNetwork.CORRELATION),
            "countries: skewed list, Japan first; products: 500 codes syn:P001..syn:P500, one per"
                + " supplier, Zipf; amounts: log-normal, median 100, sigma 2, synthetic units.",
            "",
            "Shape of this network:",
            String.format(Locale.ROOT, "  firms without suppliers: %,d", s.withoutSuppliers()),
            String.format(Locale.ROOT, "  firms without customers: %,d", s.withoutCustomers()),
            String.format(Locale.ROOT, "  firms without any link:  %,d", s.isolated()),
            String.format(
                Locale.ROOT,
                "  largest degree: %,d suppliers, %,d customers",
                s.maxInDegree(),
                s.maxOutDegree()),
            String.format(
                Locale.ROOT,
                "  estimated exponents (degree >= 10): suppliers %.2f, customers %.2f",
                s.inExponent(),
                s.outExponent()),
            String.format(
                Locale.ROOT, "  largest strongly connected component: %,d firms", s.largestCycle()),
            String.format(Locale.ROOT, "  firms in JPN: %.1f %%", 100 * s.firstCountryShare()),
            "",
            "Files: nodes.csv (id,kind,name,country), links.csv (supplier,customer,product,amount).",
            "Import: chokepoint network import NAME FOLDER. Layout: docs/methods/firm-networks.md.");
    return String.join("\n", lines) + "\n";
  }

  /** ASCII output through one byte buffer, without a String per number. */
  private static final class Ascii {
    private final OutputStream os;
    private final byte[] buf = new byte[1 << 20];
    private int n;

    Ascii(OutputStream os) {
      this.os = os;
    }

    Ascii text(String s) throws IOException {
      if (n + s.length() > buf.length) {
        flush();
      }
      for (int i = 0; i < s.length(); i++) {
        buf[n++] = (byte) s.charAt(i);
      }
      return this;
    }

    /** {@code F} and the number with at least {@code width} digits. */
    Ascii id(int v, int width) throws IOException {
      if (n + 16 > buf.length) {
        flush();
      }
      buf[n++] = 'F';
      int digits = 1;
      for (int t = v; t >= 10; t /= 10) {
        digits++;
      }
      digits = Math.max(width, digits);
      for (int k = n + digits - 1; k >= n; k--) {
        buf[k] = (byte) ('0' + v % 10);
        v /= 10;
      }
      n += digits;
      return this;
    }

    /** {@code cents / 100} with two decimals. */
    Ascii cents(long cents) throws IOException {
      String whole = Long.toString(cents / 100);
      int frac = (int) (cents % 100);
      text(whole);
      if (n + 3 > buf.length) {
        flush();
      }
      buf[n++] = '.';
      buf[n++] = (byte) ('0' + frac / 10);
      buf[n++] = (byte) ('0' + frac % 10);
      return this;
    }

    void flush() throws IOException {
      os.write(buf, 0, n);
      n = 0;
    }
  }
}
