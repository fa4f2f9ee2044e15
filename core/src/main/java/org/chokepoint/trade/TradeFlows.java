package org.chokepoint.trade;

import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Bilateral trade flows in primitive arrays, one entry per (year, exporter, importer, product): the
 * value in {@link #valueUnit()} and the quantity in {@link #quantityUnit()} ({@code NaN} when
 * unknown). Exporters and importers index {@link #partners()}; products index {@link #products()},
 * codes prefixed by their taxonomy ({@code hs:850511}).
 *
 * <p>The arrays are shared, not copied: callers must not change them.
 */
public final class TradeFlows {
  private final List<TradePartner> partners;
  private final List<String> products;
  private final int[] year;
  private final int[] exporter;
  private final int[] importer;
  private final int[] product;
  private final double[] value;
  private final double[] quantity;
  private final String valueUnit;
  private final String quantityUnit;

  public TradeFlows(
      List<TradePartner> partners,
      List<String> products,
      int[] year,
      int[] exporter,
      int[] importer,
      int[] product,
      double[] value,
      double[] quantity,
      String valueUnit,
      String quantityUnit) {
    this.partners = List.copyOf(partners);
    this.products = List.copyOf(products);
    int n = year.length;
    if (exporter.length != n
        || importer.length != n
        || product.length != n
        || value.length != n
        || quantity.length != n) {
      throw new IllegalArgumentException("flow arrays must have the same length");
    }
    for (int r = 0; r < n; r++) {
      if (exporter[r] < 0 || exporter[r] >= partners.size()) {
        throw new IllegalArgumentException("row " + r + ": exporter index out of range");
      }
      if (importer[r] < 0 || importer[r] >= partners.size()) {
        throw new IllegalArgumentException("row " + r + ": importer index out of range");
      }
      if (product[r] < 0 || product[r] >= products.size()) {
        throw new IllegalArgumentException("row " + r + ": product index out of range");
      }
      if (!(value[r] >= 0) || Double.isInfinite(value[r])) {
        throw new IllegalArgumentException("row " + r + ": value must be finite and >= 0");
      }
    }
    this.year = year;
    this.exporter = exporter;
    this.importer = importer;
    this.product = product;
    this.value = value;
    this.quantity = quantity;
    this.valueUnit = Objects.requireNonNullElse(valueUnit, "");
    this.quantityUnit = Objects.requireNonNullElse(quantityUnit, "");
  }

  public int size() {
    return year.length;
  }

  public List<TradePartner> partners() {
    return partners;
  }

  public List<String> products() {
    return products;
  }

  public int[] year() {
    return year;
  }

  public int[] exporter() {
    return exporter;
  }

  public int[] importer() {
    return importer;
  }

  public int[] product() {
    return product;
  }

  public double[] value() {
    return value;
  }

  public double[] quantity() {
    return quantity;
  }

  /** Unit of the values, such as "thousand USD". */
  public String valueUnit() {
    return valueUnit;
  }

  /** Unit of the quantities, such as "metric tons". */
  public String quantityUnit() {
    return quantityUnit;
  }

  /** The years with flows, ascending. */
  public NavigableSet<Integer> years() {
    TreeSet<Integer> s = new TreeSet<>();
    for (int y : year) {
      s.add(y);
    }
    return s;
  }
}
