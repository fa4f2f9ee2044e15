package org.chokepoint.data.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.geo.Countries;
import org.chokepoint.geo.CountryCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountriesImporterTest {
  @TempDir Path dir;

  private Countries importFile(Path file) {
    DataCatalog c = new DataCatalog(dir, StarterPack.none(), new TickingClock());
    c.importDataset(new CountriesImporter(), file, "countries", n -> {});
    return CountriesDataset.countries(c.getDataset("countries"));
  }

  @Test
  void isoCodesJson() {
    Countries c = importFile(Fixtures.path("countries/iso_3166-1.json"));
    assertThat(c.size()).isEqualTo(3);
    assertThat(c.nameOf(CountryCode.of("TWN"))).isEqualTo("Taiwan"); // common name preferred
    assertThat(c.findCountry(CountryCode.of("JPN")).orElseThrow().numeric()).isEqualTo("392");
  }

  @Test
  void countryCodesCsvWithRegions() {
    Countries c = importFile(Fixtures.path("countries/country-codes-good.csv"));
    assertThat(c.nameOf(CountryCode.of("USA"))).isEqualTo("United States of America");
    assertThat(c.findCountry(CountryCode.of("JPN")).orElseThrow().region()).isEqualTo("Asia");
  }

  @Test
  void badCodesAndDuplicatesAreRejected() {
    assertThatThrownBy(() -> importFile(Fixtures.path("countries/country-codes.csv")))
        .isInstanceOf(ImportException.class)
        .hasMessageEndingWith(
            "country-codes.csv:4:1: alpha-3 code \"XX1\" is not three capital letters");
    assertThatThrownBy(() -> importFile(Fixtures.path("countries/iso-duplicate.json")))
        .isInstanceOf(ImportException.class)
        .hasMessageEndingWith(
            "iso-duplicate.json: entry 2 of \"3166-1\": alpha-3 code JPN appears twice");
  }

  @Test
  void realFiles() {
    // ISO 3166-1 has 249 officially assigned codes; both shared files carry all of them
    assertThat(importFile(SharedData.require("countries/iso_3166-1.json")).size()).isEqualTo(249);
    Countries csv = importFile(SharedData.require("countries/datasets_country-codes.csv"));
    assertThat(csv.size()).isEqualTo(249);
    assertThat(csv.nameOf(CountryCode.of("COD"))).isEqualTo("Democratic Republic of the Congo");
  }
}
