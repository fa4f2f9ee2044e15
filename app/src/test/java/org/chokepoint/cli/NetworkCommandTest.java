package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint network} on the hand-made magnet chain of the data module's fixtures ({@code
 * fixtures/network/magnets}; the expected figures are worked out in FirmNetworkImporterTest): with
 * REFINE (CHN) shocked, ALLOY and MAGNET are 6/7 exposed and MOTOR, CAR and RECYCLER 3/7; every
 * supply path to RECYCLER passes CAR, then MOTOR.
 */
class NetworkCommandTest {
  @TempDir Path home;

  private static List<CsvRecord> csv(String text) {
    return new CsvReader(new StringReader(text), "stdout").readAll();
  }

  private void importMagnets() {
    CliRun r =
        CliRun.run(
            home, "network", "import", "magnets", Fixtures.path("network/magnets").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("imported magnets: 10 nodes, 10 links");
  }

  @Test
  void exposureCsvJsonAndTable() throws IOException {
    importMagnets();
    CliRun r =
        CliRun.run(
            home,
            "network",
            "exposure",
            "--network",
            "magnets",
            "--shock",
            "country:CHN",
            "--format",
            "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<CsvRecord> rows = csv(r.out());
    assertThat(rows.get(0).fields().subList(0, 2)).containsExactly("node", "exposure");
    assertThat(rows).hasSize(11);
    CsvRecord alloy = rows.get(3);
    assertThat(alloy.get(0)).isEqualTo("ALLOY");
    assertThat(Double.parseDouble(alloy.get(1))).isCloseTo(6.0 / 7, within(1e-9));
    assertThat(Double.parseDouble(rows.get(5).get(1))).isCloseTo(3.0 / 7, within(1e-9)); // MOTOR
    assertThat(rows.get(2).get(1)).isEqualTo("1"); // REFINE, shocked
    assertThat(rows.get(9).get(1)).isEqualTo("0"); // LOOP1
    assertThat(r.err()).contains("1 shocked").contains("source: ");

    CliRun json =
        CliRun.run(
            home,
            "network",
            "exposure",
            "--network",
            "magnets",
            "--shock",
            "node:REFINE,node:CHIPFAB",
            "--format",
            "json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("report").asText()).isEqualTo("exposure");
    assertThat(root.get("shocked_nodes").asInt()).isEqualTo(2);
    assertThat(root.get("converged").asBoolean()).isTrue();
    assertThat(root.get("nodes")).hasSize(10);

    CliRun table =
        CliRun.run(home, "network", "exposure", "--network", "magnets", "--shock", "country:CHN");
    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.outLines())
        .anyMatch(l -> l.matches("\\s*1\\s+ALLOY\\s+Alloy Works\\s+JPN\\s+85\\.7 %"));
    assertThat(table.out()).contains("5 of the other 9 exposed").contains("Sources:");
    assertThat(table.err()).contains("source: "); // provenance on stderr whatever the format
  }

  @Test
  void dominatorsCsvJsonAndTable() throws IOException {
    importMagnets();
    CliRun r =
        CliRun.run(
            home,
            "network",
            "dominators",
            "--network",
            "magnets",
            "--target",
            "RECYCLER",
            "--format",
            "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<CsvRecord> rows = csv(r.out());
    assertThat(rows.get(0).fields().subList(0, 3)).containsExactly("target", "dominator", "depth");
    assertThat(rows.get(1).fields().subList(0, 3)).containsExactly("RECYCLER", "CAR", "1");
    assertThat(rows.get(2).fields().subList(0, 3)).containsExactly("RECYCLER", "MOTOR", "2");

    CliRun json =
        CliRun.run(
            home,
            "network",
            "dominators",
            "--network",
            "magnets",
            "--target",
            "LOOP2",
            "--format",
            "json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("reachable").asBoolean()).isFalse();
    assertThat(root.get("dominators")).isEmpty();
    assertThat(json.err()).contains("No supply path from a node without suppliers reaches LOOP2");

    CliRun table =
        CliRun.run(home, "network", "dominators", "--network", "magnets", "--target", "RECYCLER");
    assertThat(table.out()).contains("Dominators of RECYCLER (Scrap Recycler, JPN)");
    assertThat(table.outLines())
        .anyMatch(l -> l.matches("\\s*2\\s+MOTOR\\s+Motor Plant\\s+JPN\\s+2"));
  }

  @Test
  void generateWritesSyntheticDataThatImports() throws IOException {
    Path folder = home.resolve("syn");
    CliRun g =
        CliRun.run(
            home,
            "network",
            "generate",
            "--firms",
            "2000",
            "--links",
            "8000",
            "--seed",
            "9",
            folder.toString());
    assertThat(g.exitCode()).as(g.err()).isZero();
    assertThat(g.out()).contains("SYNTHETIC").contains("2,000 firms, 8,000 links, seed 9");
    assertThat(Files.readString(folder.resolve("README.txt"), StandardCharsets.UTF_8))
        .startsWith("SYNTHETIC");
    assertThat(CliRun.run(home, "network", "import", "syn", folder.toString()).exitCode()).isZero();
    CliRun e =
        CliRun.run(home, "network", "exposure", "--network", "syn", "--shock", "country:CHN");
    assertThat(e.exitCode()).as(e.err()).isZero();
    assertThat(e.out()).startsWith("SYNTHETIC data");
    assertThat(e.err()).contains("SYNTHETIC");
  }

  @Test
  void clearErrors() throws IOException {
    Path bad = Files.createDirectories(home.resolve("bad"));
    Files.writeString(bad.resolve("nodes.csv"), "id,kind,name,country\nA,firm,Alpha,JPN\n");
    Files.writeString(bad.resolve("links.csv"), "supplier,customer,product,amount\nA,B,x,1\n");
    CliRun r = CliRun.run(home, "network", "import", "bad", bad.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("links.csv:2:2: customer \"B\" is not a node id of nodes.csv");
    CliRun notNetwork =
        CliRun.run(home, "network", "exposure", "--network", "wgi", "--shock", "country:CHN");
    assertThat(notNetwork.exitCode()).isEqualTo(1);
    assertThat(notNetwork.err()).contains("wgi is not a firm network");
    importMagnets();
    CliRun shock =
        CliRun.run(home, "network", "exposure", "--network", "magnets", "--shock", "CHN");
    assertThat(shock.err()).contains("is not country:ISO3 (such as country:CHN) or node:ID");
    CliRun target =
        CliRun.run(home, "network", "dominators", "--network", "magnets", "--target", "X");
    assertThat(target.err()).contains("no node \"X\" in firm network magnets");
  }
}
