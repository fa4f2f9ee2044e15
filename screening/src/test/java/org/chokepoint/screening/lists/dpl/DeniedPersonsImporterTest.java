package org.chokepoint.screening.lists.dpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.screening.lists.ListImports.write;

import java.nio.file.Path;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.lists.EntryIds;
import org.chokepoint.screening.lists.ListImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On {@code fixtures/lists/dpl/dpl.txt}: five lines in BIS's tab-separated layout. */
class DeniedPersonsImporterTest {
  private static final String HEADER =
      "\"Name\"\t\"Street_Address\"\t\"City\"\t\"State\"\t\"Country\"\t\"Postal_Code\"\t"
          + "\"Effective_Date\"\t\"Expiration_Date\"\t\"Standard_Order\"\t\"Last_Update\"\t"
          + "\"Action\"\t\"FR_Citation\"\n";

  @TempDir Path dir;

  private ListImports.Imported fixture() {
    return ListImports.run(new DeniedPersonsImporter(), Fixtures.path("lists/dpl/dpl.txt"), dir);
  }

  @Test
  void linesOfOneDenialOrderAreOneEntryWithEveryAddress() {
    ListImports.Imported r = fixture();
    assertThat(r.entities()).hasSize(4); // five lines, ISSAM ANWAR twice
    ListedEntity e = r.entry("DPL-" + EntryIds.digest("ISSAM ANWAR", "2022-05-13"));
    assertThat(e.schema()).isEqualTo(Schema.UNKNOWN);
    assertThat(e.addresses())
        .containsExactly(
            "17-18 MARGARET STREET, 4TH FLOOR, LONDON, W1W 8RP, GB",
            "AL KOLAA, BEIRUT, 151515, LB");
    assertThat(e.countries()).containsExactly("GBR", "LBN");
    assertThat(e.listedOn()).isEqualTo("2022-05-13");
    assertThat(e.programmes()).containsExactly("Denied Persons List");
    assertThat(e.remarks())
        .isEqualTo(
            "Expires: 2022-11-09; Standard order: Y; Federal Register: 87 F.R. 30181 5/18/2022");
  }

  @Test
  void quotesInNamesAndCountryQuirks() {
    ListImports.Imported r = fixture();
    assertThat(r.named("IHSAN MEDHAT \"SAMMY\" ELASHI").countries()).containsExactly("USA");
    assertThat(r.named("JOHNSON HU").countries()).containsExactly("CHN"); // "PRC"
    assertThat(r.named("STEPHEN EDWARD SMITH").countries()).isEmpty(); // "NM": New Mexico
    assertThat(r.manifest().warnings())
        .containsExactly(
            "Last_Update \"3017-08-22\" on line 4 cannot be right: ignored",
            "the file carries no publication date: vintage 2022-05-18 is its latest effective or"
                + " update date",
            "country \"NM\" is not a known country name (1 time, first at dpl.txt:6): kept as"
                + " text, no country code");
    assertThat(r.manifest().vintage()).isEqualTo("2022-05-18");
  }

  private void fails(String text, String end) {
    Path f = write(dir, "dpl.txt", text);
    ListImports.fails(new DeniedPersonsImporter(), f, dir.resolve("data"), end);
  }

  @Test
  void badInput() {
    String ok =
        "\"A\"\t\"S\"\t\"C\"\t\"\"\t\"US\"\t\"\"\t\"01/02/2020\"\t\"\"\t\"Y\"\t\"\"\t\"\"\t\"\"";
    fails(
        "\"Name\"\t\"Address\"\n",
        "dpl.txt:1: the first line is not the Denied Persons List header"
            + " [Name, Street_Address, City, State, Country, Postal_Code, Effective_Date,"
            + " Expiration_Date, Standard_Order, Last_Update, Action, FR_Citation]");
    fails(
        HEADER + ok.replace("01/02/2020", "2020-01-02") + "\n",
        "dpl.txt:2:7: Effective_Date \"2020-01-02\" is not a date (MM/DD/YYYY)");
    fails(HEADER + ok.replace("\"A\"", "\"\"") + "\n", "dpl.txt:2:1: Name is empty");
    fails(HEADER + "\"A\t\"B\"\n", "dpl.txt:2:5: unexpected 'B' after a closing quote");
    fails(HEADER + "\"A\"\t\"B\n", "dpl.txt:2:5: quoted field is never closed");
    fails(HEADER + "\"A\"\t\"B\"\n", "dpl.txt:2: expected 12 fields, found 2");
  }
}
