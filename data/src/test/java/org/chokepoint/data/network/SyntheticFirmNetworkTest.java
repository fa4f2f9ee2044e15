package org.chokepoint.data.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.network.firm.Exposure;
import org.chokepoint.network.firm.ExposureResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SYNTHETIC generator: deterministic, shaped as documented, and importable as it says. */
class SyntheticFirmNetworkTest {
  @TempDir Path dir;

  @Test
  void sameSeedSameNetworkWithoutSelfLinksOrRepeatedPairs() {
    SyntheticFirmNetwork a = SyntheticFirmNetwork.generate(2_000, 8_000, 7, NetworkProgress.NONE);
    SyntheticFirmNetwork b = SyntheticFirmNetwork.generate(2_000, 8_000, 7, NetworkProgress.NONE);
    assertThat(a.suppliers()).isEqualTo(b.suppliers());
    assertThat(a.customers()).isEqualTo(b.customers());
    assertThat(a.amounts()).isEqualTo(b.amounts());
    assertThat(a.links()).isEqualTo(8_000);
    Set<Long> pairs = new HashSet<>();
    for (int i = 0; i < a.links(); i++) {
      assertThat(a.suppliers()[i]).isNotEqualTo(a.customers()[i]);
      assertThat(pairs.add(((long) a.suppliers()[i] << 32) | a.customers()[i])).isTrue();
      assertThat(a.amounts()[i]).isGreaterThanOrEqualTo(0.01);
    }
    assertThat(a.id(42)).isEqualTo("F0000042");
    assertThatThrownBy(() -> SyntheticFirmNetwork.generate(3, 100, 1, NetworkProgress.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void heavyTailedDegreesAndASkewedCountryMix() {
    SyntheticFirmNetwork net =
        SyntheticFirmNetwork.generate(200_000, 1_000_000, 20240101, NetworkProgress.NONE);
    SyntheticWriter.Summary s = SyntheticWriter.summarize(net);
    assertThat(s.inExponent()).isBetween(2.2, 2.7);
    assertThat(s.outExponent()).isBetween(2.2, 2.7);
    assertThat(s.maxOutDegree()).isGreaterThan(1_000); // hubs
    assertThat(s.firstCountryShare()).isBetween(0.55, 0.65);
    assertThat(s.withoutSuppliers()).isPositive(); // sources, so that dominators mean something
    assertThat(s.largestCycle()).isBetween(40_000, 140_000); // a large core, not everything
  }

  @Test
  void writesFilesThatSaySyntheticAndImportAsSuch() throws IOException {
    SyntheticFirmNetwork net =
        SyntheticFirmNetwork.generate(3_000, 12_000, 3, NetworkProgress.NONE);
    Path folder = dir.resolve("syn");
    SyntheticWriter.write(net, folder, NetworkProgress.NONE);
    String readme = Files.readString(folder.resolve("README.txt"), StandardCharsets.UTF_8);
    assertThat(readme).startsWith("SYNTHETIC firm network: 3,000 firms, 12,000 links, seed 3.");
    assertThat(Files.readAllLines(folder.resolve("links.csv")).get(1))
        .matches("F\\d{7},F\\d{7},syn:P\\d{3},\\d+\\.\\d\\d");
    DataCatalog c = new DataCatalog(dir.resolve("home"), StarterPack.none(), new TickingClock());
    FirmNetworks service = new FirmNetworks(c);
    DatasetManifest m = service.importFolder("syn", folder, NetworkProgress.NONE);
    assertThat(m.property("synthetic")).isEqualTo("true");
    assertThat(m.title()).startsWith("SYNTHETIC");
    assertThat(m.provenance().oneLine()).contains("SYNTHETIC");
    FirmNetworkData d = service.getNetwork("syn");
    assertThat(d.synthetic()).isTrue();
    assertThat(d.name(999)).isEqualTo("Synthetic firm F0000999, Ltd."); // a quoted name
    // the stored network is the generated one: same exposure to Japan
    ExposureView v = service.exposure("syn", List.of("country:JPN"));
    int[] japan =
        java.util.stream.IntStream.range(0, net.firms())
            .filter(f -> net.country(f).equals("JPN"))
            .toArray();
    ExposureResult direct = Exposure.of(net.network(), japan);
    for (int f = 0; f < net.firms(); f++) {
      assertThat(v.result().exposure(f)).isCloseTo(direct.exposure(f), within());
    }
    // writing again over generated files is fine; over real data it is refused
    SyntheticWriter.write(net, folder, NetworkProgress.NONE);
    Path real = Files.createDirectories(dir.resolve("real"));
    Files.writeString(real.resolve("nodes.csv"), "id,kind,name,country\n");
    assertThatThrownBy(() -> SyntheticWriter.write(net, real, NetworkProgress.NONE))
        .hasMessageContaining("were not generated");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-8);
  }
}
