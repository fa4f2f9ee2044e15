package org.chokepoint.data.usgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.catalog.Row;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.governance.GovernanceIndicators;
import org.chokepoint.minerals.MineralConcentration;
import org.chokepoint.minerals.MineralProduction;
import org.chokepoint.minerals.MineralsQuery;
import org.chokepoint.minerals.MineralsReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the hand-made fixture {@code fixtures/usgs/mcs-small.csv} (Windows-1252, USGS layout). */
class UsgsMcsImporterTest {
  @TempDir Path dir;

  private DataCatalog catalog() {
    return new DataCatalog(dir, StarterPack.none(), new TickingClock());
  }

  private List<Row> importFixture(String name) {
    DataCatalog c = catalog();
    c.importDataset(new UsgsMcsImporter(), Fixtures.path("usgs/" + name), "usgs-mcs", n -> {});
    return c.getDataset("usgs-mcs").table(UsgsMcsImporter.TABLE).rows();
  }

  private static Row find(List<Row> rows, String commodity, String country, String detail) {
    return rows.stream()
        .filter(r -> r.get("commodity").equals(commodity))
        .filter(r -> r.get("country").equals(country))
        .filter(r -> r.get("detail").equals(detail))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void keepsEveryRowWithCountriesStagesAndValueStatus() {
    List<Row> rows = importFixture("mcs-small.csv");
    assertThat(rows).hasSize(22);
    Row china = find(rows, "Gallium", "China", "Primary production");
    assertThat(china.get("iso3")).isEqualTo("CHN");
    assertThat(china.get("value")).isEqualTo("900000");
    assertThat(china.get("estimated")).isEqualTo("true");
    assertThat(china.get("stage")).isEqualTo("Primary production");
    Row us = find(rows, "Gallium", "United States", "Primary production");
    assertThat(us.get("value")).isEqualTo("0"); // "—" is zero
    assertThat(us.get("value_text")).isEqualTo("—");
    Row other = find(rows, "Gallium", "Other countries", "Primary production");
    assertThat(other.get("kind")).isEqualTo("unattributed");
    assertThat(other.get("estimated")).isEqualTo("false"); // "estimated to still have" is no flag
    Row burma = find(rows, "Cobalt", "Burma", "Mine production");
    assertThat(burma.get("iso3")).isEqualTo("MMR");
    assertThat(burma.get("status")).isEqualTo("withheld");
    assertThat(burma.get("value")).isEmpty(); // W is unknown, never zero
    assertThat(find(rows, "Cobalt", "Congo (Kinshasa)", "Mine production").get("iso3"))
        .isEqualTo("COD");
    assertThat(find(rows, "Cobalt", "Korea, North", "Mine production").get("iso3"))
        .isEqualTo("PRK");
    assertThat(find(rows, "Cobalt", "Congo (Kinshasa)", "Reserves").get("status"))
        .isEqualTo("annotation");
  }

  @Test
  void resolvesDetailsToTheStagesOfTheWorldTotals() {
    List<Row> rows = importFixture("mcs-small.csv");
    Row talc = find(rows, "Talc And Pyrophyllite", "United States", "Mine production: crude");
    assertThat(talc.get("stage")).isEqualTo("Mine production");
    assertThat(talc.get("qualifier")).isEqualTo("crude");
    Row ilmenite =
        find(rows, "Titanium Mineral Concentrates", "Australia", "Mine production: Ilmenite");
    assertThat(ilmenite.get("stage")).isEqualTo("Mine production: ilmenite");
    Row rutileUs =
        find(rows, "Titanium Mineral Concentrates", "United States", "Mine production: Rutile");
    assertThat(rutileUs.get("stage")).isEqualTo("Mine production: rutile");
    assertThat(rutileUs.get("status")).isEqualTo("negligible");
  }

  @Test
  void otherSectionsKeepTheirTextAndAggregatesAreNotCountries() {
    List<Row> rows = importFixture("mcs-small.csv");
    Row imports = find(rows, "Cobalt", "China, Germany, and Russia", "Import sources");
    assertThat(imports.get("scope")).isEqualTo("import_sources");
    assertThat(imports.get("year")).isEqualTo("2021–24");
    assertThat(imports.get("kind")).isEqualTo("aggregate");
    assertThat(imports.get("value_text")).isEqualTo(">95");
    assertThat(imports.get("value")).isEmpty();
    assertThat(imports.get("notes")).isEqualTo("Multi-line\nnote, with \"quotes\"");
  }

  @Test
  void unmappedNamesAreReportedWithTheirLine() {
    DataCatalog c = catalog();
    DatasetManifest m =
        c.importDataset(
            new UsgsMcsImporter(), Fixtures.path("usgs/mcs-small.csv"), "usgs-mcs", n -> {});
    assertThat(m.warnings())
        .containsExactly(
            "country name \"Atlantis\" (first on line 11) is not in the USGS name table: kept as"
                + " unmapped, counted as unattributed");
    // no "MCS2026" in the file name: the vintage is the year after the latest data year (2025)
    assertThat(m.vintage()).isEqualTo("2026");
    assertThat(m.licence()).contains("Public domain");
  }

  @Test
  void aUtf8CopyImportsToTheSameTable() {
    DataCatalog a = new DataCatalog(dir.resolve("a"), StarterPack.none(), new TickingClock());
    DataCatalog b = new DataCatalog(dir.resolve("b"), StarterPack.none(), new TickingClock());
    DatasetManifest cp1252 =
        a.importDataset(
            new UsgsMcsImporter(), Fixtures.path("usgs/mcs-small.csv"), "usgs-mcs", n -> {});
    DatasetManifest utf8 =
        b.importDataset(
            new UsgsMcsImporter(), Fixtures.path("usgs/mcs-small-utf8.csv"), "usgs-mcs", n -> {});
    assertThat(utf8.tables().get(0).sha256()).isEqualTo(cp1252.tables().get(0).sha256());
  }

  @Test
  void reportOnTheFixtureMatchesHandComputation() {
    DataCatalog c = catalog();
    c.importDataset(
        new UsgsMcsImporter(), Fixtures.path("usgs/mcs-small.csv"), "usgs-mcs", n -> {});
    List<MineralProduction> production = UsgsMcsDataset.worldProduction(c.getDataset("usgs-mcs"));
    CountryGroup concern = CountryGroup.ofCountry(CountryCode.of("CHN"));
    CountryGroup jp = CountryGroup.ofCountry(CountryCode.of("JPN"));
    MineralsReport.Result r =
        new MineralsReport(GovernanceIndicators.empty())
            .compute(production, new MineralsQuery(2025, jp, concern, Optional.empty(), false));
    MineralConcentration gallium =
        r.rows().stream().filter(x -> x.commodity().equals("Gallium")).findFirst().orElseThrow();
    // 900,000 + 3,000 + 6,000 + 0 (US) + 0 (Other) = 909,000; the rounded world total 900,000
    // unused
    assertThat(gallium.concentration().total()).isEqualTo(909_000);
    assertThat(gallium.concernShare().getAsDouble()).isCloseTo(900.0 / 909, within(1e-12));
    assertThat(gallium.perspectiveShare().getAsDouble()).isCloseTo(3.0 / 909, within(1e-12));
    MineralConcentration cobalt =
        r.rows().stream().filter(x -> x.commodity().equals("Cobalt")).findFirst().orElseThrow();
    // 10,000 (COD) + 5 (Atlantis, unmapped: unattributed) + 1,000 (Other) = 11,005
    assertThat(cobalt.concentration().total()).isEqualTo(11_005);
    assertThat(cobalt.top().orElseThrow().share()).isCloseTo(10_000.0 / 11_005, within(1e-12));
    assertThat(cobalt.unattributedShare().getAsDouble()).isCloseTo(1_005.0 / 11_005, within(1e-12));
    assertThat(cobalt.withheld()).containsExactly(CountryCode.of("MMR"));
    assertThat(cobalt.notAvailable()).containsExactly(CountryCode.of("PRK"));
    assertThat(cobalt.unmapped()).containsExactly("Atlantis");
    MineralConcentration talc =
        r.rows().stream().filter(x -> x.commodity().startsWith("Talc")).findFirst().orElseThrow();
    assertThat(talc.concentration().total()).isEqualTo(620); // 490 (crude) + 130, one stage
  }

  @Test
  void badInputIsNamedByFileLineAndColumn() {
    assertBad(
        "mcs-bad-number.csv",
        ":4:9: Value \"3,00\" is not a number (thousands separators must group three digits)");
    assertBad(
        "mcs-missing-column.csv",
        ":1: missing column \"Value\"; is this a USGS MCS commodities CSV?");
    assertBad("mcs-unterminated-quote.csv", ":3:9: quoted field is never closed (missing '\"')");
    assertBad("mcs-control-char.csv", ":2:4: control character U+0000 in Country");
    assertBad("mcs-bad-year.csv", ":2:8: Year \"2O25\" is not a four-digit year");
  }

  private void assertBad(String fixture, String expectedEnd) {
    DataCatalog c = catalog();
    assertThatThrownBy(
            () ->
                c.importDataset(
                    new UsgsMcsImporter(), Fixtures.path("usgs/" + fixture), "usgs-mcs", n -> {}))
        .isInstanceOf(ImportException.class)
        .hasMessageEndingWith(fixture + expectedEnd);
    assertThat(c.findDataset("usgs-mcs")).isEmpty();
  }
}
