package org.chokepoint.data.wgi;

import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.governance.GovernanceIndicators;
import org.chokepoint.governance.WgiDimension;

/** Reads an imported WGI dataset into {@link GovernanceIndicators}. */
public final class WgiDataset {
  private WgiDataset() {}

  public static GovernanceIndicators indicators(Dataset dataset) {
    GovernanceIndicators.Builder b = GovernanceIndicators.builder();
    dataset
        .table(WgiImporter.TABLE)
        .forEachRow(
            r -> {
              CountryCode c = CountryCode.of(r.get("iso3"));
              int year = r.integer("year");
              for (WgiDimension d : WgiDimension.values()) {
                r.number(d.code().toLowerCase(java.util.Locale.ROOT))
                    .ifPresent(v -> b.put(c, year, d, v));
              }
            });
    return b.build();
  }
}
