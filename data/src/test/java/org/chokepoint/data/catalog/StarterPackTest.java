package org.chokepoint.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.data.workspace.Importers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The starter pack shipped in the jar is exactly what the project's importers derive from the
 * official files: rebuilding it from {@code ../shared/data} gives tables with the same checksums.
 */
class StarterPackTest {
  @TempDir Path out;

  @Test
  void shippedPackIsWhatTheImportersDerive() {
    Map<String, String> layout = new LinkedHashMap<>();
    layout.put("countries", "countries/datasets_country-codes.csv");
    layout.put("hs", "hs/harmonized-system.csv");
    layout.put("wgi", "wgi/WGIData.csv");
    layout.put("usgs-mcs", "usgs-mcs-2026/MCS2026_Commodities_Data.csv");
    layout.put("baci", "baci-critical");
    layout.put("usitc", "usitc-dataweb");
    layout.put("eto-chips", "cset-eto-chips");
    Importers importers = Importers.standard();
    Map<String, StarterPackBuilder.Entry> entries = new LinkedHashMap<>();
    layout.forEach(
        (name, file) ->
            entries.put(
                name,
                new StarterPackBuilder.Entry(
                    importers.getImporter(name), SharedData.require(file))));
    List<DatasetManifest> rebuilt = StarterPackBuilder.build(entries, out, new TickingClock());
    StarterPack shipped = StarterPack.bundled();
    // the restricted-party lists of the pack are checked by the screening module's test
    assertThat(shipped.names()).containsAll(layout.keySet());
    for (DatasetManifest m : rebuilt) {
      DatasetManifest s = shipped.find(m.name()).orElseThrow().manifest();
      assertThat(s.tables()).as(m.name()).isEqualTo(m.tables());
      assertThat(s.sourceFiles()).as(m.name()).isEqualTo(m.sourceFiles());
      assertThat(s.licence()).as(m.name()).isEqualTo(m.licence());
      assertThat(s.vintage()).as(m.name()).isEqualTo(m.vintage());
    }
  }
}
