package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint network tree} and {@code network residual} on the bundled CSET/ETO chip data.
 * Fact from provision.csv: NLD (P45) provides 100 % of EUV lithography tools (N20), so when NLD
 * stops supplying nothing of N20 is left.
 */
class NetworkTechnologyCommandTest {
  @TempDir Path home;

  @Test
  void treeOfEuvToolsNamesTheNetherlands() {
    CliRun r =
        CliRun.run(
            home,
            "network",
            "tree",
            "--network",
            "eto-chips",
            "--product",
            "N20",
            "--depth",
            "0",
            "--format",
            "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.outLines().get(0))
        .isEqualTo("depth,node,name,parent,relation,provider,provider_country,share,year");
    assertThat(r.outLines())
        .anyMatch(l -> l.startsWith("0,N20,EUV lithography tools,,root,P45,NLD,1"));
    assertThat(r.err()).contains("CC BY-NC 4.0");
  }

  @Test
  void treeTableOfAFinishedChip() {
    CliRun r =
        CliRun.run(
            home, "network", "tree", "--network", "eto-chips", "--product", "N99", "--depth", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Finished logic chip [N99]").contains("Source: ");
  }

  @Test
  void residualWhenTheNetherlandsStops() {
    CliRun r =
        CliRun.run(
            home,
            "network",
            "residual",
            "--network",
            "eto-chips",
            "--stop",
            "country:NLD",
            "--format",
            "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.outLines().get(0)).isEqualTo("node,name,residual_capacity");
    assertThat(r.outLines()).contains("N20,EUV lithography tools,0");
    CliRun bad = CliRun.run(home, "network", "residual", "--network", "eto-chips", "--stop", "NLD");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("expected country:ISO3, group:NAME or provider:ID");
  }
}
