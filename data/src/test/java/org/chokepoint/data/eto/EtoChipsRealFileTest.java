package org.chokepoint.data.eto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.network.Chokepoint;
import org.chokepoint.network.Chokepoints;
import org.chokepoint.network.Removal;
import org.chokepoint.network.ResidualCapacity;
import org.chokepoint.network.TechnologyNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real CSET/ETO chip supply chain data in {@code ../shared/data/cset-eto-chips}. */
class EtoChipsRealFileTest {
  @TempDir static Path dir;
  static DatasetManifest manifest;
  static TechnologyNetwork network;

  @BeforeAll
  static void importFolder() {
    Path folder = SharedData.require("cset-eto-chips");
    DataCatalog c = new DataCatalog(dir, StarterPack.none(), new TickingClock());
    manifest = c.importDataset(new EtoChipsImporter(), folder, "eto-chips", n -> {});
    network = EtoChipsDataset.network(c.getDataset("eto-chips"));
  }

  private static CountryGroup group(String... codes) {
    Set<CountryCode> s = new java.util.TreeSet<>();
    for (String c : codes) {
      s.add(CountryCode.of(c));
    }
    return new CountryGroup("g" + codes.length, s, "", "test", "");
  }

  @Test
  void everyRowWithTheNonCommercialLicence() {
    // provision.csv has 1,300 rows; providers.csv 403 rows (23 countries, 380 organisations),
    // of which 7 repeat an id under another alias (P122, P139 and P159 three times, P326 twice)
    assertThat(manifest.tables())
        .extracting(t -> t.name() + ":" + t.rows())
        .contains("provision:1300", "providers:396");
    assertThat(manifest.warnings()).anyMatch(w -> w.startsWith("7 provider rows repeat an id"));
    assertThat(manifest.licence()).contains("CC BY-NC 4.0").contains("non-commercial");
    assertThat(network.getProvider("P5").unattributed()).isTrue(); // "Various countries"
    assertThat(network.getProvider("P5").country()).isNull();
  }

  @Test
  void euvLithographyToolsComeFromTheNetherlandsAlone() {
    // provision.csv: NLD provides 100.0 % of EUV lithography tools (N20), 2025
    ResidualCapacity.Result r =
        new ResidualCapacity(network).compute(Removal.ofCountries(Set.of(CountryCode.of("NLD"))));
    assertThat(r.of("N20")).isZero();
    List<Chokepoint> all = new Chokepoints(network).find(group("JPN", "USA"), group("CHN"), 0.5);
    assertThat(all)
        .anyMatch(
            c ->
                c.input().equals("N20")
                    && c.provider().id().equals("P45")
                    && c.share() == 1.0
                    && c.residualCapacity() == 0.0);
  }

  @Test
  void resistProcessingToolsAreLeverageHeldByJapan() {
    // provision.csv: JPN provides 95.2 % of resist processing tools (N32), 2025
    List<Chokepoint> all = new Chokepoints(network).find(group("JPN", "USA"), group("CHN"), 0.5);
    Chokepoint japan =
        all.stream()
            .filter(c -> c.input().equals("N32") && c.provider().id().equals("P7"))
            .findFirst()
            .orElseThrow();
    assertThat(japan.share()).isCloseTo(0.952, within(1e-12));
    assertThat(japan.holder()).isEqualTo(Chokepoint.Holder.PERSPECTIVE);
    // resist processing tools are required for photolithography, which every chip needs:
    // the loss reaches the finished logic chip (N99)
    assertThat(japan.product()).isEqualTo("N99");
    assertThat(japan.residualCapacity()).isCloseTo(1 - 0.952, within(1e-9));
  }
}
