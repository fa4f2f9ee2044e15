package org.chokepoint.data.usitc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.chokepoint.concentration.SupplierShare;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.trade.TradeDataset;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.trade.Dependence;
import org.chokepoint.trade.DependenceAnalysis;
import org.chokepoint.trade.DependenceQuery;
import org.chokepoint.trade.ProductionLookup;
import org.chokepoint.trade.TradeFlows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real extract in {@code ../shared/data/usitc-dataweb}. The expected figures are the published
 * {@code china_share_of_us_imports.csv} of the same extract (China's share of US imports for
 * consumption per mineral and year, over the 18 selected partners, computed by the extract's
 * publisher); the test reads that file and compares every full year to 1e-9.
 */
class UsitcDataWebRealFileTest {
  @TempDir Path dir;

  private Path folder;
  private DatasetManifest manifest;
  private TradeFlows flows;

  /** One line of the published CSV: a mineral's HTS headings and China's share in one year. */
  private record Published(String mineral, int year, String headings, String share, String total) {}

  @BeforeEach
  void importTheExtract() {
    folder = SharedData.require("usitc-dataweb");
    DataCatalog c = new DataCatalog(dir, StarterPack.none(), new TickingClock());
    manifest = c.importDataset(new UsitcDataWebImporter(), folder, "usitc", n -> {});
    flows = TradeDataset.flows(c.getDataset("usitc"));
  }

  private List<Published> fullYears() throws IOException {
    List<Published> out = new ArrayList<>();
    try (Reader r =
        Files.newBufferedReader(
            folder.resolve("china_share_of_us_imports.csv"), StandardCharsets.UTF_8)) {
      CsvReader csv = new CsvReader(r, "china_share_of_us_imports.csv");
      List<String> h = csv.next().fields();
      for (CsvRecord x = csv.next(); x != null; x = csv.next()) {
        if (x.get(h.indexOf("ytd_flag")).equals("false")) {
          out.add(
              new Published(
                  x.get(h.indexOf("mineral")),
                  Integer.parseInt(x.get(h.indexOf("year"))),
                  x.get(h.indexOf("hts_codes")),
                  x.get(h.indexOf("china_share")),
                  x.get(h.indexOf("selected_partner_value_usd"))));
        }
      }
    }
    return out;
  }

  private static final CountryCode CHN = CountryCode.of("CHN");

  private List<Dependence> usImports(int year, List<String> products) {
    return new DependenceAnalysis(flows, ProductionLookup.NONE)
        .compute(
            new DependenceQuery(
                CountryGroup.ofCountry(CountryCode.of("USA")),
                CountryGroup.ofCountry(CHN),
                year,
                products,
                OptionalInt.empty(),
                null));
  }

  @Test
  void chinaShareOfUsImportsOfHeading8112MatchesThePublishedShareInEveryFullYear()
      throws IOException {
    int compared = 0;
    for (Published p : fullYears()) {
      if (!p.mineral().equals("minor_metals")) {
        continue;
      }
      Dependence d = usImports(p.year(), List.of("hs:8112")).get(0);
      if (p.share().isEmpty()) { // 2026: no full year yet; the rows have blank values
        assertThat(d.concernShare()).as("%s", p.year()).isEmpty();
        continue;
      }
      assertThat(d.concernShare().getAsDouble())
          .as("China's share of US imports of 8112 in %s", p.year())
          .isCloseTo(Double.parseDouble(p.share()), within(1e-9));
      assertThat(d.imports()).isCloseTo(Double.parseDouble(p.total()), within(1e-6));
      compared++;
    }
    assertThat(compared).isEqualTo(2025 - 1993 + 1);
  }

  @Test
  void everyMineralAndFullYearMatchesThePublishedShare() throws IOException {
    List<Published> years = fullYears();
    Map<String, String> headingsOf = new HashMap<>();
    years.stream()
        .filter(p -> !p.headings().isEmpty())
        .forEach(p -> headingsOf.put(p.mineral(), p.headings()));
    int compared = 0;
    for (Published p : years) {
      List<String> selectors = new ArrayList<>();
      for (String h : headingsOf.get(p.mineral()).split("\\|")) {
        selectors.add("hs:" + h);
      }
      double china = 0;
      double total = 0;
      for (Dependence d : usImports(p.year(), selectors)) {
        total += d.suppliers().total();
        for (SupplierShare<CountryCode> s : d.suppliers().shares()) {
          china += s.supplier().equals(CHN) ? s.quantity() : 0;
        }
      }
      if (p.share().isEmpty()) { // no imports from the selected partners, or no full year yet
        assertThat(total).as("%s %s", p.mineral(), p.year()).isZero();
        continue;
      }
      assertThat(china / total)
          .as("China's share of US imports of %s in %s", p.mineral(), p.year())
          .isCloseTo(Double.parseDouble(p.share()), within(1e-9));
      compared++;
    }
    assertThat(compared).isEqualTo(655);
  }

  @Test
  void manifestRecordsTheLeftOutRowsAndTheDenominator() {
    assertThat(manifest.vintage()).isEqualTo("2026-07-10");
    assertThat(manifest.warnings())
        .anySatisfy(w -> assertThat(w).contains("denominator is the 18 selected partners"))
        .anySatisfy(w -> assertThat(w).startsWith("25330 year-to-date rows left out"))
        .anySatisfy(w -> assertThat(w).contains("743 full-year rows with a blank value"));
    assertThat(flows.years().first()).isEqualTo(1993);
    assertThat(flows.years().last()).isEqualTo(2025);
    assertThat(flows.products()).hasSize(25).contains("hs:8112", "hs:2846", "hs:8505");
  }
}
