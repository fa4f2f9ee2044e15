package org.chokepoint.data.wgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.governance.GovernanceIndicators;
import org.chokepoint.governance.WgiDimension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WgiImporterTest {
  @TempDir Path dir;

  private DataCatalog catalog() {
    return new DataCatalog(dir, StarterPack.none(), new TickingClock());
  }

  @Test
  void readsTheWideLayoutWithBomAndTrailingColumn() {
    DataCatalog c = catalog();
    DatasetManifest m =
        c.importDataset(new WgiImporter(), Fixtures.path("wgi/wgi-small.csv"), "wgi", n -> {});
    // JPN and CHN in 2021 and 2022, XKX in 2022 only (its 2021 cell is empty)
    assertThat(m.rows()).isEqualTo(5);
    assertThat(m.vintage()).isEqualTo("2023 update");
    GovernanceIndicators wgi = WgiDataset.indicators(c.getDataset("wgi"));
    CountryCode jpn = CountryCode.of("JPN");
    // fixture 2022: CC 1.2, GE 1.4, PV 1.0, RQ 1.3, RL 1.5, VA 1.0 -> mean 7.4 / 6
    assertThat(wgi.meanEstimate(jpn, 2022).getAsDouble()).isCloseTo(7.4 / 6, within(1e-12));
    assertThat(wgi.riskScore(jpn, 2022).getAsDouble())
        .isCloseTo(2 * (2.5 - 7.4 / 6), within(1e-12));
    assertThat(wgi.estimate(jpn, 2021, WgiDimension.RULE_OF_LAW).getAsDouble())
        .isCloseTo(1.4, within(1e-12));
    assertThat(wgi.dimensionsAvailable(CountryCode.of("XKX"), 2022)).isEqualTo(1);
  }

  @Test
  void badInputIsNamed() {
    DataCatalog c = catalog();
    assertThatThrownBy(
            () ->
                c.importDataset(
                    new WgiImporter(), Fixtures.path("wgi/wgi-bad-value.csv"), "wgi", n -> {}))
        .isInstanceOf(ImportException.class)
        .hasMessageEndingWith("wgi-bad-value.csv:2:6: RL.EST for 2022 is not a number: \"high\"");
    assertThatThrownBy(
            () ->
                c.importDataset(
                    new WgiImporter(), Fixtures.path("wgi/wgi-not-wgi.csv"), "wgi", n -> {}))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("wgi-not-wgi.csv:1:1: expected column \"Country Name\"");
    assertThat(c.findDataset("wgi")).isEmpty();
  }

  @Test
  void realFile() {
    Path file = SharedData.require("wgi/WGIData.csv");
    DataCatalog c = catalog();
    c.importDataset(new WgiImporter(), file, "wgi", n -> {});
    GovernanceIndicators wgi = WgiDataset.indicators(c.getDataset("wgi"));
    Set<String> codes = new HashSet<>();
    c.getDataset("wgi").table(WgiImporter.TABLE).forEachRow(r -> codes.add(r.get("iso3")));
    // 214 economies, data years 1996 ... 2022 (2023 update)
    assertThat(codes).hasSize(214);
    assertThat(wgi.years().first()).isEqualTo(1996);
    assertThat(wgi.years().last()).isEqualTo(2022);
    // the published value: Afghanistan, Control of Corruption: Estimate, 2022 = -1.18377649784088
    assertThat(
            wgi.estimate(CountryCode.of("AFG"), 2022, WgiDimension.CONTROL_OF_CORRUPTION)
                .getAsDouble())
        .isEqualTo(-1.18377649784088);
  }
}
