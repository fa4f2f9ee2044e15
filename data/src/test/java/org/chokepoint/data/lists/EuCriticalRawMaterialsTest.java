package org.chokepoint.data.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code eu-crm-2023}: Regulation (EU) 2024/1252, Annex II Section 1 (critical raw materials) with
 * Annex I Section 1 (strategic raw materials) marked.
 */
class EuCriticalRawMaterialsTest {
  private final ProductList eu = ProductLists.bundled().getList("eu-crm-2023");

  @Test
  void thirtyFourCriticalRawMaterials() {
    // Annex II Section 1, points (a) Antimon to (ah) Vanadium: 26 + 8 = 34
    assertThat(eu.items()).hasSize(34);
    assertThat(eu.items().get(0).localName()).isEqualTo("Antimon");
    assertThat(eu.items().get(33).localName()).isEqualTo("Vanadium");
  }

  @Test
  void seventeenStrategicRawMaterialsMarkEighteenItems() {
    // Annex I Section 1 lists 17; (n) rare earths for permanent magnets (Nd, Pr, Tb, Dy, Gd, Sm,
    // Ce) marks both the heavy and the light rare-earth items of Annex II
    long strategic =
        eu.items().stream()
            .filter(i -> i.mappings().get(0).note().contains("Strategic raw material (Annex I"))
            .count();
    assertThat(strategic).isEqualTo(18);
  }

  @Test
  void galliumIsPartOfTheBasket811292() {
    ListItem gallium = eu.findItem("Gallium").orElseThrow();
    assertThat(gallium.mappings())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.hs()).isEqualTo("811292");
              assertThat(m.mapping()).isEqualTo(Mapping.PARTIAL);
            });
  }
}
