package org.chokepoint.data.trade;

import java.util.ArrayList;
import java.util.List;
import org.chokepoint.data.catalog.ColumnTable;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.trade.TradeFlows;
import org.chokepoint.trade.TradePartner;

/** Reads an imported trade dataset (any source) into {@link TradeFlows}. */
public final class TradeDataset {
  public static final String FLOWS = "flows";
  public static final String PARTNERS = "partners";
  public static final String PRODUCTS = "products";

  /** Manifest property: the unit of the values, such as "thousand USD". */
  public static final String VALUE_UNIT = "value_unit";

  /** Manifest property: the unit of the quantities, such as "metric tons". */
  public static final String QUANTITY_UNIT = "quantity_unit";

  /** Manifest property: the product classification, such as "HS2017". */
  public static final String CLASSIFICATION = "classification";

  private TradeDataset() {}

  /** Whether a dataset is a trade dataset. */
  public static boolean isTrade(Dataset dataset) {
    return dataset.manifest().tables().stream().anyMatch(t -> t.name().equals(FLOWS));
  }

  public static TradeFlows flows(Dataset dataset) {
    List<TradePartner> partners = new ArrayList<>();
    dataset
        .table(PARTNERS)
        .forEachRow(
            r -> {
              if (r.integer("index") != partners.size()) {
                throw new IllegalStateException("partners table out of order at " + r.line());
              }
              String iso3 = r.get("iso3");
              partners.add(
                  new TradePartner(
                      r.get("code"), iso3.isEmpty() ? null : CountryCode.of(iso3), r.get("name")));
            });
    List<String> products = new ArrayList<>();
    dataset.table(PRODUCTS).forEachRow(r -> products.add(r.get("code")));
    ColumnTable f = dataset.columnTable(FLOWS);
    return new TradeFlows(
        partners,
        products,
        f.ints("year"),
        f.ints("exporter"),
        f.ints("importer"),
        f.ints("product"),
        f.doubles("value"),
        f.doubles("quantity"),
        dataset.manifest().property(VALUE_UNIT),
        dataset.manifest().property(QUANTITY_UNIT));
  }
}
