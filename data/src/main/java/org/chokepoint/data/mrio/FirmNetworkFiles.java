package org.chokepoint.data.mrio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;
import org.chokepoint.inputoutput.dynamic.FirmNetwork;

/**
 * A supply network for the firm-level model from two CSV files with a header row: firms ({@code
 * firm,output,final_demand}: pre-shock daily output and final demand) and links in the generic
 * layout ({@code supplier,customer,product,amount}: pre-shock daily deliveries). Firm and product
 * names are any text; links must name listed firms. The firms file may carry a fourth column {@code
 * country} (ISO 3166-1 alpha-3, or empty), used to choose firms by country or group. Errors name
 * the file, line and column.
 */
public final class FirmNetworkFiles {
  private FirmNetworkFiles() {}

  /**
   * The network with the firm names in index order, the product names in index order, and each
   * firm's country (empty when the firms file has no {@code country} column or leaves it blank).
   */
  public record Loaded(
      FirmNetwork network, List<String> firms, List<String> products, List<String> countries) {}

  public static Loaded read(Path firmsFile, Path linksFile) {
    Map<String, Integer> firms = new LinkedHashMap<>();
    List<double[]> values = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    rows(
        firmsFile,
        List.of("firm", "output", "final_demand"),
        "country",
        r -> {
          String f = r.get(0).strip();
          if (f.isEmpty()) {
            throw r.error(0, "empty firm name");
          }
          if (firms.putIfAbsent(f, firms.size()) != null) {
            throw r.error(0, "firm " + f + " is listed twice");
          }
          values.add(new double[] {number(r, 1), number(r, 2)});
          countries.add(r.size() > 3 ? r.get(3).strip() : "");
        });
    int n = firms.size();
    double[] output = new double[n];
    double[] fd = new double[n];
    for (int i = 0; i < n; i++) {
      output[i] = values.get(i)[0];
      fd[i] = values.get(i)[1];
    }
    Map<String, Integer> products = new LinkedHashMap<>();
    List<int[]> ends = new ArrayList<>();
    List<Double> amounts = new ArrayList<>();
    rows(
        linksFile,
        List.of("supplier", "customer", "product", "amount"),
        null,
        r -> {
          int s = firm(r, 0, firms);
          int c = firm(r, 1, firms);
          if (s == c) {
            throw r.error(1, "a firm cannot supply itself");
          }
          String p = r.get(2).strip();
          if (p.isEmpty()) {
            throw r.error(2, "empty product");
          }
          products.putIfAbsent(p, products.size());
          ends.add(new int[] {s, c, products.get(p)});
          amounts.add(number(r, 3));
        });
    int m = ends.size();
    int[] sup = new int[m];
    int[] cus = new int[m];
    int[] prod = new int[m];
    double[] amt = new double[m];
    for (int l = 0; l < m; l++) {
      sup[l] = ends.get(l)[0];
      cus[l] = ends.get(l)[1];
      prod[l] = ends.get(l)[2];
      amt[l] = amounts.get(l);
    }
    FirmNetwork net;
    try {
      net = FirmNetwork.of(output, fd, sup, cus, prod, amt);
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>(firms.keySet());
      String msg = e.getMessage();
      java.util.regex.Matcher mt = java.util.regex.Pattern.compile("^firm (\\d+)").matcher(msg);
      if (mt.find()) {
        msg = "firm " + names.get(Integer.parseInt(mt.group(1))) + msg.substring(mt.end());
      }
      throw ImportException.ofFile(firmsFile.getFileName().toString(), msg);
    }
    return new Loaded(
        net, List.copyOf(firms.keySet()), List.copyOf(products.keySet()), List.copyOf(countries));
  }

  private interface Row {
    void accept(CsvRecord r);
  }

  /** Reads the rows under {@code header}, optionally followed by one more column {@code extra}. */
  private static void rows(Path file, List<String> header, String extra, Row row) {
    SourceFile source = new SourceFile(file);
    source.parse(
        SourceFile.utf8ThenWindows1252(),
        reader -> {
          CsvReader csv = new CsvReader(reader, source.name());
          CsvRecord h = csv.next();
          List<String> got =
              h == null ? List.of() : h.fields().stream().map(String::strip).toList();
          List<String> longer = new ArrayList<>(header);
          if (extra != null) {
            longer.add(extra);
          }
          if (!got.equals(header) && !got.equals(longer)) {
            throw ImportException.ofFile(
                source.name(),
                "expected the header row "
                    + String.join(",", header)
                    + (extra == null ? "" : " (optionally ," + extra + ")"));
          }
          int width = got.size();
          int k = 0;
          for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
            if (r.size() != width) {
              throw r.error("expected " + width + " cells, found " + r.size());
            }
            row.accept(r);
            k++;
          }
          if (k == 0) {
            throw ImportException.ofFile(source.name(), "no rows after the header");
          }
          return k;
        });
  }

  private static int firm(CsvRecord r, int col, Map<String, Integer> firms) {
    Integer i = firms.get(r.get(col).strip());
    if (i == null) {
      throw r.error(col, "firm " + r.get(col).strip() + " is not in the firms file");
    }
    return i;
  }

  private static double number(CsvRecord r, int col) {
    String t = r.get(col).strip();
    double v;
    try {
      v = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw r.error(col, "\"" + t + "\" is not a number");
    }
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw r.error(col, "must be a number >= 0, got " + t);
    }
    return v;
  }
}
