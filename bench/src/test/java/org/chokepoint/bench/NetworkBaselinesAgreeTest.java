package org.chokepoint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.data.network.NetworkProgress;
import org.chokepoint.data.network.SyntheticFirmNetwork;
import org.chokepoint.data.network.SyntheticWriter;
import org.chokepoint.network.firm.Dominators;
import org.chokepoint.network.firm.Exposure;
import org.chokepoint.network.firm.FirmNetwork;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's baselines compute what the kernels compute, on a small SYNTHETIC network: the
 * same exposures (within the tolerance's reach) and the same immediate dominators, from JGraphT
 * and, when python3 with networkx is installed, from networkx.
 */
class NetworkBaselinesAgreeTest {
  @TempDir Path dir;

  private static final SyntheticFirmNetwork NET =
      SyntheticFirmNetwork.generate(20_000, 100_000, 11, NetworkProgress.NONE);

  @Test
  void jgraphtAgreesWithTheKernels() {
    FirmNetwork net = NET.network();
    Graph<Integer, DefaultWeightedEdge> g =
        NetworkJGraphT.of(NET.suppliers(), NET.customers(), NET.amounts(), NET.firms());
    boolean[] shocked = new boolean[NET.firms()];
    for (int f = 0; f < shocked.length; f++) {
      shocked[f] = NET.country(f).equals("CHN");
    }
    double[] kernel =
        new Exposure(net).compute(shocked, 1e-12, Exposure.DEFAULT_MAX_ITERATIONS, 2).values();
    double[] baseline = NetworkJGraphT.exposure(g, shocked, 1e-12);
    for (int f = 0; f < kernel.length; f++) {
      assertThat(baseline[f]).isCloseTo(kernel[f], org.assertj.core.data.Offset.offset(1e-9));
    }
    assertThat(NetworkJGraphT.dominators(g))
        .isEqualTo(Dominators.of(net).immediateDominatorArray());
  }

  @Test
  void readingTheFilesGivesTheSameGraph() {
    SyntheticWriter.write(NET, dir, NetworkProgress.NONE);
    Graph<Integer, DefaultWeightedEdge> g = NetworkJGraphT.read(dir);
    assertThat(g.vertexSet()).hasSize(NET.firms());
    assertThat(g.edgeSet()).hasSize(NET.links());
    assertThat(NetworkJGraphT.dominators(g))
        .isEqualTo(Dominators.of(NET.network()).immediateDominatorArray());
  }

  @Test
  void networkxAgreesWhenInstalled() throws Exception {
    assumeTrue(NetworkNetworkx.available(), "python3 with networkx is not installed");
    Path folder = dir.resolve("net");
    SyntheticWriter.write(NET, folder, NetworkProgress.NONE);
    NetworkNetworkx.Result r = NetworkNetworkx.run(folder, dir);
    List<String> lines = Files.readAllLines(folder.resolve("nodes.csv"), StandardCharsets.UTF_8);
    List<String> ids = lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]).toList();
    assertThat(NetworkNetworkx.idoms(r.idoms(), ids))
        .isEqualTo(Dominators.of(NET.network()).immediateDominatorArray());
  }
}
