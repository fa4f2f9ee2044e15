package org.chokepoint.data.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.chokepoint.data.testing.SharedData;
import org.junit.jupiter.api.Test;

/** {@code lists/hs6-usgs.csv}: HS 2017 six-digit codes linked to USGS MCS 2026 commodities. */
class HsUsgsCrosswalkTest {
  private static final double LI = 6.94;
  private static final double C = 12.011;
  private static final double O = 15.999;
  private static final double AS = 74.922;

  private final HsUsgsCrosswalk crosswalk = HsUsgsCrosswalk.bundled();

  @Test
  void lithiumCarbonateCarriesItsLithiumContent() {
    UsgsLink link = crosswalk.findByHs6("283691").orElseThrow();
    assertThat(link.commodity()).isEqualTo("Lithium");
    assertThat(link.stage()).isEqualTo("Mine production");
    // Li2CO3: two lithium atoms in 2 x 6.94 + 12.011 + 3 x 15.999 = 73.888 g/mol
    double expected = 2 * LI / (2 * LI + C + 3 * O);
    assertThat(expected).isCloseTo(2 * 6.94 / 73.89, within(1e-4));
    assertThat(link.usgsUnitsPerTonne().orElseThrow()).isCloseTo(expected, within(1e-3));
    assertThat(link.note()).contains("6.94", "12.011", "15.999");
  }

  @Test
  void arsenicIsCountedAsItsTrioxideEquivalent() {
    UsgsLink link = crosswalk.findByHs6("280480").orElseThrow();
    assertThat(link.stage()).isEqualTo("Production (arsenic trioxide, gross weight)");
    assertThat(link.usgsUnitsPerTonne().orElseThrow())
        .isCloseTo((2 * AS + 3 * O) / (2 * AS), within(1e-4));
  }

  @Test
  void unitConversionsFollowTheUsgsUnit() {
    // gallium is in kilograms, platinum too; phosphate rock in thousand metric tons
    assertThat(crosswalk.findByHs6("711011").orElseThrow().usgsUnitsPerTonne()).hasValue(1000);
    assertThat(crosswalk.findByHs6("251010").orElseThrow().usgsUnitsPerTonne()).hasValue(0.001);
    assertThat(crosswalk.findByHs6("740311").orElseThrow().stage())
        .isEqualTo("Refinery production");
  }

  @Test
  void basketsAndUnknownContentsHaveNoFactor() {
    UsgsLink basket = crosswalk.findByHs6("811292").orElseThrow();
    assertThat(basket.commodity()).isEqualTo("Gallium");
    assertThat(basket.stage()).isEqualTo("Primary production");
    assertThat(basket.contentBasis()).endsWith("(kilograms)");
    assertThat(basket.usgsUnitsPerTonne()).isEmpty();
    assertThat(basket.note()).contains("germanium", "indium", "niobium", "vanadium");
    for (String hs6 : List.of("282200", "260200", "850511", "280429", "720292")) {
      assertThat(crosswalk.findByHs6(hs6).orElseThrow().usgsUnitsPerTonne()).as(hs6).isEmpty();
    }
    assertThat(crosswalk.findByHs6("999999")).isEmpty();
  }

  @Test
  void everyLinkNamesItsSourceAndFactorsAreExplained() {
    assertThat(crosswalk.listLinks()).hasSizeGreaterThan(70);
    assertThat(crosswalk.listLinks())
        .allSatisfy(
            l -> {
              assertThat(l.source()).contains("doi:10.5066/P1WKQ63T", "HS 2017");
              assertThat(l.contentBasis()).endsWith(")");
              assertThat(l.note()).isNotBlank();
            });
  }

  @Test
  void coversTheBaciCriticalCodesThatCarryAUsgsCommodity() throws IOException {
    // coal (270112) and elemental phosphorus (280470) have no MCS commodity
    Path codes = SharedData.require("baci-critical/product_codes_HS17_V202601.csv");
    List<String> baci =
        Files.readAllLines(codes, StandardCharsets.UTF_8).stream()
            .skip(1)
            .map(l -> l.substring(0, l.indexOf(',')))
            .toList();
    assertThat(baci).hasSize(30);
    for (String hs6 : baci) {
      if (!Set.of("270112", "280470").contains(hs6)) {
        assertThat(crosswalk.findByHs6(hs6)).as(hs6).isPresent();
      }
    }
  }

  @Test
  void everyCommodityAndStageExistsInMcs2026WithTheUnitNamed() {
    Mcs2026 mcs = Mcs2026.read();
    for (UsgsLink l : crosswalk.listLinks()) {
      String key = Mcs2026.key(l.commodity(), l.stage());
      assertThat(mcs.unitByCommodityAndStage())
          .as("hs6 %s: world production table %s", l.hs6(), key)
          .containsKey(key);
      assertThat(l.contentBasis())
          .as("hs6 %s: unit", l.hs6())
          .endsWith("(" + mcs.unitByCommodityAndStage().get(key) + ")");
    }
  }
}
