package org.chokepoint.minerals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.governance.GovernanceIndicators;
import org.chokepoint.governance.WgiDimension;
import org.junit.jupiter.api.Test;

/** A hand-made production table; every expected figure is worked out in the comments. */
class MineralsReportTest {
  private static final Offset<Double> EXACT = within(1e-12);
  private static final CountryGroup CONCERN = group("concern", "CHN", "RUS");
  private static final CountryGroup PERSPECTIVE = group("jp-us", "JPN", "USA");

  private final List<MineralProduction> rows = new ArrayList<>();

  private static CountryGroup group(String name, String... codes) {
    Set<CountryCode> s = new java.util.TreeSet<>();
    for (String c : codes) {
      s.add(CountryCode.of(c));
    }
    return new CountryGroup(name, s, name, "test", "");
  }

  private void add(
      String commodity, String stage, int year, String producer, Quantity q, boolean est) {
    ProducerKind kind =
        switch (producer) {
          case "Other countries" -> ProducerKind.UNATTRIBUTED;
          case "World total" -> ProducerKind.WORLD_TOTAL;
          case "Atlantis" -> ProducerKind.UNMAPPED;
          default -> ProducerKind.COUNTRY;
        };
    rows.add(
        new MineralProduction(
            commodity,
            stage,
            "metric tons",
            year,
            producer,
            kind,
            kind == ProducerKind.COUNTRY ? CountryCode.of(producer) : null,
            q,
            est,
            "",
            "",
            true));
  }

  private static Quantity q(double v) {
    return Quantity.reported(v);
  }

  private static GovernanceIndicators wgi() {
    GovernanceIndicators.Builder b = GovernanceIndicators.builder();
    // all six estimates equal, so the mean is that value: CHN -0.5 (g 6), AUS 1.5 (g 2),
    // JPN 1.0 (g 3), KOR 1.0 (g 3); USA and RUS have none in 2022
    for (WgiDimension d : WgiDimension.values()) {
      b.put(CountryCode.of("CHN"), 2022, d, -0.5);
      b.put(CountryCode.of("AUS"), 2022, d, 1.5);
      b.put(CountryCode.of("JPN"), 2022, d, 1.0);
      b.put(CountryCode.of("KOR"), 2022, d, 1.0);
      b.put(CountryCode.of("CHN"), 2018, d, 2.0); // an older year that must not be used
    }
    return b.build();
  }

  private MineralsReport.Result run() {
    // Xium mine: CHN 600 (estimate), AUS 200, USA W, JPN 100, RUS NA, Other 100, World 1,000
    add("Xium", "Mine production", 2025, "CHN", q(600), true);
    add("Xium", "Mine production", 2025, "AUS", q(200), false);
    add(
        "Xium",
        "Mine production",
        2025,
        "USA",
        Quantity.unknown(QuantityStatus.WITHHELD, "W"),
        false);
    add("Xium", "Mine production", 2025, "JPN", q(100), false);
    add(
        "Xium",
        "Mine production",
        2025,
        "RUS",
        Quantity.unknown(QuantityStatus.NOT_AVAILABLE, "NA"),
        false);
    add("Xium", "Mine production", 2025, "Other countries", q(100), false);
    add("Xium", "Mine production", 2025, "World total", q(1_000), true);
    add("Xium", "Mine production", 2024, "CHN", q(1), false); // another year
    // Xium refinery: CHN alone
    add("Xium", "Refinery production", 2025, "CHN", q(10), false);
    // Yium: KOR 50 and an unmapped producer 50 (counted as unattributed)
    add("Yium", "Mine production", 2025, "KOR", q(50), false);
    add("Yium", "Mine production", 2025, "Atlantis", q(50), false);
    // Zium: only the USA reported; Other countries and the world total not available
    add("Zium", "Mine production", 2025, "USA", q(10), false);
    add(
        "Zium",
        "Mine production",
        2025,
        "Other countries",
        Quantity.unknown(QuantityStatus.NOT_AVAILABLE, "NA"),
        false);
    add(
        "Zium",
        "Mine production",
        2025,
        "World total",
        Quantity.unknown(QuantityStatus.NOT_AVAILABLE, "NA"),
        false);
    return new MineralsReport(wgi())
        .compute(rows, new MineralsQuery(2025, PERSPECTIVE, CONCERN, Optional.empty(), false));
  }

