package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint criticality --inputs}: SR recomputed from intermediate values, checked by hand:
 * Xium [2 x .6/2 + 1 x (1 - .6/2)] x (1 - .1) x .9 = 1.053; Yium (global only) 2 x .9 x .9 = 1.62;
 * Zium (sourcing only) 1 x .9 x .9 = .81.
 */
class CriticalityCommandTest {
  @TempDir Path home;

  static String fixture(String name) throws URISyntaxException {
    return Path.of(CriticalityCommandTest.class.getResource("/fixtures/" + name).toURI())
        .toString();
  }

  @Test
  void recomputesSupplyRiskFromIntermediateValues() throws URISyntaxException {
    CliRun r =
        CliRun.run(home, "criticality", "--inputs", fixture("sr-inputs.csv"), "--format", "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.outLines())
        .containsExactly(
            "material,stage,sr",
            "Xium,extraction,1.053",
            "Yium,processing,1.62",
            "Zium,processing,0.81");
  }

  @Test
  void badInputsAreNamed() throws URISyntaxException {
    CliRun pct = CliRun.run(home, "criticality", "--inputs", fixture("sr-percent.csv"));
    assertThat(pct.exitCode()).isEqualTo(1);
    assertThat(pct.err()).contains("sr-percent.csv:2:6: \"60%\": give fractions, not percent");
    CliRun supply = CliRun.run(home, "criticality", "--inputs", fixture("sr-bad-supply.csv"));
    assertThat(supply.exitCode()).isEqualTo(1);
    assertThat(supply.err())
        .contains("sr-bad-supply.csv:2:3: supply_used \"all\" must be both, global or sourcing");
  }

  @Test
  void supplyRiskForAPerspectiveFromTheData() {
    CliRun r =
        CliRun.run(
            home, "criticality", "--perspective", "USA", "--year", "2024", "--format", "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.outLines().get(0))
        .isEqualTo(
            "material,stage,year,hs_codes,hhi_wgi_global,hhi_wgi_sourcing,import_reliance_low,"
                + "import_reliance_high,import_reliance_source,eol_rir,si_sr,sr_low,sr_high,sr,wgi_year");
    // gallium: USGS MCS 2026 gives US net import reliance "100" for 2024, so IR is exact and
    // SR = HHI_WGI(global) x 1/2 + HHI_WGI(sourcing) x 1/2 with the default EoL-RIR 0, SI_SR 1
    String gallium =
        r.outLines().stream().filter(l -> l.startsWith("Gallium,")).findFirst().orElseThrow();
    String[] c = gallium.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
    double global = Double.parseDouble(c[4]);
    double sourcing = Double.parseDouble(c[5]);
    assertThat(c[6]).isEqualTo("1");
    assertThat(c[7]).isEqualTo("1");
    assertThat(Double.parseDouble(c[13])).isCloseTo(global / 2 + sourcing / 2, within(1e-12));
    assertThat(c[14]).isEqualTo("2022");
  }

  @Test
  void japanChecklistSaysWhatNeedsJudgement() {
    CliRun r =
        CliRun.run(
            home,
            "criticality",
            "--method",
            "jp-checklist",
            "--perspective",
            "JPN",
            "--year",
            "2024",
            "--products",
            "hs:850511",
            "--format",
            "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.outLines().get(0))
        .isEqualTo("product,description,requirement,title,title_ja,basis,evidence");
    assertThat(r.outLines()).hasSize(5);
    assertThat(r.outLines().get(1)).contains(",1,").contains(",judgement,");
    assertThat(r.outLines().get(2)).contains("外部依存性").contains(",evidence,");
    // BACI 2024: China supplies 156,879.570 of Japan's 568,756.873 thousand USD: 27.6 %
    assertThat(r.outLines().get(3)).contains("concern group: 27.6%").contains("Rare Earths");
    assertThat(r.outLines().get(4)).contains(",4,").contains(",judgement,");
  }
}
