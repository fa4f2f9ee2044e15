package org.chokepoint.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UpstreamTreeTest {
  private final TechnologyNetwork net = NetworkFixture.network();

  @Test
  void requirementsThenKindsDepthFirst() {
    List<UpstreamTree.Node> tree = UpstreamTree.of(net, "X", 3);
    assertThat(tree)
        .extracting(n -> "  ".repeat(n.depth()) + n.relation() + " " + n.id())
        .containsExactly(
            "ROOT X",
            "  REQUIRES A",
            "    REQUIRES B",
            "    REQUIRES C",
            "    REQUIRES T",
            "      KIND T1",
            "      KIND T2",
            "  REQUIRES D");
    // B's providers, largest share first: JPN and F1 (.9, by id F1 first), then F2 and P2 (.1)
    assertThat(tree.get(2).provisions())
        .extracting(Provision::providerId)
        .containsExactly("F1", "P1", "F2", "P2");
  }

  @Test
  void depthLimitsAndCyclesEnd() {
    assertThat(UpstreamTree.of(net, "X", 1))
        .extracting(UpstreamTree.Node::id)
        .containsExactly("X", "A", "D");
    // E needs F needs E: the repeat is listed once more and not expanded
    assertThat(UpstreamTree.of(net, "E", 10))
        .extracting(UpstreamTree.Node::id)
        .containsExactly("E", "F", "E");
  }
}
