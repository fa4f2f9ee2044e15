package org.chokepoint.screening.lists.opensanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.screening.lists.ListImports.names;
import static org.chokepoint.screening.lists.ListImports.write;

import java.nio.file.Path;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.lists.EntryIds;
import org.chokepoint.screening.lists.ListImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On {@code fixtures/lists/opensanctions/eu-833.csv}: six rows in OpenSanctions' layout. */
class Eu833ImporterTest {
  @TempDir Path dir;

  private ListImports.Imported fixture() {
    return ListImports.run(
        new Eu833Importer(), Fixtures.path("lists/opensanctions/eu-833.csv"), dir);
  }

  @Test
  void oneEntryPerAnnexRow() {
    ListImports.Imported r = fixture();
    assertThat(r.entities())
        .extracting(ListedEntity::entryId)
        .containsExactly(
            "III/1",
            "IV/1",
            "XLII/1",
            "XIV/" + EntryIds.digest("Bank Otkritie"),
            "LIII/" + EntryIds.digest("A7A5"),
            "XIX.A/1");
    assertThat(r.entry("III/1").programmes()).containsExactly("Annex III (Financial restrictions)");
    assertThat(r.entry("XIV/" + EntryIds.digest("Bank Otkritie")).listedOn())
        .isEqualTo("2022-03-12"); // "12 March 2022"
    assertThat(r.manifest().vintage()).isEqualTo("2025-11-25"); // the latest startDate
  }

  @Test
  void cyrillicAliasesAreRussianAndIdentifiersAreTyped() {
    ListedEntity e = fixture().entry("IV/1");
    assertThat(names(e))
        .containsExactly(
            "PRIMARY JSC Sirius",
            "ALIAS ru Открытое Акционерное Общество «Концерн «Сириус»",
            "ALIAS JSC Concern Sirius");
    assertThat(e.identifiers()).containsExactly("Tax ID/INN: 7704730655");
    assertThat(e.countries()).containsExactly("RUS"); // from the address
    assertThat(e.listedOn()).isEqualTo("2014-09-12"); // "12.9.2014"
    assertThat(e.remarks()).isEqualTo("phone: + 7 (495) 926-78-9");
  }

  @Test
  void vesselsAssetsAndWeakAliases() {
    ListImports.Imported r = fixture();
    ListedEntity v = r.entry("XLII/1");
    assertThat(v.schema()).isEqualTo(Schema.VESSEL);
    assertThat(names(v)).containsExactly("PRIMARY Angara", "ALIAS Hana");
    assertThat(v.identifiers()).containsExactly("IMO: 9179842");
    assertThat(v.remarks()).startsWith("Article 3s(2), point (a)");
    assertThat(r.entry("LIII/" + EntryIds.digest("A7A5")).schema()).isEqualTo(Schema.UNKNOWN);
    ListedEntity hk = r.entry("XIX.A/1");
    assertThat(names(hk)).containsExactly("PRIMARY Example HK Ltd", "WEAK_ALIAS EHK");
    assertThat(hk.countries()).containsExactly("HKG");
  }

  @Test
  void anotherRegulationOrSchemaIsRefused() {
    String header =
        "celex,recordId,annex,measure,startDate,reason,schema,name,alias,weakAlias,"
            + "previousName,country,jurisdiction,registrationNumber,imoNumber,address,phone,email,"
            + "website\n";
    Path f = write(dir, "a.csv", header + "32014R0269,1,I,,,,LegalEntity,X,,,,,,,,,,,\n");
    ListImports.fails(
        new Eu833Importer(),
        f,
        dir.resolve("d1"),
        "a.csv:2:1: CELEX \"32014R0269\" is not 32014R0833");
    f = write(dir, "b.csv", header + "32014R0833,1,I,,,,Planet,X,,,,,,,,,,,\n");
    ListImports.fails(
        new Eu833Importer(), f, dir.resolve("d2"), "b.csv:2:7: unknown schema \"Planet\"");
    f = write(dir, "c.csv", header + "32014R0833,1,I,,31.2.2024,,LegalEntity,X,,,,,,,,,,,\n");
    ListImports.fails(
        new Eu833Importer(),
        f,
        dir.resolve("d3"),
        "c.csv:2:5: startDate \"31.2.2024\" is not a date");
  }
}
