package org.chokepoint.screening.lists.meti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.screening.lists.ListImports.names;

import java.nio.file.Path;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.lists.EntityTables;
import org.chokepoint.screening.lists.ListImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On {@code fixtures/lists/meti/belarus-small.pdf.txt}: five entries in the older layout, with the
 * PDF extraction's quirks (an entry number glued to the previous address, dashes run together).
 */
class MetiListImporterTest {
  @TempDir Path dir;

  private ListImports.Imported belarus() {
    return ListImports.run(
        new MetiListImporter(MetiList.BELARUS),
        Fixtures.path("lists/meti/belarus-small.pdf.txt"),
        dir);
  }

  @Test
  void numberedEntriesWithJapanesePrimaryAndEnglishNames() {
    ListImports.Imported r = belarus();
    assertThat(r.entities())
        .extracting(ListedEntity::entryId)
        .containsExactly("1", "2", "3", "4", "5"); // ４ follows "…Belarus" on the same line
    ListedEntity e = r.entry("2");
    assertThat(e.schema()).isEqualTo(Schema.UNKNOWN);
    assertThat(names(e))
        .containsExactly(
            "PRIMARY ja 株式会社インテグラル",
            "ALIAS en JSC Integral",
            "ALIAS ja OAOインテグラル",
            "ALIAS ja 株式会社インテグラル＝ホールディング・マネージング",
            "ALIAS en OAO Integral",
            "ALIAS en Joint-Stock Company Integral-Holding Managing Company");
    assertThat(e.addresses())
        .containsExactly(
            "121A, Kazintsa I.P. Str., Minsk, 220108, Belarus",
            "12 Korzhenevskogo Str., Minsk, 220108, Belarus");
    assertThat(e.countries()).containsExactly("BLR");
    assertThat(e.programmes()).containsExactly("令和四年外務省告示第百四号");
  }

  @Test
  void theManifestCarriesTheNoticesLastUpdate() {
    ListImports.Imported r = belarus();
    assertThat(r.manifest().vintage()).isEqualTo("2022-07-05"); // 最終更新日
    assertThat(r.manifest().citation()).contains("designated 2022-03-08");
    assertThat(r.manifest().property("kind")).isEqualTo(EntityTables.KIND);
    assertThat(r.manifest().licence()).contains("CC BY 4.0");
    assertThat(r.manifest().warnings()).isEmpty();
  }

  @Test
  void numbersInNamesAreNotEntries() {
    ListedEntity e = belarus().entry("3");
    assertThat(names(e))
        .containsExactly(
            "PRIMARY ja 株式会社第140 修理工場",
            "ALIAS en 140 Repair Plant JSC",
            "ALIAS en Open Joint Stock Company 140 Repair Plant",
            "ALIAS en JSC 140 Repair Plant");
    assertThat(e.addresses())
        .containsExactly("19 Lyusi Chalovskoy str., Borisov, Minsk Region, 222512, Belarus");
  }

  @Test
  void dashesRunTogetherAndBracketedAliasLists() {
    ListImports.Imported r = belarus();
    assertThat(names(r.entry("4")))
        .containsExactly(
            "PRIMARY ja 株式会社アガト電子機器工場",
            "ALIAS en AGAT-Electromechanical Plant OJSC",
            "ALIAS en JSC Agat Electromechanical Plant",
            "ALIAS en Agat-Elektromekhanicheski Zavod");
    assertThat(names(r.entry("5")))
        .containsExactly(
            "PRIMARY ja KGBアルファ",
            "ALIAS en KGB Alpha",
            "ALIAS ja ベラルーシ共和国国家保安委員会アルファ",
            "ALIAS ja アルファ部隊",
            "ALIAS ja 部隊 A",
            "ALIAS en The State Security Committee Alpha",
            "ALIAS en Alpha Group",
            "ALIAS en Group A");
  }

  @Test
  void descriptiveTextIsARemarkNotAName() {
    ListedEntity e = belarus().entry("1");
    assertThat(names(e))
        .containsExactly(
            "PRIMARY ja 国防省", "ALIAS en The Ministry of Defence of the Republic of Belarus");
    assertThat(e.remarks())
        .startsWith("国防省（ベラルーシ軍及び場所を問わず全ての運用部隊を含む。）。これには")
        .endsWith(
            "including the Armed Forces of Belarus and all operating units wherever located.");
    assertThat(e.addresses()).containsExactly("All addresses located in Belarus");
  }

  @Test
  void anotherListsTextIsRefused() {
    ListImports.fails(
        new MetiListImporter(MetiList.RUSSIA),
        Fixtures.path("lists/meti/belarus-small.pdf.txt"),
        dir.resolve("d"),
        "belarus-small.pdf.txt: the title does not name \"ロシア連邦の団体\": not the Export ban:"
            + " entities of the Russian Federation (Japan, MOFA/METI)");
  }
}
