package org.chokepoint.screening.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.screening.lists.ListImports.names;
import static org.chokepoint.screening.lists.ListImports.write;

import java.nio.file.Path;
import java.util.List;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.lists.EntityTables;
import org.chokepoint.screening.lists.ListImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On {@code fixtures/lists/ofac/sdn.xml}, the same four entries as the CSV fixture written in the
 * classic XML schema.
 */
class OfacSdnXmlImporterTest {
  @TempDir Path dir;

  private ListImports.Imported xml() {
    return ListImports.run(
        new OfacSdnXmlImporter(), Fixtures.path("lists/ofac/sdn.xml"), dir.resolve("xml"));
  }

  @Test
  void readsTheClassicSchema() {
    ListImports.Imported r = xml();
    assertThat(r.manifest().vintage()).isEqualTo("2021-07-15"); // Publish_Date 07/15/2021
    assertThat(r.manifest().property("kind")).isEqualTo(EntityTables.KIND);
    ListedEntity p = r.entry("2674");
    assertThat(names(p))
        .containsExactly(
            "PRIMARY ZAYDAN, Muhammad", "ALIAS ZAIDAN, Mohammed", "WEAK_ALIAS ABU ZAYD");
    assertThat(p.countries()).containsExactly("SYR", "LBN");
    assertThat(p.identifiers()).containsExactly("Passport: N123456 (Syria)");
    // the Website id is not an identifier the model keeps, as in the CSV remarks
    assertThat(r.entry("9002").identifiers()).hasSize(2);
  }

  @Test
  void theXmlAndTheCsvOfTheSameEntriesGiveTheSameEntities() {
    List<ListedEntity> csv =
        ListImports.run(
                new OfacSdnCsvImporter(),
                Fixtures.path("lists/ofac/sdn-2021-07-15"),
                dir.resolve("csv"))
            .entities();
    List<ListedEntity> xml = xml().entities();
    // remarks differ by design: the CSV writes dates, documents and weak aliases into them
    assertThat(xml.stream().map(OfacSdnXmlImporterTest::withoutListAndRemarks).toList())
        .isEqualTo(csv.stream().map(OfacSdnXmlImporterTest::withoutListAndRemarks).toList());
    assertThat(xml.get(3).remarks()).isEqualTo("Linked To: ACME HOLDING.");
  }

  private static ListedEntity withoutListAndRemarks(ListedEntity e) {
    return new ListedEntity(
        "",
        e.entryId(),
        e.schema(),
        e.names(),
        e.countries(),
        e.birthDates(),
        e.identifiers(),
        e.programmes(),
        e.addresses(),
        e.listedOn(),
        "");
  }

  private static final String HEAD =
      "<?xml version=\"1.0\"?>\n<sdnList><publshInformation><Publish_Date>07/15/2021"
          + "</Publish_Date><Record_Count>1</Record_Count></publshInformation>\n";

  private void fails(String xml, String end) {
    Path f = write(dir, "bad.xml", xml);
    ListImports.fails(new OfacSdnXmlImporter(), f, dir.resolve("data"), end);
  }

  @Test
  void aDocumentTypeDeclarationIsRefused() {
    fails(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE sdnList [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            + "<sdnList><sdnEntry><uid>1</uid><lastName>&xxe;</lastName></sdnEntry></sdnList>\n",
        "bad.xml:2:64: the XML contains a document type declaration (DTD); list files have none"
            + " and it is refused (external entities are a security risk)");
  }

  @Test
  void anotherSchemaIsNamed() {
    fails(
        "<?xml version=\"1.0\"?>\n<Sanctions><sdnEntry/></Sanctions>\n",
        "bad.xml:2:12: root element <Sanctions>: not an OFAC SDN XML (expected <sdnList>)");
  }

  @Test
  void unknownSdnType() {
    fails(
        HEAD
            + "<sdnEntry><uid>7</uid><lastName>X</lastName><sdnType>Ship</sdnType>"
            + "</sdnEntry></sdnList>",
        "bad.xml:3:11: entry 7: unknown sdnType \"Ship\"");
  }

  @Test
  void aTruncatedFileIsNoticed() {
    fails(
        HEAD.replace("<Record_Count>1", "<Record_Count>2")
            + "<sdnEntry><uid>7</uid><lastName>X</lastName><sdnType>Entity</sdnType>"
            + "</sdnEntry></sdnList>",
        "bad.xml:2:29: Record_Count says 2 entries but the file has 1: truncated?");
  }

  @Test
  void anEntryTwice() {
    String entry =
        "<sdnEntry><uid>7</uid><lastName>X</lastName><sdnType>Entity</sdnType></sdnEntry>\n";
    fails(
        HEAD.replace("<Record_Count>1", "<Record_Count>2") + entry + entry + "</sdnList>",
        "bad.xml:4:11: entry 7 appears twice");
  }

  @Test
  void malformedXml() {
    fails(
        HEAD + "<sdnEntry><uid>7</uid><lastName>X</sdnEntry></sdnList>",
        "bad.xml:3:36: not well-formed XML: The element type \"lastName\" must be terminated by"
            + " the matching end-tag \"</lastName>\".");
  }
}
