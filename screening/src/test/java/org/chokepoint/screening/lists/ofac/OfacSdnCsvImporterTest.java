package org.chokepoint.screening.lists.ofac;

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

/** On the hand-made set {@code fixtures/lists/ofac/sdn-2021-07-15} (OFAC's CSV layout). */
class OfacSdnCsvImporterTest {
  @TempDir Path dir;

  private ListImports.Imported fixture() {
    return ListImports.run(
        new OfacSdnCsvImporter(), Fixtures.path("lists/ofac/sdn-2021-07-15"), dir);
  }

  @Test
  void everyRowIsAnEntryWithItsTypeAndProgrammes() {
    ListImports.Imported r = fixture();
    assertThat(r.entities())
        .extracting(ListedEntity::entryId)
        .containsExactly("36", "2674", "9001", "9002");
    assertThat(r.entry("36").schema()).isEqualTo(Schema.LEGAL_ENTITY); // -0- type: an entity
    assertThat(r.entry("2674").schema()).isEqualTo(Schema.PERSON);
    ListedEntity vessel = r.entry("9001");
    assertThat(vessel.schema()).isEqualTo(Schema.VESSEL);
    assertThat(vessel.programmes()).containsExactly("IRAN", "SDGT"); // "IRAN] [SDGT"
    assertThat(vessel.identifiers()).containsExactly("Call Sign: 9HXY7");
    assertThat(vessel.countries()).containsExactly("MLT"); // the flag
  }

  @Test
  void remarksGiveDatesNationalitiesDocumentsAndWeakAliases() {
    ListedEntity p = fixture().entry("2674");
    assertThat(names(p))
        .containsExactly(
            "PRIMARY ZAYDAN, Muhammad", "ALIAS ZAIDAN, Mohammed", "WEAK_ALIAS ABU ZAYD");
    assertThat(p.birthDates()).containsExactly("01 Jan 1960", "1961");
    assertThat(p.countries()).containsExactly("SYR", "LBN"); // nationality, citizen, address
    assertThat(p.identifiers()).containsExactly("Passport: N123456 (Syria)");
    assertThat(p.addresses()).containsExactly("Street 1, Damascus, Syria");
    assertThat(p.remarks()).startsWith("DOB 01 Jan 1960;").endsWith("AL-NUSRAH FRONT.");
  }

  @Test
  void remarksCutAtOneThousandCharactersContinueInTheSpilloverFile() {
    ListedEntity e = fixture().entry("9002");
    // sdn.csv ends "a.k.a. 'EXTRA", sdn_comments.csv goes on "CT'; Linked To: ACME HOLDING."
    assertThat(e.remarks()).endsWith("a.k.a. 'EXTRACT'; Linked To: ACME HOLDING.");
    assertThat(names(e))
        .containsExactly(
            "PRIMARY EXAMPLE TRADING LLC", "ALIAS EXAMPLE TRADE LLC", "WEAK_ALIAS EXTRACT");
    assertThat(e.identifiers())
        .containsExactly(
            "Tax ID No.: 7700000000 (Russia)", "Registration ID: 1234567890123 (Russia)");
  }

  @Test
  void unknownCountriesStayInTheAddressAndAreReported() {
    ListImports.Imported r = fixture();
    ListedEntity e = r.entry("9002");
    assertThat(e.addresses())
        .containsExactly("ul. Tverskaya 1, Moscow 125009, Russia", "Somewhere, Gotham, Atlantis");
    assertThat(e.countries()).containsExactly("RUS");
    assertThat(r.manifest().warnings())
        .containsExactly(
            "country \"Atlantis\" is not a known country name (1 time, first at add.csv:4):"
                + " kept as text, no country code");
  }

  @Test
  void theManifestNamesTheListItsDateAndKind() {
    ListImports.Imported r = fixture();
    assertThat(r.manifest().vintage()).isEqualTo("2021-07-15"); // from the folder name
    assertThat(r.manifest().property("kind")).isEqualTo(EntityTables.KIND);
    assertThat(r.manifest().property("entries")).isEqualTo("4");
    assertThat(r.manifest().licence()).startsWith("Public domain");
    assertThat(r.manifest().publisher()).contains("Office of Foreign Assets Control");
    assertThat(r.manifest().sourceFiles()).hasSize(4);
  }

  @Test
  void theSharedCopysPrefixedNamesAreAcceptedAndAMissingSpilloverIsReported() {
    ListImports.Imported r =
        ListImports.run(
            new OfacSdnCsvImporter(), Fixtures.path("lists/ofac/bench/bench_sdn.csv"), dir);
    assertThat(names(r.entry("36")))
        .containsExactly("PRIMARY AEROCARIBBEAN AIRLINES", "ALIAS AERO-CARIBBEAN");
    assertThat(r.manifest().vintage()).isEqualTo("unknown");
    assertThat(r.manifest().warnings())
        .anyMatch(w -> w.startsWith("no sdn_comments.csv"))
        .anyMatch(w -> w.contains("no publication date"));
  }
}
