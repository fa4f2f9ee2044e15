package org.chokepoint.screening.lists.opensanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.screening.lists.ListImports.names;
import static org.chokepoint.screening.lists.ListImports.write;

import java.nio.file.Path;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.lists.ListImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On {@code fixtures/lists/opensanctions/cn-sanctions.csv}: five rows, four parties. */
class ChinaSanctionsImporterTest {
  @TempDir Path dir;

  private ListImports.Imported fixture() {
    return ListImports.run(
        new ChinaSanctionsImporter(), Fixtures.path("lists/opensanctions/cn-sanctions.csv"), dir);
  }

  @Test
  void aPartyNamedInTwoAnnouncementsIsOneEntry() {
    ListImports.Imported r = fixture();
    assertThat(r.entities()).hasSize(3);
    ListedEntity e = r.named("Sierra Nevada Corporation");
    assertThat(e.schema()).isEqualTo(Schema.COMPANY);
    assertThat(names(e))
        .containsExactly("PRIMARY en Sierra Nevada Corporation", "ALIAS zh 内华达山脉公司");
    assertThat(e.programmes())
        .containsExactly(
            "Ministry of Foreign Affairs: List of Targets of Countermeasures",
            "Ministry of Commerce: UEL");
    assertThat(e.listedOn()).isEqualTo("2024-09-18"); // "18.09.24", the earlier of the two
    assertThat(e.countries()).containsExactly("USA");
  }

  @Test
  void personsWithChineseNamesAndSummaries() {
    ListedEntity e = fixture().named("Sam Brownback");
    assertThat(e.schema()).isEqualTo(Schema.PERSON);
    assertThat(names(e))
        .containsExactly("PRIMARY en Sam Brownback", "ALIAS zh 布朗巴克", "ALIAS Samuel Brownback");
    assertThat(e.identifiers()).containsExactly("Wikidata: Q317618");
    assertThat(e.listedOn()).isEqualTo("2020-07-13"); // "13.07.20"
    assertThat(e.remarks()).isEqualTo("US Ambassador-at-Large; 美国国际宗教自由无任所大使");
    assertThat(e.addresses()).containsExactly("Washington, DC");
  }

  @Test
  void endedListingsAreReportedNotImported() {
    ListImports.Imported r = fixture();
    assertThat(r.entities()).noneMatch(e -> e.name().equals("Skyla"));
    assertThat(r.manifest().vintage()).isEqualTo("2025-01-02");
    assertThat(r.manifest().warnings())
        .contains("\"Skyla\" (line 6): every listing has ended, not imported");
  }

  @Test
  void unknownTypeIsAnError() {
    Path f =
        write(
            dir,
            "cn.csv",
            "Type,QID,Name,Alias,Chinese name,Country,Topics,Summary,"
                + "Chinese summary,Body,List,Date,End date,Source URL,Address\n"
                + "Ship,,X,,,,,,,,,,,,\n");
    ListImports.fails(
        new ChinaSanctionsImporter(), f, dir.resolve("d"), "cn.csv:2:1: unknown Type \"Ship\"");
  }
}
