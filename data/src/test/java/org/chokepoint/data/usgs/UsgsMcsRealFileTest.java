package org.chokepoint.data.usgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.governance.GovernanceIndicators;
import org.chokepoint.minerals.MineralConcentration;
import org.chokepoint.minerals.MineralProduction;
import org.chokepoint.minerals.MineralsQuery;
import org.chokepoint.minerals.MineralsReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real USGS MCS 2026 commodities CSV ({@code ../shared/data/usgs-mcs-2026}); facts checked
 * against the published tables of Mineral Commodity Summaries 2026.
 */
class UsgsMcsRealFileTest {
  @TempDir static Path dir;
  static DatasetManifest manifest;
  static MineralsReport.Result report;

  @BeforeAll
  static void importRealFile() {
    Path file = SharedData.require("usgs-mcs-2026/MCS2026_Commodities_Data.csv");
    DataCatalog c = new DataCatalog(dir, StarterPack.none(), new TickingClock());
    manifest = c.importDataset(new UsgsMcsImporter(), file, "usgs-mcs", n -> {});
    List<MineralProduction> production = UsgsMcsDataset.worldProduction(c.getDataset("usgs-mcs"));
    CountryGroup concern = CountryGroup.ofCountry(CountryCode.of("CHN"));
    CountryGroup jp = CountryGroup.ofCountry(CountryCode.of("JPN"));
    report =
        new MineralsReport(GovernanceIndicators.empty())
            .compute(production, new MineralsQuery(2025, jp, concern, Optional.empty(), false));
  }

  private static MineralConcentration row(String commodity, String stage) {
    return report.rows().stream()
        .filter(r -> r.commodity().equals(commodity) && r.stage().equals(stage))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyRowIsKeptAndEveryCountryNameIsMapped() {
    // 8,886 long-format rows, as the release's metadata states; its sha256 begins 582a0aa2
    assertThat(manifest.rows()).isEqualTo(8_886);
    assertThat(manifest.sourceChecksum()).startsWith("582a0aa2");
    assertThat(manifest.vintage()).isEqualTo("2026");
    assertThat(manifest.warnings()).isEmpty();
  }

  @Test
  void chinaHoldsNinetyNinePercentOfPrimaryGallium() {
    // MCS 2026, gallium: China 900,000 kg of 909,000 kg reported (Japan 3,000, Russia 6,000)
    MineralConcentration g = row("Gallium", "Primary production");
    assertThat(g.concentration().total()).isEqualTo(909_000);
    assertThat(g.top().orElseThrow().supplier().alpha3()).isEqualTo("CHN");
    assertThat(g.top().orElseThrow().share()).isCloseTo(900_000.0 / 909_000, within(1e-12));
    assertThat(g.estimated()).isTrue();
  }

  @Test
  void topProducersOfCobaltAndNickel() {
    // MCS 2026: DR Congo leads cobalt mine production, Indonesia leads nickel
    assertThat(row("Cobalt", "Mine production").top().orElseThrow().supplier().alpha3())
        .isEqualTo("COD");
    assertThat(row("Nickel", "Mine production").top().orElseThrow().supplier().alpha3())
        .isEqualTo("IDN");
  }

  @Test
  void withheldUnitedStatesFiguresAreListedNotCounted() {
    // MCS 2026 withholds U.S. silicon metal production ("W")
    MineralConcentration si = row("Silicon", "Silicon metal");
    assertThat(si.withheld()).contains(CountryCode.of("USA"));
    assertThat(si.concentration().shares())
        .noneMatch(s -> s.supplier().equals(CountryCode.of("USA")));
  }

  @Test
  void titaniumStagesStayApart() {
    assertThat(report.rows())
        .filteredOn(r -> r.commodity().equals("Titanium Mineral Concentrates"))
        .extracting(MineralConcentration::stage)
        .containsExactlyInAnyOrder("Mine production: ilmenite", "Mine production: rutile");
  }
}
