package org.chokepoint.workspace.contribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chokepoint.network.SupplierMap;

/**
 * Turns the current versions of all contributions into microdata for disclosure control: one row
 * per (cell, contributing unit), the value the sum of that unit's link amounts in the cell
 * (docs/methods/pooled-contributions.md). Pure computation.
 *
 * <ul>
 *   <li>a cell of the country view is (input, supplier country); of the supplier view (input,
 *       supplier), the supplier named by its name (spaces collapsed) and country;
 *   <li>the input is the link's product, {@value #UNSPECIFIED} when empty; the supplier country is
 *       the supplier node's, {@value #UNKNOWN} when empty;
 *   <li>the contributing unit is the buying legal entity, the link's customer, within its
 *       organisation ({@code org:ID/NODE}); its group is the enterprise group declared for that
 *       node ({@code group:G}) or else its organisation ({@code org:ID}), so one organisation never
 *       counts as several contributors unless it declares several enterprise groups, and entities
 *       of one group count once across organisations.
 * </ul>
 */
public final class PoolAggregator {
  public static final String UNSPECIFIED = "unspecified";
  public static final String UNKNOWN = "unknown";

  /** The two pooled views and their dimensions. */
  public enum View {
    COUNTRY(List.of("input", "supplier_country")),
    SUPPLIER(List.of("input", "supplier"));

    private final List<String> dims;

    View(List<String> dims) {
      this.dims = dims;
    }

    public List<String> dims() {
      return dims;
    }

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code country} or {@code supplier}. */
    public static View parse(String s) {
      for (View v : values()) {
        if (v.id().equals(s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT))) {
          return v;
        }
      }
      throw new IllegalArgumentException("view \"" + s + "\" is not one of country, supplier");
    }
  }

  /** The current version of one contribution. */
  public record Source(long organisation, long contribution, int version, SupplierMap map) {}

  /**
   * One microdata row, as {@code org.chokepoint.disclosure.Contribution} takes it.
   *
   * @param coordinates one category per dimension
   * @param contributor the contributing unit
   * @param group its enterprise group
   * @param country the supplier's country (the second coordinate of the country view)
   */
  public record Row(
      List<String> coordinates, double value, String contributor, String group, String country) {}

  private PoolAggregator() {}

  /** The microdata of a view, sorted by cell and contributor. */
  public static List<Row> rows(View view, List<Source> sources) {
    Map<List<String>, double[]> sums = new TreeMap<>(PoolAggregator::compare);
    Map<List<String>, String[]> meta = new TreeMap<>(PoolAggregator::compare);
    for (Source s : sources) {
      List<SupplierMap.Node> nodes = s.map().nodes();
      for (SupplierMap.Link l : s.map().links()) {
        SupplierMap.Node supplier = nodes.get(l.supplier());
        SupplierMap.Node customer = nodes.get(l.customer());
        String input = l.product().isEmpty() ? UNSPECIFIED : l.product();
        String country = supplier.country().isEmpty() ? UNKNOWN : supplier.country();
        String second = view == View.COUNTRY ? country : supplierLabel(supplier, country);
        String unit = "org:" + s.organisation() + "/" + customer.id();
        String group =
            customer.group().isEmpty() ? "org:" + s.organisation() : "group:" + customer.group();
        List<String> key = List.of(input, second, unit, group);
        sums.computeIfAbsent(key, k -> new double[1])[0] += l.amount();
        meta.putIfAbsent(key, new String[] {country});
      }
    }
    List<Row> out = new ArrayList<>();
    sums.forEach(
        (k, v) ->
            out.add(
                new Row(List.of(k.get(0), k.get(1)), v[0], k.get(2), k.get(3), meta.get(k)[0])));
    return out;
  }

  /**
   * How the supplier view names a supplier: its name (or id) with spaces collapsed, and country.
   */
  static String supplierLabel(SupplierMap.Node supplier, String country) {
    String name = supplier.name().isBlank() ? supplier.id() : supplier.name();
    return name.strip().replaceAll("\\s+", " ") + " [" + country + "]";
  }

  private static int compare(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
