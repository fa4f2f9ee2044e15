package org.chokepoint.data.iso;

import java.util.ArrayList;
import java.util.List;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.geo.Countries;
import org.chokepoint.geo.Country;
import org.chokepoint.geo.CountryCode;

/** Reads an imported countries dataset. */
public final class CountriesDataset {
  private CountriesDataset() {}

  public static Countries countries(Dataset dataset) {
    List<Country> list = new ArrayList<>();
    dataset
        .table(CountriesImporter.TABLE)
        .forEachRow(
            r ->
                list.add(
                    new Country(
                        CountryCode.of(r.get("iso3")),
                        r.get("iso2"),
                        r.get("numeric"),
                        r.get("name"),
                        r.get("region"))));
    return new Countries(list);
  }
}
