package org.chokepoint.data.usgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.data.catalog.Row;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.minerals.MineralProduction;
import org.chokepoint.minerals.ProducerKind;
import org.chokepoint.minerals.Quantity;
import org.chokepoint.minerals.QuantityStatus;

/** Reads an imported USGS MCS dataset into domain values. */
public final class UsgsMcsDataset {
  private UsgsMcsDataset() {}

  /** World production by country, every stage and year, as the minerals report needs it. */
  public static List<MineralProduction> worldProduction(Dataset dataset) {
    List<MineralProduction> out = new ArrayList<>();
    dataset
        .table(UsgsMcsImporter.TABLE)
        .forEachRow(
            r -> {
              if (r.get("scope").equals("world") && r.get("statistic").equals("Production")) {
                out.add(toProduction(r));
              }
            });
    return out;
  }

  /**
   * USGS's published US net import reliance, as a percentage of apparent consumption: per commodity
   * and year the cell as published ("100", "&gt;95", "E" for net exporter), choosing the
   * commodity's main row (the shortest detail) where several forms are given.
   */
  public static java.util.Map<String, NetImportReliance> netImportReliance(Dataset dataset) {
    java.util.Map<String, NetImportReliance> out = new java.util.HashMap<>();
    dataset
        .table(UsgsMcsImporter.TABLE)
        .forEachRow(
            r -> {
              if (!r.get("scope").equals("united_states")
                  || !r.get("statistic").equals("Net import reliance")
                  || !r.get("year").matches("\\d{4}")) {
                return;
              }
              NetImportReliance n =
                  new NetImportReliance(
                      r.get("commodity"), r.integer("year"), r.get("detail"), r.get("value_text"));
              out.merge(
                  n.commodity() + "|" + n.year(),
                  n,
                  (a, b) -> a.detail().length() <= b.detail().length() ? a : b);
            });
    return out;
  }

  /** One published US net-import-reliance cell. */
  public record NetImportReliance(String commodity, int year, String detail, String text) {
    /**
     * The reliance as an interval of fractions: a number is exact, "&gt;95" is [0.95, 1], "&lt;25"
     * is [0, 0.25], "E" (net exporter) is 0; anything else is unknown.
     */
    public java.util.Optional<double[]> interval() {
      String t = text.strip().replace(",", "");
      try {
        if (t.equals("E")) {
          return java.util.Optional.of(new double[] {0, 0});
        }
        if (t.startsWith(">")) {
          return java.util.Optional.of(new double[] {Double.parseDouble(t.substring(1)) / 100, 1});
        }
        if (t.startsWith("<")) {
          return java.util.Optional.of(new double[] {0, Double.parseDouble(t.substring(1)) / 100});
        }
        double v = Double.parseDouble(t) / 100;
        return java.util.Optional.of(new double[] {v, v});
      } catch (NumberFormatException e) {
        return java.util.Optional.empty();
      }
    }
  }

  private static MineralProduction toProduction(Row r) {
    ProducerKind kind = ProducerKind.valueOf(r.get("kind").toUpperCase(Locale.ROOT));
    QuantityStatus status = QuantityStatus.valueOf(r.get("status").toUpperCase(Locale.ROOT));
    Quantity q =
        status.isKnown()
            ? new Quantity(r.number("value").orElseThrow(), status, r.get("value_text"))
            : Quantity.unknown(status, r.get("value_text"));
    return new MineralProduction(
        r.get("commodity"),
        r.get("stage"),
        r.get("unit"),
        r.integer("year"),
        r.get("country"),
        kind,
        kind == ProducerKind.COUNTRY ? CountryCode.of(r.get("iso3")) : null,
        q,
        r.bool("estimated"),
        r.get("qualifier"),
        r.get("notes"),
        r.bool("critical"));
  }
}
