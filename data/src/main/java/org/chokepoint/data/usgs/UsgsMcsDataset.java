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