  @Test
  void totalIsCountriesPlusOtherNeverTheWorldTotal() {
    MineralConcentration x = run().rows().get(1);
    assertThat(x.commodity()).isEqualTo("Xium");
    assertThat(x.stage()).isEqualTo("Mine production");
    // 600 + 200 + 100 + 100 (Other); W and NA excluded; World total 1,000 is only reported
    assertThat(x.concentration().total()).isEqualTo(1_000);
    assertThat(x.worldTotalReported().getAsDouble()).isEqualTo(1_000);
    assertThat(x.withheld()).containsExactly(CountryCode.of("USA"));
    assertThat(x.notAvailable()).containsExactly(CountryCode.of("RUS"));
    assertThat(x.estimated()).isTrue();
  }

  @Test
  void concentrationFiguresByHand() {
    MineralConcentration x = run().rows().get(1);
    // shares CHN .6, AUS .2, JPN .1, Other .1
    assertThat(x.hhi().getAsDouble()).isCloseTo(0.36 + 0.04 + 0.01, EXACT);
    assertThat(x.hhiUpper().getAsDouble()).isCloseTo(0.41 + 0.01, EXACT);
    assertThat(x.concentrationRatio(1).getAsDouble()).isCloseTo(0.6, EXACT);
    assertThat(x.concentrationRatio(3).getAsDouble()).isCloseTo(0.9, EXACT);
    assertThat(x.top().orElseThrow().supplier()).isEqualTo(CountryCode.of("CHN"));
    assertThat(x.unattributedShare().getAsDouble()).isCloseTo(0.1, EXACT);
    assertThat(x.concernShare().getAsDouble()).isCloseTo(0.6, EXACT);
    assertThat(x.perspectiveShare().getAsDouble()).isCloseTo(0.1, EXACT);
  }

  @Test
  void governanceWeightedHhiUsesTheLatestWgiYearAtOrBeforeTheDataYear() {
    MineralsReport.Result r = run();
    assertThat(r.wgiYear().getAsInt()).isEqualTo(2022);
    // .36 * 6 + .04 * 2 + .01 * 3 = 2.16 + .08 + .03 = 2.27 (USA is withheld, so needs no score)
    assertThat(r.rows().get(1).wgiHhi().getAsDouble()).isCloseTo(2.27, within(1e-9));
  }

  @Test
  void unmappedProducersCountAsUnattributed() {
    MineralConcentration y = run().rows().get(2);
    assertThat(y.commodity()).isEqualTo("Yium");
    assertThat(y.unmapped()).containsExactly("Atlantis");
    assertThat(y.hhi().getAsDouble()).isCloseTo(0.25, EXACT);
    assertThat(y.hhiUpper().getAsDouble()).isCloseTo(0.5, EXACT);
    assertThat(y.top().orElseThrow().supplier()).isEqualTo(CountryCode.of("KOR"));
  }

  @Test
  void unknownDenominatorLeavesSharesUnknown() {
    MineralConcentration z = run().rows().get(3);
    assertThat(z.commodity()).isEqualTo("Zium");
    assertThat(z.unattributedUnknown()).isTrue();
    assertThat(z.hasShares()).isFalse();
    assertThat(z.hhi()).isEmpty();
    assertThat(z.top()).isEmpty();
    assertThat(z.perspectiveShare()).isEmpty();
    assertThat(z.concentration().total()).isEqualTo(10);
  }

  @Test
  void rankedByHhiMostConcentratedFirst() {
    assertThat(run().rows())
        .extracting(r -> r.commodity() + "/" + r.stage())
        .containsExactly(
            "Xium/Refinery production",
            "Xium/Mine production",
            "Yium/Mine production",
            "Zium/Mine production");
  }

  @Test
  void filtersByCommodityIgnoringCase() {
    run();
    MineralsReport.Result r =
        new MineralsReport(GovernanceIndicators.empty())
            .compute(
                rows, new MineralsQuery(2025, PERSPECTIVE, CONCERN, Optional.of(" yium "), false));
    assertThat(r.rows()).extracting(MineralConcentration::commodity).containsExactly("Yium");
    assertThat(r.wgiYear()).isEmpty();
    assertThat(r.rows().get(0).wgiHhi()).isEmpty();
  }
}
