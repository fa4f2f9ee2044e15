package org.chokepoint.data.comtrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.trade.TradeDataset;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.trade.Dependence;
import org.chokepoint.trade.DependenceAnalysis;
import org.chokepoint.trade.DependenceQuery;
import org.chokepoint.trade.ProductionLookup;
import org.chokepoint.trade.TradeFlows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On hand-made Comtrade files under {@code fixtures/comtrade}. In both layouts Japan imports HS
 * 850511 from China (60,000 USD, 1,000 kg) and Viet Nam (40,000 USD, 500 kg), so China's share is
 * 0.6 and the HHI 0.6² + 0.4² = 0.52; around these rows are World totals, TOTAL and chapter
 * aggregates, re-exports, a transport-mode breakdown and China's mirror report of the same flow,
 * none of which may add to the figures.
 */
class ComtradeImporterTest {
  @TempDir Path dir;

  private DatasetManifest manifest;

  private TradeFlows importFixture(String name) {
    DataCatalog c = new DataCatalog(dir, StarterPack.none(), new TickingClock());
    manifest = c.importDataset(new ComtradeImporter(), Fixtures.path(name), "comtrade", n -> {});
    Dataset ds = c.getDataset("comtrade");
    return TradeDataset.flows(ds);
  }

  static Dependence dependence(TradeFlows flows, String perspective, int year, String product) {
    return new DependenceAnalysis(flows, ProductionLookup.NONE)
        .compute(
            new DependenceQuery(
                CountryGroup.ofCountry(CountryCode.of(perspective)),
                CountryGroup.ofCountry(CountryCode.of("CHN")),
                year,
                List.of(product),
                OptionalInt.empty(),
                null))
        .get(0);
  }

  @Test
  void currentLayoutGivesJapansDependenceOnChinaForMagnets() {
    TradeFlows flows = importFixture("comtrade/current-jpn-850511.csv");
    assertThat(flows.products()).containsExactly("hs:850511");
    assertThat(flows.valueUnit()).isEqualTo("USD");
    assertThat(flows.quantityUnit()).isEqualTo("metric tons");
    for (String selector : List.of("hs:850511", "hs:8505", "hs:85")) {
      Dependence d = dependence(flows, "JPN", 2023, selector);
      assertThat(d.imports()).as(selector).isEqualTo(100_000); // not 118,000 or 220,000
      assertThat(d.concernShare().getAsDouble()).isCloseTo(0.6, within(1e-12));
      assertThat(d.hhi().getAsDouble()).isCloseTo(0.52, within(1e-12));
      assertThat(d.importQuantity().getAsDouble()).isCloseTo(1.5, within(1e-12));
      assertThat(d.exports()).isEqualTo(25_000); // to the US, which reported no imports
      assertThat(d.exportQuantity().getAsDouble()).isCloseTo(0.2, within(1e-12));
    }
    // Korea reported nothing: China's export report stands in
    Dependence korea = dependence(flows, "KOR", 2023, "hs:850511");
    assertThat(korea.imports()).isEqualTo(30_000);
    assertThat(korea.concernShare().getAsDouble()).isEqualTo(1.0);
  }

  @Test
  void manifestCountsWhatWasLeftOut() {
    importFixture("comtrade/current-jpn-850511.csv");
    assertThat(manifest.property(TradeDataset.CLASSIFICATION)).isEqualTo("HS2022");
    assertThat(manifest.vintage()).isEqualTo("2023");
    assertThat(manifest.licence()).contains("UN Comtrade");
    assertThat(manifest.warnings())
        .contains(
            "15 rows read (current layout), 5 flows stored: imports as their importers reported"
                + " them; exports only where the importer reported no imports that year",
            "2 rows with partner World left out (totals, not a partner)",
            "1 rows with commodity TOTAL left out (all products, an aggregate)",
            "2 aggregate rows left out because finer HS codes of the same reporter, partner, year"
                + " and flow are present",
            "2 re-import and re-export rows left out (parts of imports and exports)",
            "1 rows of other flow breakdowns left out (DX=1)",
            "1 rows broken down by second partner, customs procedure or mode of transport left"
                + " out (only the totals 0, C00 and 0 are kept)",
            "1 export rows left out as mirror data: the importer reported its own imports that"
                + " year",
            "3 flows into importers that reported no imports that year (USA, KOR, Areas, nes)"
                + " come from the exporters' reports (FOB values)",
            "1 flows with a value but a net weight of 0 have an unknown quantity");
  }

