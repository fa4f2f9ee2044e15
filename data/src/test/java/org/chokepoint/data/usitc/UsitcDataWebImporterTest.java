package org.chokepoint.data.usitc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.catalog.Row;
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

/**
 * On the hand-made extract {@code fixtures/usitc/extract}: heading 8112 with imports from China
 * 600, Vietnam 300 and Japan 100 USD in 2023 (plus a year-to-date row, a blank 2026 row and a 2024
 * with a reported zero), heading 2846 with China 80 and Malaysia 20.
 */
class UsitcDataWebImporterTest {
  @TempDir Path dir;

  private DatasetManifest manifest;

  private Dataset importExtract(Path path) {
    DataCatalog c = new DataCatalog(dir.resolve("catalog"), StarterPack.none(), new TickingClock());
    manifest = c.importDataset(new UsitcDataWebImporter(), path, "usitc", n -> {});
    return c.getDataset("usitc");
  }

  static Dependence usImports(TradeFlows flows, int year, String product) {
    return new DependenceAnalysis(flows, ProductionLookup.NONE)
        .compute(
            new DependenceQuery(
                CountryGroup.ofCountry(CountryCode.of("USA")),
                CountryGroup.ofCountry(CountryCode.of("CHN")),
                year,
                List.of(product),
                OptionalInt.empty(),
                null))
        .get(0);
  }

  @Test
  void fullYearsBecomeFlowsIntoAndOutOfTheUnitedStates() {
    TradeFlows flows = TradeDataset.flows(importExtract(Fixtures.path("usitc/extract")));
    // 8112: 4 flows in 2023, 2 in 2024; 2846: 3 in 2023. YTD and blank rows are not flows.
    assertThat(flows.size()).isEqualTo(9);
    assertThat(flows.years()).containsExactly(2023, 2024);
    assertThat(flows.products()).containsExactly("hs:2846", "hs:8112");
    assertThat(flows.valueUnit()).isEqualTo("USD");
    assertThat(flows.quantityUnit()).isEqualTo("metric tons");

    Dependence d = usImports(flows, 2023, "hs:8112");
    assertThat(d.imports()).isEqualTo(1000); // 600 + 300 + 100; the YTD 999 is not added
    assertThat(d.exports()).isEqualTo(50);
    assertThat(d.concernShare().getAsDouble()).isCloseTo(0.6, within(1e-12));
    // 0.6² + 0.3² + 0.1²
    assertThat(d.hhi().getAsDouble()).isCloseTo(0.46, within(1e-12));
    // (10 + 20 + 2000) kg
    assertThat(d.importQuantity().getAsDouble()).isCloseTo(2.03, within(1e-12));
    assertThat(d.exportQuantity().getAsDouble()).isCloseTo(1.0, within(1e-12));

    Dependence y2024 = usImports(flows, 2024, "hs:8112");
    assertThat(y2024.concernShare().getAsDouble()).isZero(); // a reported zero stays zero
    assertThat(y2024.hhi().getAsDouble()).isEqualTo(1.0);
    assertThat(y2024.importQuantity()).isEmpty(); // Vietnam's mass is marked incomplete
  }

  @Test
  void headingsAreHsHeadingsSoPrefixSelectorsWork() {
    TradeFlows flows = TradeDataset.flows(importExtract(Fixtures.path("usitc/extract")));
    Dependence re = usImports(flows, 2023, "hs:28");
    assertThat(re.imports()).isEqualTo(100);
    assertThat(re.concernShare().getAsDouble()).isCloseTo(0.8, within(1e-12));
    assertThat(re.hhi().getAsDouble()).isCloseTo(0.68, within(1e-12)); // 0.8² + 0.2²
    assertThat(usImports(flows, 2023, "hs:811292").imports()).isZero(); // no six-digit detail
  }

