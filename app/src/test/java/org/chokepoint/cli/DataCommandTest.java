package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chokepoint.data.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {
  @TempDir Path home;

  @Test
  void listShowsTheStarterDatasetsWithProvenance() {
    CliRun r = CliRun.run(home, "data", "list", "--format", "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.outLines().get(0))
        .isEqualTo("name,source,licence,vintage,rows,checksum,imported_at,origin");
    assertThat(r.out())
        .contains("usgs-mcs,")
        .contains("Public domain (CC0 1.0),2026,8886,sha256:582a0aa2")
        .contains("wgi,\"World Bank, Worldwide Governance Indicators")
        .contains(",starter");
  }

  @Test
  void importReplacesTheStarterDatasetAndIsUsedByTheReport() {
    CliRun imp =
        CliRun.run(
            home, "data", "import", "usgs-mcs", Fixtures.path("usgs/mcs-small.csv").toString());
    assertThat(imp.exitCode()).as(imp.err()).isZero();
    assertThat(imp.out()).contains("imported usgs-mcs: 22 rows");
    assertThat(imp.err()).contains("warning: country name \"Atlantis\"");
    CliRun list = CliRun.run(home, "data", "list", "--format", "csv");
    assertThat(list.out()).contains("usgs-mcs,").containsPattern("usgs-mcs,.*,imported");
    CliRun report =
        CliRun.run(home, "minerals", "--year", "2025", "--commodity", "Cobalt", "--format", "csv");
    assertThat(report.out()).contains("Cobalt,Mine production,metric tons,2025,11005,");
  }

  @Test
  void badInputFailsWithFileLineColumnAndKeepsThePreviousVersion() {
    CliRun ok =
        CliRun.run(
            home, "data", "import", "usgs-mcs", Fixtures.path("usgs/mcs-small.csv").toString());
    assertThat(ok.exitCode()).isZero();
    CliRun bad =
        CliRun.run(
            home,
            "data",
            "import",
            "usgs-mcs",
            Fixtures.path("usgs/mcs-bad-number.csv").toString());
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("mcs-bad-number.csv:4:9: Value \"3,00\" is not a number");
    assertThat(bad.err()).doesNotContain("\tat "); // no stack trace for bad input
    CliRun report =
        CliRun.run(home, "minerals", "--year", "2025", "--commodity", "Cobalt", "--format", "csv");
    assertThat(report.out()).contains(",11005,");
  }

  @Test
  void unknownSourceListsTheKnownOnes() {
    CliRun r = CliRun.run(home, "data", "import", "ledger", "x.csv");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("unknown source \"ledger\"").contains("usgs-mcs");
  }

  @Test
  void verifyChecksEveryDataset() throws IOException {
    CliRun imp = CliRun.run(home, "data", "import", "hs", Fixtures.path("hs/folder").toString());
    assertThat(imp.exitCode()).as(imp.err()).isZero();
    CliRun ok = CliRun.run(home, "data", "verify");
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).contains("17 dataset(s) checked, 0 damaged");
    Path version;
    try (var s = Files.list(home.resolve("datasets/hs"))) {
      version = s.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    Files.writeString(
        version.resolve("codes.csv"), "tampered\r\n", java.nio.file.StandardOpenOption.APPEND);
    CliRun damaged = CliRun.run(home, "data", "verify");
    assertThat(damaged.exitCode()).isEqualTo(1);
    assertThat(damaged.out()).contains("FAILED  hs").contains("1 damaged");
  }

  @Test
  void pullSaysWhatToDoWhenThePublisherIsUnreachable() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Files.createDirectories(home);
    Files.writeString(
        home.resolve("config.yaml"),
        "pull:\n  timeout-seconds: 2\n  sources:\n    wgi: http://127.0.0.1:"
            + port
            + "/WGIData.csv\n");
    CliRun r = CliRun.run(home, "data", "pull", "wgi");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("error: wgi: cannot reach 127.0.0.1")
        .contains("run `chokepoint data import wgi <file>`");
  }

  @Test
  void groupsAreListedWithTheirSources() {
    CliRun r = CliRun.run(home, "groups", "--format", "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("ipef,")
        .contains("AUS;BRN;FJI;IDN;IND;JPN;KOR;MYS;NZL;PHL;SGP;THA;USA;VNM")
        .contains("us-foreign-adversaries,")
        .contains("CHN;CUB;HKG;IRN;PRK;RUS;VEN")
        .contains("15 CFR 791.4");
  }

  @Test
  void configTyposAreErrorsNamingTheFile() throws IOException {
    Files.createDirectories(home);
    Files.writeString(home.resolve("config.yaml"), "defaults:\n  perspektive: jp-us\n");
    CliRun r = CliRun.run(home, "groups");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("config.yaml: unknown key \"defaults.perspektive\"")
        .contains("concern, perspective");
  }
}
