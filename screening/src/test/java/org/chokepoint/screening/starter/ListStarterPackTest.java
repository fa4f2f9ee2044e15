package org.chokepoint.screening.starter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.catalog.StarterPackBuilder;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.screening.lists.csl.ConsolidatedScreeningListImporter;
import org.chokepoint.screening.lists.dpl.DeniedPersonsImporter;
import org.chokepoint.screening.lists.meti.MetiList;
import org.chokepoint.screening.lists.meti.MetiListImporter;
import org.chokepoint.screening.lists.ofac.OfacSdnCsvImporter;
import org.chokepoint.screening.lists.opensanctions.BisMieuImporter;
import org.chokepoint.screening.lists.opensanctions.Dod1260hImporter;
import org.chokepoint.screening.lists.opensanctions.Eu833Importer;
import org.chokepoint.screening.lists.un.UnConsolidatedImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restricted-party lists shipped in the starter pack are exactly what the list importers derive
 * from the official files in {@code ../shared/data/lists}: rebuilt, their tables have the same
 * checksums.
 */
class ListStarterPackTest {
  @TempDir Path out;

  @Test
  void shippedListsAreWhatTheImportersDerive() {
    String os = "lists/opensanctions-transcriptions/";
    Map<String, StarterPackBuilder.Entry> entries = new LinkedHashMap<>();
    put(entries, new OfacSdnCsvImporter(), "lists/ofac-sdn-2021");
    put(entries, new UnConsolidatedImporter(), "lists/un/UN_consolidated.xml");
    put(entries, new ConsolidatedScreeningListImporter(), "lists/us-csl-2019/csl.csv");
    put(entries, new DeniedPersonsImporter(), "lists/us-dpl/dpl.txt");
    put(entries, new Eu833Importer(), os + "eu_journal_sanctions_data_consolidated_32014R0833.csv");
    // cn-sanctions is not shipped: its source states no licence terms
    put(entries, new Dod1260hImporter(), os + "us_dod_chinese_milcorps_sanctions.csv");
    put(entries, new BisMieuImporter(), os + "us_bis_mieu_mieu.csv");
    put(
        entries,
        new MetiListImporter(MetiList.RUSSIA),
        os + "jp_meti_ru_250912_list_russia_tokutei.pdf.txt");
    put(
        entries,
        new MetiListImporter(MetiList.BELARUS),
        os + "jp_meti_ru_list_belarus_tokutei.pdf.txt");
    put(
        entries,
        new MetiListImporter(MetiList.THIRD_COUNTRIES),
        os + "jp_meti_ru_250912_list_daisangoku_tokutei.pdf.txt");
    List<DatasetManifest> rebuilt = StarterPackBuilder.build(entries, out, new TickingClock());
    StarterPack shipped = StarterPack.bundled();
    for (DatasetManifest m : rebuilt) {
      DatasetManifest s = shipped.find(m.name()).orElseThrow().manifest();
      assertThat(s.tables()).as(m.name()).isEqualTo(m.tables());
      assertThat(s.sourceFiles()).as(m.name()).isEqualTo(m.sourceFiles());
      assertThat(s.licence()).as(m.name()).isEqualTo(m.licence());
    }
  }

  private static void put(Map<String, StarterPackBuilder.Entry> m, DatasetImporter i, String file) {
    m.put(i.source(), new StarterPackBuilder.Entry(i, SharedData.require(file)));
  }
}
