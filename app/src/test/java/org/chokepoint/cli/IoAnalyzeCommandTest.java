package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chokepoint io analyze} on pymrio's validation case, the hand-made fixtures and errors. */
class IoAnalyzeCommandTest {
  @TempDir Path home;

  /**
   * Every expected file of {@code validation/02_pymrio_small_mrio_2reg_3sec} is reproduced, cell by
   * cell: labels exactly, numbers to 1e-10 (B, G and M_down, given to 8 decimals: 1e-8). The case's
   * extension files lie at the top level and are written to {@code extension/}.
   */
  @Test
  void reproducesEveryExpectedFileOfPymrioCase02() throws IOException {
    Path dir = SharedData.require("validation/02_pymrio_small_mrio_2reg_3sec");
    Path out = home.resolve("case02");
    CliRun r = IoCommandTest.io(home, "analyze", dir.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote 22 files to");
    Map<String, Double> tol = Map.of("B", 1e-8, "G", 1e-8, "M_down", 1e-8);
    List<String> top = List.of("x", "Z", "Y", "A", "B", "L", "G");
    int compared = 0;
    try (var files = Files.list(dir)) {
      for (Path expected : files.sorted().toList()) {
        String name = expected.getFileName().toString().replace(".csv", "");
        Path actual =
            top.contains(name)
                ? out.resolve(name + ".csv")
                : out.resolve("extension/" + name + ".csv");
        sameTable(expected, actual, tol.getOrDefault(name, 1e-10));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(17);
  }

  @Test
  void iterativeSolverSkipsLeontiefAndSaysSo() {
    Path out = home.resolve("it");
    CliRun r =
        IoCommandTest.io(
            home,
            "analyze",
            Fixtures.path("mrio/small").toString(),
            "--out",
            out.toString(),
            "--solver",
            "iterative");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("Gauss-Seidel", "L.csv and G.csv are not written");
    assertThat(r.out()).contains("largest relative residual");
    assertThat(out.resolve("L.csv")).doesNotExist();
    assertThat(out.resolve("emissions/D_cba_reg.csv")).exists();
    assertThat(out.resolve("README.txt")).content().contains("solved iteratively");
  }

  @Test
  void refusesToOverwriteWithoutForceAndAggregates() throws IOException {
    Path out = home.resolve("agg");
    Path conc = home.resolve("regions.csv");
    Files.writeString(conc, "region,aggregate\nA,World\nB,World\n");
    String[] args = {
      "analyze",
      Fixtures.path("mrio/small").toString(),
      "--out",
      out.toString(),
      "--aggregate-regions",
      conc.toString()
    };
    CliRun r = IoCommandTest.io(home, args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readAllLines(out.resolve("x.csv")))
        .containsExactly("region,sector,indout", "World,agri,200", "World,manu,240");
    CliRun again = IoCommandTest.io(home, args);
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("exists").contains("--force");
  }

  @Test
  void beaTablesBecomeAOneRegionFolder() {
    Path out = home.resolve("bea");
    CliRun r =
        IoCommandTest.io(
            home,
            "analyze",
            "--bea",
            Fixtures.path("bea/small").toString(),
            "--year",
            "2023",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("BEA 2023 summary: 2 industries").contains("source: US BEA");
    assertThat(out.resolve("x.csv")).content().contains("US,I2,205");
    assertThat(out.resolve("value_added/M.csv")).exists();
    assertThat(out.resolve("README.txt")).content().contains("I1\tIndustry 1");
  }

  @Test
  void malformedInputIsAnErrorWithItsPlace() throws IOException {
    Path dir = home.resolve("bad");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("Z.csv"), "region,,A\nsector,,s\nregion,sector,\nA,s,x\n");
    Files.writeString(dir.resolve("Y.csv"), "region,,A\ncategory,,fd\nregion,sector,\nA,s,1\n");
    CliRun r =
        IoCommandTest.io(home, "analyze", dir.toString(), "--out", home.resolve("o").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("Z.csv:4:3: \"x\" is not a number");
    assertThat(home.resolve("o")).doesNotExist();
  }

  /** Same cells: text equal, or both numbers within {@code tol}. */
  static void sameTable(Path expected, Path actual, double tol) throws IOException {
    List<CsvRecord> e = csv(expected);
    List<CsvRecord> a = csv(actual);
    assertThat(a).as(actual.toString()).hasSameSizeAs(e);
    for (int i = 0; i < e.size(); i++) {
      assertThat(a.get(i).size()).as(actual + " line " + (i + 1)).isEqualTo(e.get(i).size());
      for (int j = 0; j < e.get(i).size(); j++) {
        String x = e.get(i).get(j);
        String y = a.get(i).get(j);
        Double dx = number(x);
        if (dx == null) {
          assertThat(y).as(actual + " " + (i + 1) + ":" + (j + 1)).isEqualTo(x);
        } else {
          assertThat(number(y))
              .as(actual + " " + (i + 1) + ":" + (j + 1))
              .isCloseTo(dx, org.assertj.core.api.Assertions.within(tol));
        }
      }
    }
  }

  private static Double number(String s) {
    try {
      return s.isEmpty() ? null : Double.valueOf(s);
    } catch (NumberFormatException ex) {
      return null;
    }
  }

  private static List<CsvRecord> csv(Path p) throws IOException {
    return new CsvReader(new StringReader(Files.readString(p)), p.toString()).readAll();
  }
}
