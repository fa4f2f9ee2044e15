package org.chokepoint.data.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.chokepoint.data.catalog.ColumnTable;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.catalog.VerifyResult;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.network.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-made magnet chain in {@code fixtures/network/magnets}:
 *
 * <pre>
 * MINE(AUS) -100-> REFINE(CHN) -60-> ALLOY(JPN) -50-> MAGNET(JPN) -40-> MOTOR(JPN) -30-> CAR(USA)
 *                  RECYCLER(JPN) -20-> ALLOY        CHIPFAB(TWN) -40-> MOTOR
 *                  CAR -5-> RECYCLER (closes the cycle ALLOY, MAGNET, MOTOR, CAR, RECYCLER)
 *                  LOOP1(KOR) <-> LOOP2(KOR), no entry
 * </pre>
 *
 * Exposure to country:CHN (REFINE): ALLOY buys 80, 3/4 from REFINE and 1/4 from RECYCLER; MOTOR
 * buys 80, half from MAGNET and half from CHIPFAB (0). With e(MAGNET) = e(ALLOY), e(MOTOR) =
 * e(MAGNET)/2 and e(CAR) = e(RECYCLER) = e(MOTOR): e(ALLOY) = 3/4 + e(ALLOY)/8, so e(ALLOY) =
 * e(MAGNET) = 6/7 and e(MOTOR) = e(CAR) = e(RECYCLER) = 3/7; MINE, CHIPFAB, LOOP1, LOOP2 are 0.
 *
 * <p>Dominators (sources MINE and CHIPFAB): ALLOY is reached from MINE via REFINE and from CHIPFAB
 * via MOTOR, CAR, RECYCLER, so nothing dominates it; RECYCLER is reached only through CAR, which is
 * reached only through MOTOR: dominators CAR (1), MOTOR (2). LOOP1 and LOOP2 are unreachable.
 */
class FirmNetworkImporterTest {
  private static final Offset<Double> CLOSE = within(1e-9);

  @TempDir Path dir;

  private DataCatalog catalog() {
    return new DataCatalog(dir, StarterPack.none(), new TickingClock());
  }

  private FirmNetworks imported() {
    DataCatalog c = catalog();
    FirmNetworks service = new FirmNetworks(c);
    service.importFolder("magnets", Fixtures.path("network/magnets"), NetworkProgress.NONE);
    return service;
  }

  @Test
  void storesNodesLinksAndProductsWithTheKind() {
    DataCatalog c = catalog();
    DatasetManifest m =
        new FirmNetworks(c)
            .importFolder("magnets", Fixtures.path("network/magnets"), NetworkProgress.NONE);
    assertThat(m.property(FirmNetworkDataset.KIND)).isEqualTo("firm-network");
    assertThat(m.property("nodes")).isEqualTo("10");
    assertThat(m.property("links")).isEqualTo("10"); // the blank line is skipped
    assertThat(m.property("synthetic")).isEqualTo("false");
    assertThat(m.title()).isEqualTo("Hand-made magnet supply chain for tests (not real firms)");
    assertThat(m.sourceFiles()).hasSize(2);
    assertThat(c.verify()).allMatch(VerifyResult::ok);
    Dataset d = c.getDataset("magnets");
    List<String> products = new ArrayList<>();
    d.table("products").forEachRow(r -> products.add(r.get("code")));
    assertThat(products)
        .containsExactly("ore", "oxide", "alloy, NdFeB", "magnet", "chip", "motor", "scrap");
    ColumnTable links = d.columnTable("links");
    assertThat(links.ints("supplier")).startsWith(0, 1, 6, 2); // MINE, REFINE, RECYCLER, ALLOY
    assertThat(links.ints("product")).endsWith(6, -1, -1); // scrap, then no product
    assertThat(links.doubles("amount")).containsExactly(100, 60, 20, 50, 40, 40, 30, 5, 1, 1);
  }

