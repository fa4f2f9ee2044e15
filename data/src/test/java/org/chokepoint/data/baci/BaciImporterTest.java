package org.chokepoint.data.baci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.catalog.VerifyResult;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.trade.TradeDataset;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.trade.Dependence;
import org.chokepoint.trade.DependenceAnalysis;
import org.chokepoint.trade.DependenceQuery;
import org.chokepoint.trade.EuScreening;
import org.chokepoint.trade.ProductionLookup;
import org.chokepoint.trade.TradeFlows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-made release in {@code fixtures/baci/release} (BACI layout, HS17, V202601), with every
 * expected figure worked out in the comments.
 */
class BaciImporterTest {
  private static final Offset<Double> EXACT = within(1e-12);

  @TempDir Path dir;

  private DataCatalog catalog() {
    return new DataCatalog(dir, StarterPack.none(), new TickingClock());
  }

  private TradeFlows importRelease() {
    DataCatalog c = catalog();
    c.importDataset(new BaciImporter(), Fixtures.path("baci/release"), "baci", n -> {});
    return TradeDataset.flows(c.getDataset("baci"));
  }

  private static CountryGroup group(String name, String... codes) {
    Set<CountryCode> s = new java.util.TreeSet<>();
    for (String c : codes) {
      s.add(CountryCode.of(c));
    }
    return new CountryGroup(name, s, name, "test", "");
  }

  private static final CountryGroup JP_US = group("jp-us", "JPN", "USA");
  private static final CountryGroup CONCERN = group("concern", "CHN");

  @Test
  void importsEveryYearWithCodesUnitsAndProvenance() {
    DataCatalog c = catalog();
    DatasetManifest m =
        c.importDataset(new BaciImporter(), Fixtures.path("baci/release"), "baci", n -> {});
    assertThat(m.vintage()).isEqualTo("V202601");
    assertThat(m.title()).contains("HS17").contains("2022,2024");
    assertThat(m.property(TradeDataset.VALUE_UNIT)).isEqualTo("thousand USD");
    assertThat(m.property(TradeDataset.QUANTITY_UNIT)).isEqualTo("metric tons");
    assertThat(m.sourceFiles()).hasSize(4);
    assertThat(c.verify()).allMatch(VerifyResult::ok);
    TradeFlows f = TradeDataset.flows(c.getDataset("baci"));
    assertThat(f.size()).isEqualTo(2 + 13);
    assertThat(f.years()).containsExactly(2022, 2024);
    // leading zeros restored: BACI writes 10121 for 010121
    assertThat(f.products()).contains("hs:010121", "hs:811292", "hs:850511");
    // S19 "Other Asia, nes" is Taiwan; R20 "Europe EFTA, nes" is no country
    assertThat(f.partners())
        .anyMatch(p -> p.code().equals("490") && p.country().alpha3().equals("TWN"));
    assertThat(f.partners()).anyMatch(p -> p.code().equals("697") && p.country() == null);
  }

  @Test
  void groupPerspectiveExcludesInternalTrade() {
    Dependence d =
        new DependenceAnalysis(importRelease(), ProductionLookup.NONE)
            .compute(
                new DependenceQuery(
                    JP_US,
                    CONCERN,
                    2024,
                    List.of("hs:8505"),
                    OptionalInt.empty(),
                    EuScreening.EU_2021))
            .get(0);
    // extra-group imports: JPN from CHN 60, VNM 40, R20 5; USA from CHN 100, DEU 10, TWN 10.
    // JPN -> USA 30 is internal. M = 225; exports to outside: 20 + 15 + 5 = 40; all imports 255
    assertThat(d.imports()).isEqualTo(225);
    assertThat(d.exports()).isEqualTo(40);
    assertThat(d.totalImports()).isEqualTo(255);
    // suppliers CHN 160, VNM 40, DEU 10, TWN 10, unattributed (R20) 5
    assertThat(d.hhi().getAsDouble()).isCloseTo(27_400.0 / 50_625, EXACT);
    assertThat(d.suppliers().hhiUpper().getAsDouble()).isCloseTo(27_425.0 / 50_625, EXACT);
    assertThat(d.concentrationRatio(1).getAsDouble()).isCloseTo(160.0 / 225, EXACT);
    assertThat(d.concentrationRatio(3).getAsDouble()).isCloseTo(210.0 / 225, EXACT);
    assertThat(d.topSupplier().orElseThrow().supplier().alpha3()).isEqualTo("CHN");
    assertThat(d.concernShare().getAsDouble()).isCloseTo(160.0 / 225, EXACT);
    // EU: HHI .54 > .4; 225/255 > .5; 225/40 > 1: flagged
    assertThat(d.eu().flagged()).contains(true);
    // Taiwan's quantity is blank, so the import quantity is unknown
    assertThat(d.importQuantity()).isEmpty();
    assertThat(d.importReliance()).isEmpty();
  }

