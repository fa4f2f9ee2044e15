package org.chokepoint.screening.lists.csl;

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

/** On {@code fixtures/lists/csl/csl-2019-12-01/csl.csv}: five rows in the ITA's 2019 layout. */
class ConsolidatedScreeningListImporterTest {
  private static final String SDN = "Specially Designated Nationals (SDN) - Treasury Department";
  private static final String EL = "Entity List (EL) - Bureau of Industry and Security";

  @TempDir Path dir;

  private ListImports.Imported fixture() {
    return ListImports.run(
        new ConsolidatedScreeningListImporter(),
        Fixtures.path("lists/csl/csl-2019-12-01/csl.csv"),
        dir);
  }

  @Test
  void treasuryRowsKeepTheirNumberAndTheSubListIsTheFirstProgramme() {
    ListImports.Imported r = fixture();
    ListedEntity e = r.entry("SDN-8124");
    assertThat(e.schema()).isEqualTo(Schema.LEGAL_ENTITY);
    assertThat(names(e))
        .containsExactly(
            "PRIMARY 2904977 CANADA, INC.", "ALIAS CARIBE SOL", "ALIAS HAVANTUR CANADA INC.");
    assertThat(e.programmes()).containsExactly(SDN, "CUBA");
    assertThat(e.countries()).containsExactly("CAN"); // address ends with "CA"
    assertThat(e.identifiers()).containsExactly("Company Number: 123456 (CA)");
    // a website and a sanctions note are written like ids but are not identifiers
    assertThat(e.remarks())
        .isEqualTo(
            "www.example.ca, Website; Subject to Secondary Sanctions, Additional Sanctions"
                + " Information -");
    assertThat(r.manifest().vintage()).isEqualTo("2019-12-01");
  }

  @Test
  void commerceRowsWithoutNumberOrTypeGetADigestAndUnknownSchema() {
    String id = "EL-" + EntryIds.digest(EL, "54th Research Institute of China", "CN", "2001-05-14");
    ListedEntity e = fixture().entry(id);
    assertThat(e.schema()).isEqualTo(Schema.UNKNOWN);
    assertThat(names(e))
        .containsExactly(
            "PRIMARY 54th Research Institute of China",
            "ALIAS CETC 54th Research Institute",
            "ALIAS Communication Research Institute (CTI)",
            "ALIAS Shijiazhuang Institute."); // "; and Shijiazhuang …": the "and" is not a name
    assertThat(e.countries()).containsExactly("CHN");
    assertThat(e.listedOn()).isEqualTo("2001-05-14");
    assertThat(e.remarks())
        .isEqualTo(
            "License requirement: For all items subject to the EAR.; License policy: See §744.3(d)"
                + " of this part; Federal Register: 66 FR 24266");
  }

  @Test
  void individualsAndVessels() {
    ListImports.Imported r = fixture();
    ListedEntity p = r.entry("PLC-9933");
    assertThat(p.schema()).isEqualTo(Schema.PERSON);
    assertThat(p.birthDates()).containsExactly("1950-01-27", "1951");
    assertThat(p.countries()).containsExactly("PSE", "DZA", "SYR"); // address, citizen, national
    ListedEntity v = r.entry("SDN-20001");
    assertThat(v.schema()).isEqualTo(Schema.VESSEL);
    assertThat(v.programmes()).containsExactly(SDN, "IFSR", "NPWMD");
    assertThat(v.countries()).containsExactly("IRN");
    assertThat(v.identifiers())
        .containsExactly("Call Sign: 9HA1234", "Vessel Registration Identification: IMO 9116412");
  }

  @Test
  void unknownCountryCodesAreReported() {
    ListImports.Imported r = fixture();
    ListedEntity e = r.named("ADRIAN MANUEL HERNANDEZ");
    assertThat(e.addresses())
        .containsExactly("3037 S. 69TH DRIVE, PHOENIX, AZ, 85043", "SOMEWHERE, XX");
    assertThat(e.countries()).isEmpty(); // a ZIP code is no country; XX is unknown
    assertThat(e.remarks()).isEqualTo("FR NOTICE ADDED; End date: 2020-10-13");
    assertThat(r.manifest().warnings())
        .containsExactly(
            "country \"XX\" is not a known country name (1 time, first at csl.csv:6): kept as"
                + " text, no country code");
  }

  private static final String HEADER =
      "source,entity_number,type,programs,name,addresses,start_date,end_date,"
          + "federal_register_notice,license_requirement,license_policy,remarks,alt_names,"
          + "citizenships,dates_of_birth,nationalities,ids,call_sign,vessel_flag\n";

  private void fails(String csv, String end) {
    Path f = write(dir, "csl.csv", csv);
    ListImports.fails(new ConsolidatedScreeningListImporter(), f, dir.resolve("data"), end);
  }

  @Test
  void badInput() {
    fails(
        "source,name\nX,Y\n",
        "csl.csv:1: missing column \"entity_number\"; is this a US Consolidated Screening List"
            + " CSV?");
    fails(
        HEADER + "Entity List (EL),,Ship,,Y,,,,,,,,,,,,,,\n",
        "csl.csv:2:3: unknown type \"Ship\" (expected Individual, Entity, Vessel, Aircraft)");
    fails(HEADER + "Entity List (EL),,,,,,,,,,,,,,,,,,\n", "csl.csv:2:5: name is empty");
    fails(HEADER + "Entity List (EL),1\n", "csl.csv:2: expected 19 fields, found 2");
    fails(HEADER + ",,,,Y,,,,,,,,,,,,,,\n", "csl.csv:2:1: source (the sub-list) is empty");
  }
}
