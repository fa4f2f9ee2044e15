package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint io iim} on the hand-made BEA workbooks: the industry-by-industry system of
 * BeaIoReaderTest has Z = [[9.25, 18.75], [5.89375, 16.65625]] and x = (100, 205), so the
 * demand-side A* = z_ij/x_i = [[0.0925, 0.1875], [0.02875, 0.08125]]. With c* = (0, 0.1): det(I −
 * A*) = 0.9075·0.91875 − 0.1875·0.02875 = 0.828375, q = (0.01875, 0.09075) / 0.828375.
 */
class IoIimCommandTest {
  private static final double DET = 0.828375;

  @TempDir Path home;

  private String bea() {
    return Fixtures.path("bea/small").toString();
  }

  @Test
  void staticCsvByHand() {
    CliRun r =
        IoCommandTest.io(
            home, "iim", "--bea", bea(), "--year", "2023", "--shock", "I2=0.1", "--format", "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<CsvRecord> rows = new CsvReader(new StringReader(r.out()), "out").readAll();
    assertThat(rows.get(0).fields()).startsWith("region", "sector", "name", "inoperability");
    assertThat(rows.get(1).fields()).startsWith("US", "I1", "Industry 1");
    assertThat(Double.parseDouble(rows.get(1).get(3))).isCloseTo(0.01875 / DET, within(1e-12));
    assertThat(Double.parseDouble(rows.get(2).get(3))).isCloseTo(0.09075 / DET, within(1e-12));
    // loss = x·q
    assertThat(Double.parseDouble(rows.get(2).get(6))).isCloseTo(205 * 0.09075 / DET, within(1e-9));
    // dependency index of I1 (n − 1 = 1): a*_12 = 0.1875
    assertThat(Double.parseDouble(rows.get(1).get(7))).isCloseTo(0.1875, within(1e-12));
    assertThat(r.err()).contains("source: US BEA");
  }

  @Test
  void dynamicJsonTableAndCsv() throws IOException {
    String[] base = {
      "iim",
      Fixtures.path("mrio/small").toString(),
      "--shock",
      "A/agri=0.2@1:10",
      "--steps",
      "40",
      "--k",
      "0.5"
    };
    CliRun csv = IoCommandTest.io(home, concat(base, "--format", "csv"));
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines).hasSize(1 + 40 * 4).first().isEqualTo("step,region,sector,inoperability");
    assertThat(lines.get(1)).isEqualTo("0,A,agri,0");
    CliRun json = IoCommandTest.io(home, concat(base, "--format", "json"));
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertThat(doc.get("model").asText()).isEqualTo("dynamic inoperability");
    assertThat(doc.get("trajectory")).hasSize(40);
    JsonNode agri = doc.get("sectors").get(0);
    assertThat(agri.get("peak_step").asInt()).isEqualTo(10);
    assertThat(agri.get("impact").asDouble()).isPositive();
    CliRun table = IoCommandTest.io(home, base);
    assertThat(table.out()).contains("impact", "A/agri", "trapezoid");
  }

  @Test
  void sectorKeysMustBeUnambiguous() {
    CliRun r =
        IoCommandTest.io(
            home, "iim", Fixtures.path("mrio/small").toString(), "--shock", "agri=0.1");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("sector agri is in 2 regions; name one, e.g. A/agri");
    CliRun none =
        IoCommandTest.io(home, "iim", Fixtures.path("mrio/small").toString(), "--shock", "X/y=0.1");
    assertThat(none.err()).contains("no sector X/y");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