  @Test
  void readsBackIdsNamesKindsAndCountries() {
    FirmNetworkData d = imported().getNetwork("magnets");
    assertThat(d.nodeCount()).isEqualTo(10);
    assertThat(d.id(3)).isEqualTo("MAGNET");
    assertThat(d.name(3)).isEqualTo("Magnet \"Neo\" Co.");
    assertThat(d.name(1)).isEqualTo("Refinery, Baotou");
    assertThat(d.country(6)).isEqualTo("JPN"); // "jpn" in the file
    assertThat(d.kind(7)).isEqualTo(NodeKind.FACILITY);
    assertThat(d.kind(9)).isEqualTo(NodeKind.FIRM); // "Firm" in the file
    assertThat(d.getNode("CAR")).isEqualTo(5);
    assertThat(d.network().linkCount()).isEqualTo(10);
    assertThat(d.network().purchased(2)).isEqualTo(80); // ALLOY
    assertThatThrownBy(() -> d.getNode("NOPE")).hasMessageContaining("no node \"NOPE\"");
  }

  @Test
  void exposureToChinaByHand() {
    ExposureView v = imported().exposure("magnets", List.of("country:chn"));
    FirmNetworkData d = v.data();
    assertThat(v.shockedCount()).isEqualTo(1);
    assertThat(v.result().exposure(d.getNode("REFINE"))).isEqualTo(1.0);
    assertThat(v.result().exposure(d.getNode("ALLOY"))).isCloseTo(6.0 / 7, CLOSE);
    assertThat(v.result().exposure(d.getNode("MAGNET"))).isCloseTo(6.0 / 7, CLOSE);
    assertThat(v.result().exposure(d.getNode("MOTOR"))).isCloseTo(3.0 / 7, CLOSE);
    assertThat(v.result().exposure(d.getNode("RECYCLER"))).isCloseTo(3.0 / 7, CLOSE);
    for (String zero : List.of("MINE", "CHIPFAB", "LOOP1", "LOOP2")) {
      assertThat(v.result().exposure(d.getNode(zero))).as(zero).isZero();
    }
    assertThat(v.exposedCount()).isEqualTo(5);
    int[] top = v.top(3);
    assertThat(List.of(d.id(top[0]), d.id(top[1]), d.id(top[2])))
        .containsExactly("ALLOY", "MAGNET", "MOTOR"); // equal exposures: larger buyer first
    StringWriter csv = new StringWriter();
    FirmNetworkFormats.writeExposureCsv(v, 0.5, csv);
    assertThat(csv.toString())
        .startsWith("node,exposure,name,country,shocked\r\n")
        .contains("REFINE,1,\"Refinery, Baotou\",CHN,true\r\n")
        .contains("ALLOY,0.857142857")
        .doesNotContain("MOTOR");
  }

  @Test
  void dominatorsByHand() {
    FirmNetworks s = imported();
    DominatorsView v = s.dominators("magnets", "RECYCLER");
    FirmNetworkData d = v.data();
    assertThat(v.reachable()).isTrue();
    assertThat(v.dominators())
        .extracting(x -> d.id(x.node()) + "@" + x.depth())
        .containsExactly("CAR@1", "MOTOR@2");
    // MOTOR dominates CAR and RECYCLER
    assertThat(v.dominators().get(1).dominated()).isEqualTo(2);
    assertThat(s.dominators("magnets", "ALLOY").dominators()).isEmpty();
    DominatorsView loop = s.dominators("magnets", "LOOP2");
    assertThat(loop.reachable()).isFalse();
    assertThat(loop.dominators()).isEmpty();
    StringWriter csv = new StringWriter();
    FirmNetworkFormats.writeDominatorsCsv(v, csv);
    assertThat(csv.toString())
        .isEqualTo(
            "target,dominator,depth,dominator_name,dominator_country,dominated\r\n"
                + "RECYCLER,CAR,1,Car Assembly,USA,1\r\n"
                + "RECYCLER,MOTOR,2,Motor Plant,JPN,2\r\n");
  }

  @Test
  void shockSelectorsAreChecked() {
    FirmNetworks s = imported();
    assertThat(s.exposure("magnets", List.of("node:CHIPFAB", "country:KOR")).shockedCount())
        .isEqualTo(3);
    assertThatThrownBy(() -> s.exposure("magnets", List.of("country:FRA")))
        .hasMessageContaining("shock country:FRA matches no node of magnets");
    assertThatThrownBy(() -> s.exposure("magnets", List.of("firm:MINE")))
        .hasMessageContaining("is not country:ISO3");
    assertThatThrownBy(() -> s.exposure("magnets", List.of("node:NOPE")))
        .hasMessageContaining("no node \"NOPE\" in firm network magnets");
  }
}
