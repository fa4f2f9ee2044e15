package org.chokepoint.data.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.chokepoint.data.lists.HsUsgsCrosswalk;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.minerals.MineralProduction;
import org.chokepoint.minerals.ProducerKind;
import org.chokepoint.minerals.Quantity;
import org.chokepoint.minerals.QuantityStatus;
import org.junit.jupiter.api.Test;

/**
 * Production of lithium carbonate (HS 283691) from USGS lithium mine production (metric tons of
 * contained lithium) through the crosswalk's factor 2 x 6.94 / 73.888 t Li per t Li2CO3.
 */
class UsgsProductionTest {
  private static MineralProduction row(String iso3, Quantity q) {
    return new MineralProduction(
        "Lithium",
        "Mine production",
        "metric tons",
        2024,
        iso3,
        ProducerKind.COUNTRY,
        CountryCode.of(iso3),
        q,
        false,
        "",
        "",
        true);
  }

  private final UsgsProduction production =
      new UsgsProduction(
          HsUsgsCrosswalk.bundled(),
          List.of(
              row("AUS", Quantity.reported(1_000)),
              row("ARG", Quantity.reported(500)),
              row("CHL", Quantity.unknown(QuantityStatus.WITHHELD, "W"))));

  private static CountryGroup group(String... codes) {
    java.util.Set<CountryCode> s = new java.util.TreeSet<>();
    for (String c : codes) {
      s.add(CountryCode.of(c));
    }
    return new CountryGroup("g", s, "g", "test", "");
  }

  @Test
  void convertsContainedMetalToTonnesOfTheTradedProduct() {
    double factor = 2 * 6.94 / (2 * 6.94 + 12.011 + 3 * 15.999);
    // the crosswalk gives the factor to five digits (0.18785): relative tolerance 1e-4
    assertThat(production.production("hs:283691", group("AUS", "ARG"), 2024).getAsDouble())
        .isCloseTo(1_500 / factor, within(1e-4 * 1_500 / factor));
    // a member USGS does not list produces nothing
    assertThat(production.production("hs:283691", group("JPN"), 2024).getAsDouble()).isZero();
  }

  @Test
  void unknownWhenWithheldNotOneCodeOrNoFactor() {
    assertThat(production.production("hs:283691", group("CHL", "AUS"), 2024)).isEmpty();
    assertThat(production.production("hs:2836", group("AUS"), 2024)).isEmpty();
    assertThat(production.production("hs:283691", group("AUS"), 2023)).isEmpty();
    // 811292 is a basket: the crosswalk gives no factor
    assertThat(production.production("hs:811292", group("AUS"), 2024)).isEmpty();
  }
}
