package org.chokepoint.screening.lists.opensanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.screening.lists.ListImports.names;

import java.nio.file.Path;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.lists.ListImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenSanctions transcriptions in {@code ../shared/data/lists/opensanctions-transcriptions}.
 * Expected counts were taken with Python's csv module: EU 1,746 rows (schema LegalEntity 1,085,
 * Vessel 633, Asset 28); China 610 rows, 464 distinct (type, name) parties of which 3 have only
 * ended rows; DoD 397 rows, 234 companies (Clean Name), 18 with every row ended; BIS 13 rows.
 */
class TranscriptionsRealFileTest {
  private static final String DIR = "lists/opensanctions-transcriptions/";

  @TempDir Path dir;

  private ListImports.Imported run(DatasetImporter importer, String file) {
    return ListImports.run(importer, SharedData.require(DIR + file), dir.resolve(file));
  }

  @Test
  void euRegulation833() {
    ListImports.Imported r =
        run(new Eu833Importer(), "eu_journal_sanctions_data_consolidated_32014R0833.csv");
    assertThat(r.entities()).hasSize(1_746);
    assertThat(r.entities().stream().filter(e -> e.schema() == Schema.VESSEL)).hasSize(633);
    assertThat(r.entities().stream().filter(e -> e.schema() == Schema.UNKNOWN)).hasSize(28);
    ListedEntity sirius = r.entry("IV/1");
    assertThat(names(sirius))
        .contains(
            "ALIAS ru Открытое Акционерное Общество «Концерн «Сириус» (ОАО «Концерн «Сириус»)");
    assertThat(r.manifest().vintage()).isEqualTo("2026-05-24");
  }

  @Test
  void chinaCounterSanctions() {
    ListImports.Imported r = run(new ChinaSanctionsImporter(), "cn_sanctions_sanctions.csv");
    assertThat(r.entities()).hasSize(464 - 3);
    ListedEntity hrw = r.named("Human Rights Watch");
    assertThat(names(hrw)).contains("ALIAS zh 人权观察");
    assertThat(r.named("Sierra Nevada Corporation").programmes()).hasSizeGreaterThan(1);
  }

  @Test
  void dod1260h() {
    ListImports.Imported r = run(new Dod1260hImporter(), "us_dod_chinese_milcorps_sanctions.csv");
    assertThat(r.entities()).hasSize(234 - 18);
    assertThat(r.manifest().vintage()).isEqualTo("2026-06-08");
    assertThat(r.named("360 Security Technology Inc.").names())
        .extracting(n -> n.name())
        .contains("Qihoo 360");
  }

  @Test
  void bisMilitaryIntelligenceEndUsers() {
    ListImports.Imported r = run(new BisMieuImporter(), "us_bis_mieu_mieu.csv");
    assertThat(r.entities()).hasSize(13);
    assertThat(r.named("IRGC-IO").countries()).containsExactly("IRN");
  }
}
