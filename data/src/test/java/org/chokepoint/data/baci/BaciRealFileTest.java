package org.chokepoint.data.baci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.data.trade.TradeDataset;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.trade.Dependence;
import org.chokepoint.trade.DependenceAnalysis;
import org.chokepoint.trade.DependenceQuery;
import org.chokepoint.trade.ProductionLookup;
import org.chokepoint.trade.TradeFlows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real BACI HS17 V202601 critical-materials subset in {@code ../shared/data/baci-critical}. */
class BaciRealFileTest {
  @TempDir static Path dir;
  static DatasetManifest manifest;
  static TradeFlows flows;

  @BeforeAll
  static void importRelease() {
    Path folder = SharedData.require("baci-critical");
    DataCatalog c = new DataCatalog(dir, StarterPack.none(), new TickingClock());
    manifest = c.importDataset(new BaciImporter(), folder, "baci", n -> {});
    flows = TradeDataset.flows(c.getDataset("baci"));
  }

  @Test
  void everyRowOfBothYears() {
    // 23,167 rows in 2022 and 21,723 in 2024 (line counts of the files minus their headers)
    assertThat(flows.size()).isEqualTo(23_167 + 21_723);
    assertThat(flows.years()).containsExactly(2022, 2024);
    assertThat(flows.products()).hasSize(30);
  }

  @Test
  void chinaShareOfJapansPermanentMagnetImports() {
    // BACI_HS17_Y2024_V202601.csv, j = 392 (Japan), k = 850511: 41 rows summing to
    // 568,756.873 thousand USD, of which i = 156 (China) 156,879.570
    Dependence d =
        new DependenceAnalysis(flows, ProductionLookup.NONE)
            .compute(
                new DependenceQuery(
                    CountryGroup.ofCountry(CountryCode.of("JPN")),
                    CountryGroup.ofCountry(CountryCode.of("CHN")),
                    2024,
                    List.of("hs:850511"),
                    OptionalInt.of(2022),
                    null))
            .get(0);
    assertThat(d.imports()).isCloseTo(568_756.873, within(1e-6));
    assertThat(d.concernShare().getAsDouble()).isCloseTo(156_879.570 / 568_756.873, within(1e-9));
    // 2022: 827,127.796 of which China 229,683.019
    assertThat(d.trend().orElseThrow().concernShareChange().getAsDouble())
        .isCloseTo(156_879.570 / 568_756.873 - 229_683.019 / 827_127.796, within(1e-9));
    // the subset carries no quantities (q is blank): no import reliance
    assertThat(d.importQuantity()).isEmpty();
  }
}