  @Test
  void manifestSaysWhatWasLeftOutAndOverWhichPartners() {
    Dataset ds = importExtract(Fixtures.path("usitc/extract"));
    assertThat(manifest.vintage()).isEqualTo("2026-07-10");
    assertThat(manifest.licence()).contains("Public domain");
    assertThat(manifest.publisher()).contains("U.S. International Trade Commission");
    assertThat(manifest.property(TradeDataset.VALUE_UNIT)).isEqualTo("USD");
    assertThat(manifest.property(TradeDataset.CLASSIFICATION)).contains("HTS-4");
    assertThat(manifest.warnings())
        .anySatisfy(w -> assertThat(w).contains("denominator is the 5 selected partners"))
        .anySatisfy(w -> assertThat(w).startsWith("2 year-to-date rows left out"))
        .anySatisfy(
            w ->
                assertThat(w)
                    .startsWith("1 full-year rows with a blank value left out")
                    .contains("2026=1"))
        .anySatisfy(w -> assertThat(w).contains("marked incomplete (1 flows)"));
    assertThat(ds.table(TradeDataset.PARTNERS).rows().get(0).get("iso3")).isEqualTo("USA");
    List<Row> products = ds.table(TradeDataset.PRODUCTS).rows();
    assertThat(products.get(1).get("description")).startsWith("BERYLLIUM, CHROMIUM, GERMANIUM");
    assertThat(manifest.sourceFiles()).hasSize(3);
  }

  @Test
  void theExplorerFolderItselfImportsTheSame() {
    TradeFlows flows = TradeDataset.flows(importExtract(Fixtures.path("usitc/extract/explorer")));
    assertThat(flows.size()).isEqualTo(9);
  }

  private static final String COLUMNS =
      "\"columns\":[\"flow\",\"partner\",\"partner_iso\",\"year\",\"ytd_flag\",\"value_usd\","
          + "\"reported_mass_kg\",\"measurement_status\"]";

  /** An extract with one heading file whose rows (one per line, from line 3) are given. */
  private Path extract(String columns, String... rows) throws IOException {
    Path root = dir.resolve("extract");
    Files.createDirectories(root.resolve("explorer"));
    Files.copy(
        Fixtures.path("usitc/extract/query_manifest.json"), root.resolve("query_manifest.json"));
    Files.writeString(
        root.resolve("explorer/8112.json"),
        "{\"hts\":\"8112\",\n" + columns + ",\n\"rows\":[\n" + String.join(",\n", rows) + "\n]}\n");
    return root;
  }

  private static final String GOOD =
      "[\"imports_for_consumption\",\"China\",\"CHN\",2023,false,600.0,10.0,\"reported\"]";

  private ImportException failure(Path root) {
    try {
      importExtract(root);
    } catch (ImportException e) {
      return e;
    }
    throw new AssertionError("the import did not fail");
  }

  @Test
  void unknownFlowNamesTheRow() throws IOException {
    ImportException e =
        failure(
            extract(
                COLUMNS,
                GOOD,
                "[\"general_imports\",\"China\",\"CHN\",2024,false,1.0,1.0,\"reported\"]"));
    assertThat(e.file()).endsWith("8112.json");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.reason())
        .isEqualTo(
            "row 2, flow: unknown flow \"general_imports\"; expected"
                + " imports_for_consumption or domestic_exports");
  }

  @Test
  void negativeValuesAndBadPartnerCodesFail() throws IOException {
    assertThat(
            failure(
                    extract(
                        COLUMNS,
                        "[\"domestic_exports\",\"China\",\"CHN\",2023,false,-5.0,1.0,\"reported\"]"))
                .reason())
        .isEqualTo("row 1, value_usd: -5.0 is negative");
    Files.delete(dir.resolve("extract/explorer/8112.json"));
    Files.delete(dir.resolve("extract/query_manifest.json"));
    assertThat(
            failure(
                    extract(
                        COLUMNS,
                        "[\"domestic_exports\",\"China\",\"CN\",2023,false,5.0,1.0,\"reported\"]"))
                .reason())
        .isEqualTo("row 1, partner_iso: \"CN\" is not the ISO alpha-3 code of a partner country");
  }

  @Test
  void missingColumnIsNamed() throws IOException {
    ImportException e =
        failure(extract("\"columns\":[\"flow\",\"partner\",\"partner_iso\",\"year\"]", "[]"));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.reason()).isEqualTo("column \"ytd_flag\" is missing from \"columns\"");
  }

  @Test
  void aSecondRowForTheSameFlowFails() throws IOException {
    ImportException e = failure(extract(COLUMNS, GOOD, GOOD));
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.reason()).isEqualTo("a second row for CHN, 2023 in the same flow");
  }

  @Test
  void anExtractWithoutItsQueryManifestFails() throws IOException {
    Path root = extract(COLUMNS, GOOD);
    Files.delete(root.resolve("query_manifest.json"));
    assertThatThrownBy(() -> importExtract(root))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("query_manifest.json: is missing");
  }
}
