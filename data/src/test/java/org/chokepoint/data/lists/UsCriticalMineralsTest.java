package org.chokepoint.data.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code us-critical-minerals-2025}: the final 2025 List of Critical Minerals (USGS, Federal
 * Register of 2025-11-07), checked against the "Is critical mineral 2025" column of the USGS MCS
 * 2026 data release.
 */
class UsCriticalMineralsTest {
  private static final List<String> RARE_EARTHS =
      List.of(
          "Cerium",
          "Dysprosium",
          "Erbium",
          "Europium",
          "Gadolinium",
          "Holmium",
          "Lanthanum",
          "Lutetium",
          "Neodymium",
          "Praseodymium",
          "Samarium",
          "Terbium",
          "Thulium",
          "Ytterbium",
          "Yttrium");

  /** MCS commodity names that differ from the list's names, and MCS chapters covering groups. */
  private static final Map<String, List<String>> ITEMS_OF_COMMODITY =
      Map.ofEntries(
          Map.entry("Alumina", List.of("Aluminum")),
          Map.entry("Bauxite", List.of("Aluminum")),
          Map.entry("Graphite (Natural)", List.of("Graphite")),
          Map.entry("Magnesium Metal", List.of("Magnesium")),
          Map.entry("Magnesium Compounds", List.of("Magnesium")),
          Map.entry("Niobium (Columbium)", List.of("Niobium")),
          Map.entry("Phosphate Rock", List.of("Phosphate")),
          Map.entry(
              "Platinum-Group Metals",
              List.of("Iridium", "Palladium", "Platinum", "Rhodium", "Ruthenium")),
          // the Rare Earths chapter's data "include lanthanides and yttrium"
          Map.entry("Rare Earths", RARE_EARTHS),
          // a group chapter that does not name its elements
          Map.entry("Rare Earths (Heavy)", List.of()),
          Map.entry("TiO2 Pigment", List.of("Titanium")),
          Map.entry("TiO2 pigment", List.of("Titanium")),
          Map.entry("Tio2 Pigment", List.of("Titanium")),
          Map.entry("Titanium Mineral Concentrates", List.of("Titanium")),
          Map.entry("Titanium Sponge Metal", List.of("Titanium")),
          Map.entry("Titanium sponge metal", List.of("Titanium")),
          Map.entry("Zirconium And Hafnium", List.of("Zirconium", "Hafnium")));

  /**
   * On the list but without an MCS 2026 commodity: metallurgical coal and uranium are fuel
   * minerals, which the Mineral Commodity Summaries do not cover. (Thulium has no chapter of its
   * own either, but the Rare Earths chapter covers it.)
   */
  private static final Set<String> NOT_IN_MCS = Set.of("Metallurgical coal", "Uranium");

  private final ProductList us = ProductLists.bundled().getList("us-critical-minerals-2025");

  @Test
  void sixtyMinerals() {
    // Final 2025 list: the 50 of 2022 plus boron, copper, lead, metallurgical coal, phosphate,
    // potash, rhenium, silicon, silver and uranium (Federal Register 2025-11-07; names as
    // International Trade Today and the Essential Minerals Association reported them)
    assertThat(us.items()).hasSize(60);
    assertThat(us.items()).extracting(ListItem::name).contains(RARE_EARTHS.toArray(String[]::new));
  }

  @Test
  void agreesWithTheCriticalFlagsOfMcs2026() {
    Mcs2026 mcs = Mcs2026.read();
    Set<String> names = new TreeSet<>(us.items().stream().map(ListItem::name).toList());
    Set<String> covered = new TreeSet<>();
    for (String c : mcs.criticalCommodities()) {
      List<String> items = ITEMS_OF_COMMODITY.getOrDefault(c.strip(), List.of(c.strip()));
      assertThat(names).as("MCS flags " + c + " as critical").containsAll(items);
      covered.addAll(items);
    }
    Set<String> expected = new TreeSet<>(names);
    expected.removeAll(NOT_IN_MCS);
    assertThat(covered).isEqualTo(expected);
    assertThat(mcs.commodities()).doesNotContain("Thulium", "Uranium", "Metallurgical Coal");
  }

  @Test
  void noUnflaggedCommodityIsOnTheListButMagnesiumCompounds() {
    // The list says "magnesium"; USGS flags magnesium metal only, and the list's HS mapping
    // leaves magnesite out accordingly
    Mcs2026 mcs = Mcs2026.read();
    Set<String> names = new TreeSet<>(us.items().stream().map(ListItem::name).toList());
    Set<String> unflaggedOnList = new TreeSet<>();
    for (String c : mcs.commodities()) {
      if (mcs.criticalCommodities().contains(c)) {
        continue;
      }
      for (String item : ITEMS_OF_COMMODITY.getOrDefault(c.strip(), List.of(c.strip()))) {
        if (names.contains(item)) {
          unflaggedOnList.add(c);
        }
      }
    }
    assertThat(unflaggedOnList).containsExactly("Magnesium Compounds");
    assertThat(us.findItem("Magnesium").orElseThrow().hsCodes())
        .containsExactly("810411", "810419");
  }
}
