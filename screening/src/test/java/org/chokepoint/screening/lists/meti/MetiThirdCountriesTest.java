package org.chokepoint.screening.lists.meti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.screening.lists.ListImports.names;

import java.nio.file.Path;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.screening.lists.ListImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On {@code fixtures/lists/meti/third-small.pdf.txt}: seven entries in both layouts, with Chinese
 * names in brackets, Japanese and English run together on one line, a hyphenated name broken across
 * lines, and two irregular entries that must be imported and reported.
 */
class MetiThirdCountriesTest {
  @TempDir Path dir;

  private ListImports.Imported fixture() {
    return ListImports.run(
        new MetiListImporter(MetiList.THIRD_COUNTRIES),
        Fixtures.path("lists/meti/third-small.pdf.txt"),
        dir);
  }

  @Test
  void chineseNamesInBracketsAreAliasesInChinese() {
    ListImports.Imported r = fixture();
    assertThat(names(r.entry("1")))
        .containsExactly(
            "PRIMARY ja シェンジェン・ビーグアン・トレーディング有限会社",
            "ALIAS en Shenzhen Biguang Trading Co. Ltd",
            "ALIAS en Shenzhen Biguang Trading Co., Ltd", // the last alias's full stop ends the
            // list
            "ALIAS zh 深圳比广贸易有限公司");
    assertThat(r.entry("1").countries()).containsExactly("CHN"); // no list country here
    assertThat(names(r.entry("4")))
        .containsExactly(
            "PRIMARY ja ホンコン・チースー・エレクトロニック・テクノロジー・カンパニー・リミテッド",
            "ALIAS en Hong Kong Qisu Electronic Technology Co Ltd",
            "ALIAS zh 香港旗速電子有限公司",
            "ALIAS zh 香港旗速電子科技有限公司");
    assertThat(r.entry("4").addresses()).hasSize(2);
  }

  @Test
  void japaneseAndEnglishOnOneLine() {
    assertThat(names(fixture().entry("2")))
        .containsExactly("PRIMARY ja クロッカス・ナノ・エレクトロニクス", "ALIAS en Crocus Nano Electronics");
  }

  @Test
  void aHyphenAtTheStartOfALineContinuesTheAlias() {
    // "-ISSP;" "-Federal … of Solid" "-State Physics.": the list announces two aliases
    assertThat(names(fixture().entry("3")))
        .containsExactly(
            "PRIMARY ja ロシア科学アカデミー固体物理学研究所",
            "ALIAS en Institute of Solid-State Physics",
            "ALIAS ISSP",
            "ALIAS en Federal State Budgetary Institution of Science Institute of Solid-State"
                + " Physics");
  }

  @Test
  void theNewerLayoutWithItsAliasLines() {
    assertThat(names(fixture().entry("5")))
        .containsExactly(
            "PRIMARY ja アルファ・マシナリー・グループ",
            "ALIAS en Alfa Machinery Group",
            "ALIAS ja AMG社",
            "ALIAS ja 有限会社 AMG",
            "ALIAS en LLC Company AMG",
            "ALIAS en Kompaniya AMG");
  }

  @Test
  void irregularEntriesAreImportedAndReportedWithTheirLine() {
    ListImports.Imported r = fixture();
    assertThat(r.entities()).hasSize(7);
    assertThat(names(r.entry("6")))
        .containsExactly("PRIMARY ja タコ有限会社", "ALIAS en Tako LLC", "ALIAS en Taco LLC");
    assertThat(r.entry("7").addresses()).isEmpty();
    assertThat(r.manifest().warnings())
        .containsExactly(
            "entry 6 (line 30): the list announces 2 English aliases, 1 were read: imported as"
                + " read, check against the list",
            "entry 7 (line 34): no address (所在地): imported as read, check against the list",
            "2 of 7 entries were irregular (listed above)");
    assertThat(r.manifest().vintage()).isEqualTo("2025-09-12");
  }
}
