package org.chokepoint.screening.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.screening.lists.ListImports.names;
import static org.chokepoint.screening.lists.ListImports.write;

import java.nio.file.Path;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.lists.EntityTables;
import org.chokepoint.screening.lists.ListImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the hand-made {@code fixtures/lists/un/consolidated-small.xml} (UN layout). */
class UnConsolidatedImporterTest {
  @TempDir Path dir;

  private ListImports.Imported fixture() {
    return ListImports.run(
        new UnConsolidatedImporter(), Fixtures.path("lists/un/consolidated-small.xml"), dir);
  }

  @Test
  void individualsAndEntitiesWithTheirReferenceNumbers() {
    ListImports.Imported r = fixture();
    assertThat(r.entities())
        .extracting(ListedEntity::entryId)
        .containsExactly("QDi.901", "KPi.033", "CDe.001");
    assertThat(r.entry("QDi.901").schema()).isEqualTo(Schema.PERSON);
    assertThat(r.entry("CDe.001").schema()).isEqualTo(Schema.LEGAL_ENTITY);
    assertThat(r.manifest().vintage()).isEqualTo("2026-02-27"); // dateGenerated
    assertThat(r.manifest().property("kind")).isEqualTo(EntityTables.KIND);
  }

  @Test
  void namesJoinFourPartsLowQualityIsWeakOriginalScriptIsKept() {
    ListedEntity e = fixture().entry("QDi.901");
    assertThat(names(e))
        .containsExactly(
            "PRIMARY ABD AL-RAHMAN IBN EXAMPLE",
            "ALIAS عبد الرحمن",
            "ALIAS Abdul Rahman Example", // given twice, kept once
            "WEAK_ALIAS Abu Example");
  }

  @Test
  void datesCountriesDocumentsAndAddresses() {
    ListedEntity e = fixture().entry("QDi.901");
    assertThat(e.listedOn()).isEqualTo("2015-04-07"); // "2015-04-07-04:00"
    assertThat(e.birthDates())
        .containsExactly("1964-04-13", "circa 1965", "1960 to 1962", "1966"); // 1966: alias DOB
    assertThat(e.countries()).containsExactly("SYR"); // nationality and address; not birthplace
    assertThat(e.identifiers())
        .containsExactly(
            "Passport: 381310014 (Syrian Arab Republic)", "National Identification Number: 12345");
    assertThat(e.addresses())
        .containsExactly("1 Example Street, Aleppo, Syrian Arab Republic (as of 2015)");
    assertThat(e.programmes()).containsExactly("Al-Qaida");
    assertThat(e.remarks()).isEqualTo("Hand-made test entry. Second line of the comment.");
    assertThat(fixture().entry("KPi.033").birthDates()).containsExactly("Nov. 1973");
  }

  @Test
  void entityAliasesAndCharacterReferences() {
    ListImports.Imported r = fixture();
    ListedEntity e = r.entry("CDe.001");
    assertThat(names(e))
        .containsExactly(
            "PRIMARY ADF", "ALIAS Allied Democratic Forces", "ALIAS Forces Démocratiques Alliées");
    assertThat(e.countries()).containsExactly("COD");
    assertThat(e.addresses()).containsExactly("North Kivu, Democratic Republic of the Congo");
    assertThat(e.remarks()).isEqualTo("Seka Baluku’s leadership & more.");
    assertThat(r.manifest().warnings())
        .containsExactly(
            "country \"former Soviet Union\" is not a known country name (1 time, first at"
                + " consolidated-small.xml:19): kept as text, no country code");
  }

  private void fails(String xml, String end) {
    Path f = write(dir, "bad.xml", xml);
    ListImports.fails(new UnConsolidatedImporter(), f, dir.resolve("data"), end);
  }

  @Test
  void anExternalEntityIsRefusedWithItsDtd() {
    fails(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM"
            + " \"file:///etc/passwd\">]>\n<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\">"
            + "<INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS>"
            + "</CONSOLIDATED_LIST>",
        "bad.xml:2:74: the XML contains a document type declaration (DTD); list files have none"
            + " and it is refused (external entities are a security risk)");
  }

  @Test
  void notTheUnSchema() {
    fails(
        "<?xml version=\"1.0\"?>\n<sdnList/>\n",
        "bad.xml:2:11: root element <sdnList>: not a UN consolidated list (expected"
            + " <CONSOLIDATED_LIST>)");
  }

  @Test
  void missingGenerationDate() {
    fails(
        "<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>",
        "bad.xml:1:20: dateGenerated \"\" is missing or not a date");
  }

  @Test
  void anEntryWithoutReferenceNumber() {
    fails(
        "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\">\n<INDIVIDUALS>\n"
            + "<INDIVIDUAL><FIRST_NAME>X</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>",
        "bad.xml:3:13: <INDIVIDUAL> without a REFERENCE_NUMBER");
  }

  @Test
  void anEntryWithoutName() {
    fails(
        "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\">\n<ENTITIES>\n<ENTITY>"
            + "<REFERENCE_NUMBER>CDe.9</REFERENCE_NUMBER></ENTITY></ENTITIES></CONSOLIDATED_LIST>",
        "bad.xml:3:9: CDe.9 has no FIRST_NAME");
  }

  @Test
  void aReferenceNumberTwice() {
    String entity =
        "<ENTITY><FIRST_NAME>X</FIRST_NAME><REFERENCE_NUMBER>CDe.9</REFERENCE_NUMBER>"
            + "</ENTITY>\n";
    fails(
        "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\">\n<ENTITIES>\n"
            + entity
            + entity
            + "</ENTITIES></CONSOLIDATED_LIST>",
        "bad.xml:4:9: REFERENCE_NUMBER CDe.9 appears twice");
  }

  @Test
  void malformedXml() {
    fails(
        "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\">\n<INDIVIDUALS>\n<INDIVIDUAL>",
        "bad.xml:3:13: not well-formed XML: XML document structures must start and end within"
            + " the same entity.");
  }
}
