package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint chokepoints} on the bundled CSET/ETO chip data. Facts from provision.csv: NLD
 * (P45) provides 100 % of EUV lithography tools (N20); JPN (P7) 95.2 % of resist processing tools
 * (N32), which photolithography needs, so the loss reaches the finished logic chip (N99).
 */
class ChokepointsCommandTest {
  @TempDir Path home;

  @Test
  void csvContractAndRealFacts() {
    CliRun r =
        CliRun.run(
            home,
            "chokepoints",
            "--network",
            "eto-chips",
            "--perspective",
            "jp-us",
            "--format",
            "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.outLines().get(0))
        .startsWith("product,input,provider,provider_country,share,holder,residual_capacity");
    assertThat(r.outLines())
        .contains("N20,N20,P45,NLD,1,other,0,EUV lithography tools,EUV lithography tools,NLD,1");
    assertThat(r.outLines()).anyMatch(l -> l.startsWith("N99,N32,P7,JPN,0.952,perspective,0.048"));
    assertThat(r.err()).contains("CC BY-NC 4.0").contains("non-commercial");
  }

  @Test
  void tableListsLeverageFirst() {
    CliRun r =
        CliRun.run(
            home,
            "chokepoints",
            "--network",
            "eto-chips",
            "--perspective",
            "jp-us",
            "--limit",
            "5");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().indexOf("Leverage: held by the perspective"))
        .isLessThan(r.out().indexOf("Exposure: held by the concern group"));
    assertThat(r.out()).contains("the 5 with most impact").contains("non-commercial");
  }

  @Test
  void aTradeDatasetIsNoNetwork() {
    CliRun r = CliRun.run(home, "chokepoints", "--network", "baci");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("baci is not a technology network");
  }
}
