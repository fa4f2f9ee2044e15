package org.chokepoint.data.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.chokepoint.data.baci.BaciImporter;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.comtrade.ComtradeImporter;
import org.chokepoint.data.eto.EtoChipsImporter;
import org.chokepoint.data.hs.HsImporter;
import org.chokepoint.data.iso.CountriesImporter;
import org.chokepoint.data.usgs.UsgsMcsImporter;
import org.chokepoint.data.usitc.UsitcDataWebImporter;
import org.chokepoint.data.wgi.WgiImporter;

/** The importers by source name, as {@code data import <source>} knows them. */
public final class Importers {
  private final Map<String, DatasetImporter> bySource;

  public Importers(List<DatasetImporter> importers) {
    Map<String, DatasetImporter> m = new LinkedHashMap<>();
    importers.forEach(i -> m.put(i.source(), i));
    this.bySource = Map.copyOf(m);
  }

  /** Every importer the project has. */
  public static Importers standard() {
    return new Importers(
        List.of(
            new CountriesImporter(),
            new HsImporter(),
            new WgiImporter(),
            new UsgsMcsImporter(),
            new BaciImporter(),
            new ComtradeImporter(),
            new UsitcDataWebImporter(),
            new EtoChipsImporter()));
  }

  public DatasetImporter getImporter(String source) {
    DatasetImporter i = bySource.get(source);
    if (i == null) {
      throw new NoSuchElementException(
          "unknown source \"" + source + "\"; known sources: " + String.join(", ", sources()));
    }
    return i;
  }

  public List<DatasetImporter> listImporters() {
    return bySource.values().stream()
        .sorted(java.util.Comparator.comparing(DatasetImporter::source))
        .toList();
  }

  public List<String> sources() {
    return listImporters().stream().map(DatasetImporter::source).toList();
  }
}
