package org.chokepoint.screening.lists.meti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.screening.lists.ListImports.names;

import java.nio.file.Path;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.lists.ListImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The METI lists' text in {@code ../shared/data/lists/opensanctions-transcriptions}. Entry counts
 * are the last entry numbers printed in each file (Russia 561, Belarus 27, third countries 56),
 * read by eye; every number from 1 up appears once.
 */
class MetiRealFileTest {
  private static final String DIR = "lists/opensanctions-transcriptions/";

  @TempDir Path dir;

  private ListImports.Imported run(MetiList list, String file) {
    return ListImports.run(
        new MetiListImporter(list), SharedData.require(DIR + file), dir.resolve(list.source()));
  }

  @Test
  void russia() {
    ListImports.Imported r = run(MetiList.RUSSIA, "jp_meti_ru_250912_list_russia_tokutei.pdf.txt");
    assertThat(r.entities()).hasSize(561);
    assertThat(r.manifest().vintage()).isEqualTo("2025-09-12");
    assertThat(r.manifest().warnings()).isEmpty();
    ListedEntity fsb = r.entry("6");
    assertThat(names(fsb))
        .containsExactly(
            "PRIMARY ja 連邦保安庁",
            "ALIAS en Federal Security Service (FSB)",
            "ALIAS en Federalnaya Sluzhba Bezopasnosti");
    assertThat(fsb.addresses()).hasSize(2);
    assertThat(names(r.entry("561")))
        .containsExactly(
            "PRIMARY ja 有限会社ヴネシュエコスティル", "ALIAS en LLC Vneshekostil", "ALIAS OOO Vneshekostil");
  }

  @Test
  void belarus() {
    ListImports.Imported r = run(MetiList.BELARUS, "jp_meti_ru_list_belarus_tokutei.pdf.txt");
    assertThat(r.entities()).hasSize(27);
    assertThat(r.manifest().vintage()).isEqualTo("2022-07-05");
    assertThat(r.manifest().warnings()).isEmpty();
    assertThat(r.entry("7").name()).isEqualTo("株式会社アガト電子機器工場"); // glued to entry 6
  }

  @Test
  void thirdCountries() {
    ListImports.Imported r =
        run(MetiList.THIRD_COUNTRIES, "jp_meti_ru_250912_list_daisangoku_tokutei.pdf.txt");
    assertThat(r.entities()).hasSize(56);
    assertThat(r.manifest().warnings()).isEmpty();
    assertThat(names(r.entry("19")))
        .contains("ALIAS zh 长光卫星技术股份有限公司", "ALIAS zh 长光卫星", "ALIAS en Charming Globe");
    assertThat(r.entry("56").countries()).containsExactly("ARE");
  }
}