  @Test
  void legacyLayoutGivesTheSameFigures() {
    TradeFlows flows = importFixture("comtrade/legacy-jpn-850511.csv");
    Dependence d = dependence(flows, "JPN", 2016, "hs:8505");
    assertThat(d.imports()).isEqualTo(100_000);
    assertThat(d.concernShare().getAsDouble()).isCloseTo(0.6, within(1e-12));
    assertThat(d.hhi().getAsDouble()).isCloseTo(0.52, within(1e-12));
    assertThat(d.importQuantity()).isEmpty(); // Viet Nam's net weight is blank
    assertThat(d.exports()).isEqualTo(25_000);
    assertThat(manifest.property(TradeDataset.CLASSIFICATION)).isEqualTo("HS2012");
    assertThat(manifest.warnings()).anySatisfy(w -> assertThat(w).contains("(legacy layout)"));
  }

  @Test
  void mirrorRowsDoNotDoubleCount() {
    // Japan: imports from China 60,000 (its report) and exports to China 7,200 (China's report);
    // China's 58,000 and Japan's 7,000 are the mirror views of the same two flows.
    TradeFlows flows = importFixture("comtrade/mirror-both-views.csv");
    assertThat(flows.size()).isEqualTo(3);
    Dependence japan = dependence(flows, "JPN", 2023, "hs:850511");
    assertThat(japan.imports()).isEqualTo(60_000);
    assertThat(japan.exports()).isEqualTo(7_200);
    Dependence china = dependence(flows, "CHN", 2023, "hs:850511");
    assertThat(china.imports()).isEqualTo(7_200);
    assertThat(china.exports()).isEqualTo(60_000 + 30_000); // Japan's figure, and Korea's mirror
    CountryGroup jpKr =
        new CountryGroup(
            "jp-kr", java.util.Set.of(CountryCode.of("JPN"), CountryCode.of("KOR")), "", "", "");
    Dependence group =
        new DependenceAnalysis(flows, ProductionLookup.NONE)
            .compute(
                new DependenceQuery(
                    jpKr,
                    CountryGroup.ofCountry(CountryCode.of("CHN")),
                    2023,
                    List.of("hs:850511"),
                    OptionalInt.empty(),
                    null))
            .get(0);
    assertThat(group.imports()).isEqualTo(90_000);
    assertThat(group.concernShare().getAsDouble()).isEqualTo(1.0);
  }

  @Test
  void aFolderOfFilesInBothLayoutsAppliesTheMirrorRuleAcrossFiles() {
    TradeFlows flows = importFixture("comtrade/split");
    assertThat(flows.size()).isEqualTo(2); // the partners' export reports are mirror data
    Dependence d = dependence(flows, "JPN", 2023, "hs:850511");
    assertThat(d.imports()).isEqualTo(100_000);
    assertThat(d.hhi().getAsDouble()).isCloseTo(0.52, within(1e-12));
    assertThat(manifest.sourceFiles()).hasSize(2);
    assertThat(manifest.warnings()).anySatisfy(w -> assertThat(w).contains("current and legacy"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown-flow.csv       | 3 | 5  | unknown flow code "Q"; expected M, X, RM or RX (or DX, FM, MIP, MOP, XIP, XOP)
          non-numeric-value.csv  | 2 | 12 | "60k" is not a number
          negative-value.csv     | 2 | 12 | negative value -60000
          missing-column.csv     | 1 | 0  | the required column "primaryValue" is missing
          legacy-missing-column.csv | 1 | 0 | the required column "Partner ISO" is missing
          unknown-iso-shape.csv  | 2 | 7  | unknown ISO code shape "CN": expected three capital letters, W00 or WLD (World), or a Comtrade area code (E19, _X)
          monthly-period.csv     | 2 | 3  | period "202301" is not the year 2023: only annual data are supported
          bad-commodity-code.csv | 2 | 9  | commodity code "85051" is neither TOTAL nor an HS code of 2, 4 or 6 digits
          """)
  void errorsNameFileLineColumnAndReason(String file, long line, int column, String reason) {
    ImportException e = failure("comtrade/errors/" + file);
    assertThat(e.file()).endsWith(file);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.reason()).isEqualTo(reason);
  }

  @Test
  void aDuplicateRowNamesBothLines() {
    ImportException e = failure("comtrade/errors/duplicate-row.csv");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.reason()).contains("duplicate-row.csv line 2");
  }

  private ImportException failure(String fixture) {
    try {
      importFixture(fixture);
    } catch (ImportException e) {
      return e;
    }
    throw new AssertionError("the import of " + fixture + " did not fail");
  }
}
