package org.chokepoint.workspace.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The SYNTHETIC maps of docs/examples/pooled-synthetic (used by the README and the method's worked
 * example) are the ones the tests work by hand, so the documented figures stay the tested ones.
 */
class SyntheticExamplesTest {
  private static Path folder(String firm) {
    return Path.of(System.getProperty("chokepoint.projectRoot", ".."))
        .resolve("docs/examples/pooled-synthetic/firm-" + firm);
  }

  @Test
  void theDocumentedMapsAreTheTestedOnes() throws IOException {
    String[][] maps = {
      {"a", SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS},
      {"b", SyntheticMaps.B_NODES, SyntheticMaps.B_LINKS},
      {"c", SyntheticMaps.C_NODES, SyntheticMaps.C_LINKS}
    };
    for (String[] m : maps) {
      assertThat(Files.readString(folder(m[0]).resolve("nodes.csv"))).isEqualTo(m[1]);
      assertThat(Files.readString(folder(m[0]).resolve("links.csv"))).isEqualTo(m[2]);
      assertThat(Files.readString(folder(m[0]).resolve("README.txt"))).startsWith("SYNTHETIC");
    }
  }
}
