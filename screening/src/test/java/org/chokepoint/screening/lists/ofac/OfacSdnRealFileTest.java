package org.chokepoint.screening.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.screening.lists.ListImports.names;

import java.nio.file.Path;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.ListedName;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.lists.ListImports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared copy of OFAC's SDN CSV set ({@code ../shared/data/lists/ofac-sdn-2021}, files named
 * {@code bench_*.csv}). Counts were taken with Python's csv module on the same files: 8,976 {@code
 * sdn.csv} records (the 8,977th line is OFAC's DOS end-of-file character), 11,910 {@code alt.csv}
 * records, 5 spillover remarks; types individual 4,620, entity (-0-) 3,673, vessel 406, aircraft
 * 277.
 */
class OfacSdnRealFileTest {
  @TempDir static Path dir;
  static ListImports.Imported sdn;

  @BeforeAll
  static void importRealFiles() {
    Path folder = SharedData.require("lists/ofac-sdn-2021");
    sdn = ListImports.run(new OfacSdnCsvImporter(), folder, dir);
  }

  @Test
  void everySdnRowIsAnEntry() {
    assertThat(sdn.entities()).hasSize(8_976);
    assertThat(sdn.manifest().property("entries")).isEqualTo("8976");
    assertThat(sdn.entities().stream().filter(e -> e.schema() == Schema.PERSON)).hasSize(4_620);
    assertThat(sdn.entities().stream().filter(e -> e.schema() == Schema.LEGAL_ENTITY))
        .hasSize(3_673);
    assertThat(sdn.entities().stream().filter(e -> e.schema() == Schema.VESSEL)).hasSize(406);
    assertThat(sdn.entities().stream().filter(e -> e.schema() == Schema.AIRCRAFT)).hasSize(277);
    assertThat(sdn.manifest().vintage()).isEqualTo("2021"); // folder ofac-sdn-2021
  }

  @Test
  void aliasesFromAltCsvAndWeakAliasesFromTheRemarks() {
    // 11,910 alt.csv rows, 6 of which repeat a name the entry already has; 2,441 distinct quoted
    // a.k.a./f.k.a. phrases in the remarks (spillover included)
    assertThat(sdn.count(ListedName.Kind.ALIAS)).isEqualTo(11_904);
    assertThat(sdn.count(ListedName.Kind.WEAK_ALIAS)).isEqualTo(2_441);
  }

  @Test
  void bancoNacionalDeCuba() {
    ListedEntity e = sdn.entry("306");
    assertThat(names(e))
        .containsExactly(
            "PRIMARY BANCO NACIONAL DE CUBA", "ALIAS NATIONAL BANK OF CUBA", "WEAK_ALIAS BNC");
    assertThat(e.programmes()).containsExactly("CUBA");
    assertThat(e.countries()).containsExactly("CHE", "ESP", "JPN", "PAN");
    assertThat(e.addresses())
        .hasSize(4)
        .first()
        .isEqualTo("Zweierstrasse 35, Zurich CH-8022, Switzerland");
  }

  @Test
  void aRemarkCutAtOneThousandCharactersIsCompletedFromTheSpillover() {
    ListedEntity e = sdn.entry("28263"); // TIAN, Yinyin: the cut falls inside 'snowsjohn'
    assertThat(e.programmes()).containsExactly("DPRK3", "CYBER2");
    assertThat(e.remarks()).endsWith("a.k.a. 'snowsjohn'; Linked To: LAZARUS GROUP.");
    assertThat(names(e)).contains("WEAK_ALIAS tianyinyin0404", "WEAK_ALIAS snowsjohn");
    assertThat(e.birthDates()).containsExactly("12 Jul 1986");
    assertThat(e.countries()).contains("CHN");
  }

  @Test
  void unknownCountryNamesAreReportedNotDropped() {
    assertThat(sdn.manifest().warnings())
        .anyMatch(w -> w.startsWith("country \"Region: Crimea\""))
        .anyMatch(
            w -> w.startsWith("country \"undetermined\" is not a known country name (8 times"));
  }
}