  @Test
  void importRelianceFromQuantitiesAndProduction() {
    CountryGroup japan = CountryGroup.ofCountry(CountryCode.of("JPN"));
    ProductionLookup twoTonnes =
        (product, perspective, year) ->
            product.equals("hs:811292") ? OptionalDouble.of(2) : OptionalDouble.empty();
    Dependence d =
        new DependenceAnalysis(importRelease(), twoTonnes)
            .compute(
                new DependenceQuery(
                    japan, CONCERN, 2024, List.of("hs:811292"), OptionalInt.empty(), null))
            .get(0);
    // M = 2 t (from CHN), X = 0, P = 2 t: IR = 2 / (2 + 2) = 0.5
    assertThat(d.importQuantity().getAsDouble()).isEqualTo(2);
    assertThat(d.exportQuantity().getAsDouble()).isZero();
    assertThat(d.importReliance().getAsDouble()).isCloseTo(0.5, EXACT);
    // no exports to outside: the third EU criterion holds (imports cannot be replaced)
    assertThat(d.eu().importExportAbove()).contains(true);
  }

  @Test
  void trendsSinceAnEarlierYear() {
    CountryGroup japan = CountryGroup.ofCountry(CountryCode.of("JPN"));
    Dependence d =
        new DependenceAnalysis(importRelease(), ProductionLookup.NONE)
            .compute(
                new DependenceQuery(
                    japan, CONCERN, 2024, List.of("hs:850511"), OptionalInt.of(2022), null))
            .get(0);
    // 2022: CHN 50, VNM 50 -> HHI .5, China .5. 2024: CHN 60, VNM 40, R20 5 of 105
    double hhi2024 = (60.0 * 60 + 40.0 * 40) / (105.0 * 105);
    assertThat(d.trend().orElseThrow().hhiChange().getAsDouble()).isCloseTo(hhi2024 - 0.5, EXACT);
    assertThat(d.trend().orElseThrow().concernShareChange().getAsDouble())
        .isCloseTo(60.0 / 105 - 0.5, EXACT);
  }

  @Test
  void plusJoinsSelectorsIntoOneRow() {
    CountryGroup japan = CountryGroup.ofCountry(CountryCode.of("JPN"));
    Dependence d =
        new DependenceAnalysis(importRelease(), ProductionLookup.NONE)
            .compute(
                new DependenceQuery(
                    japan, CONCERN, 2024, List.of("hs:8505+hs:811292"), OptionalInt.empty(), null))
            .get(0);
    // magnets 60 + 40 + 5 and the basket 25.5, all into Japan
    assertThat(d.imports()).isEqualTo(130.5);
    assertThat(d.concernShare().getAsDouble()).isCloseTo(85.5 / 130.5, EXACT);
  }

  @Test
  void everyTradedProductWhenNoneIsAsked() {
    List<Dependence> all =
        new DependenceAnalysis(importRelease(), ProductionLookup.NONE)
            .compute(
                new DependenceQuery(JP_US, CONCERN, 2024, List.of(), OptionalInt.empty(), null));
    assertThat(all)
        .extracting(Dependence::product)
        .containsExactly("hs:010121", "hs:811292", "hs:850511");
  }

  @Test
  void badInputIsNamed() {
    assertBad(
        "bad-country",
        "BACI_HS17_Y2024_V202601.csv:3:2: exporter code 999 is not in country_codes_V202601.csv");
    assertBad(
        "bad-value", "BACI_HS17_Y2024_V202601.csv:2:5: expected ',' after field 5, found 'O'");
    assertBad("no-codes", "no-codes: country_codes_V202601.csv is missing");
  }

  private void assertBad(String fixture, String expectedEnd) {
    DataCatalog c = catalog();
    assertThatThrownBy(
            () ->
                c.importDataset(
                    new BaciImporter(), Fixtures.path("baci/" + fixture), "baci", n -> {}))
        .isInstanceOf(ImportException.class)
        .hasMessageEndingWith(expectedEnd);
    assertThat(c.findDataset("baci")).isEmpty();
  }
}
