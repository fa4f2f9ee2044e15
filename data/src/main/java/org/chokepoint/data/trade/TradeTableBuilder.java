package org.chokepoint.data.trade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.catalog.Column;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.data.catalog.TableWriter;
import org.chokepoint.geo.CountryCode;

/**
 * Collects flows in growable primitive arrays while an importer reads, then writes the three tables
 * of a trade dataset. Partners and products are numbered in order of first appearance.
 */
public final class TradeTableBuilder {
  private final Map<String, Integer> partnerIndex = new HashMap<>();
  private final List<String[]> partners = new ArrayList<>();
  private final Map<String, Integer> productIndex = new HashMap<>();
  private final List<String[]> products = new ArrayList<>();
  private int[] year = new int[1024];
  private int[] exporter = new int[1024];
  private int[] importer = new int[1024];
  private int[] product = new int[1024];
  private double[] value = new double[1024];
  private double[] quantity = new double[1024];
  private int rows;

  /** The index of a partner; the same source code always gets the same index. */
  public int partner(String code, CountryCode country, String name) {
    Integer i = partnerIndex.get(code);
    if (i != null) {
      return i;
    }
    int idx = partners.size();
    partners.add(new String[] {code, country == null ? "" : country.alpha3(), name});
    partnerIndex.put(code, idx);
    return idx;
  }

  /** The index of a product code, such as {@code hs:850511}. */
  public int product(String code, String description) {
    Integer i = productIndex.get(code);
    if (i != null) {
      return i;
    }
    int idx = products.size();
    products.add(new String[] {code, description});
    productIndex.put(code, idx);
    return idx;
  }

  /** Whether a product code has been declared. */
  public boolean hasProduct(String code) {
    return productIndex.containsKey(code);
  }

  /** Adds a flow; {@code quantity} is NaN when unknown. */
  public void flow(int y, int exp, int imp, int prod, double v, double q) {
    if (rows == year.length) {
      int n = rows * 2;
      year = Arrays.copyOf(year, n);
      exporter = Arrays.copyOf(exporter, n);
      importer = Arrays.copyOf(importer, n);
      product = Arrays.copyOf(product, n);
      value = Arrays.copyOf(value, n);
      quantity = Arrays.copyOf(quantity, n);
    }
    year[rows] = y;
    exporter[rows] = exp;
    importer[rows] = imp;
    product[rows] = prod;
    value[rows] = v;
    quantity[rows] = q;
    rows++;
  }

  public int rows() {
    return rows;
  }

  /** Writes {@code partners}, {@code products} and {@code flows}. */
  public void writeTo(TableSink sink) {
    TableWriter p = sink.table(TradeDataset.PARTNERS, List.of("index", "code", "iso3", "name"));
    for (int i = 0; i < partners.size(); i++) {
      String[] x = partners.get(i);
      p.row(Integer.toString(i), x[0], x[1], x[2]);
    }
    TableWriter k = sink.table(TradeDataset.PRODUCTS, List.of("index", "code", "description"));
    for (int i = 0; i < products.size(); i++) {
      String[] x = products.get(i);
      k.row(Integer.toString(i), x[0], x[1]);
    }
    sink.columns(
        TradeDataset.FLOWS,
        rows,
        List.of(
            Column.ints("year", year),
            Column.ints("exporter", exporter),
            Column.ints("importer", importer),
            Column.ints("product", product),
            Column.doubles("value", value),
            Column.doubles("quantity", quantity)));
  }
}
