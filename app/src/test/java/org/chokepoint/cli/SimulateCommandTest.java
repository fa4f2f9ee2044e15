package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint simulate} on a hand-made one-region table of two sectors in pymrio's layout,
 * annual flows 365 × daily: s1 sells 30 a day to s2 and 70 to final demand, s2 60 to final demand
 * (the system of ArioTest). Halving s2's final demand from day 0 with n = 15 days and τ_inv = 6
 * loses 30 on day 0 (s2 alone) and 60 on day 1 (s2 stops ordering from s1), worked out in ArioTest.
 */
class SimulateCommandTest {
  @TempDir Path home;

  private Path table() throws IOException {
    Path dir = home.resolve("table");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("Z.csv"),
        "region,,R,R\nsector,,s1,s2\nregion,sector,,\nR,s1,0,10950\nR,s2,0,0\n");
    Files.writeString(
        dir.resolve("Y.csv"), "region,,R\ncategory,,fd\nregion,sector,\nR,s1,25550\nR,s2,21900\n");
    return dir;
  }

  private Path scenario(String shocks) throws IOException {
    table();
    Path f = home.resolve("scenario.yaml");
    Files.writeString(
        f,
        "name: half of s2's final demand\n"
            + "table: {mrio: table}\n"
            + "horizon: 40\n"
            + "parameters: {inventory_days: 15, inventory_tau: 6}\n"
            + "shocks:\n"
            + shocks);
    return f;
  }

  @Test
  void writesTimeSeriesAndSummary() throws IOException {
    Path f =
        scenario(
            "  - {type: final_demand, sector: R/s2, categories: [fd], magnitude: 0.5,"
                + " duration: 10}\n");
    Path out = home.resolve("out");
    CliRun r = CliRun.run(home, "simulate", f.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("total loss", "recovered", "shortage: no");
    assertThat(r.err()).contains("day 30 of 40", "source: MRIO folder");
    List<String> ts = Files.readAllLines(out.resolve("timeseries.csv"));
    assertThat(ts.get(0))
        .isEqualTo(
            "day,production,baseline,loss,loss_share,final_demand_asked,final_demand_served,"
                + "final_demand_unmet,input_constrained_sectors,largest_alpha");
    assertThat(ts).hasSize(41);
    String[] day0 = ts.get(1).split(",");
    String[] day1 = ts.get(2).split(",");
    assertThat(Double.parseDouble(day0[3])).isCloseTo(30, within(1e-9));
    assertThat(Double.parseDouble(day1[3])).isCloseTo(60, within(1e-9));
    assertThat(Files.readAllLines(out.resolve("sectors.csv")))
        .hasSize(1 + 40 * 2)
        .first()
        .isEqualTo("day,region,sector,name,production,baseline,loss");
    JsonNode sum = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(sum.get("peak_day").asInt()).isEqualTo(1);
    assertThat(sum.get("peak_loss").asDouble()).isCloseTo(60, within(1e-9));
    assertThat(sum.get("shortage").asBoolean()).isFalse();
    assertThat(sum.get("source").asText()).contains("MRIO folder");
    assertThat(sum.get("most_hit_sectors").get(0).get("sector").asText()).isIn("R/s1", "R/s2");
    JsonNode series = new ObjectMapper().readTree(out.resolve("timeseries.json").toFile());
    assertThat(series.get("days")).hasSize(40);
    List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
    assertThat(csv).hasSize(2);
    assertThat(csv.get(0))
        .startsWith("scenario,model,days,unit,baseline_output_per_day,total_loss");
  }

  @Test
  void mistakesNameFileAndField() throws IOException {
    Path f = scenario("  - {type: final_demand, sector: R/s2, magnitude: 1.5}\n");
    CliRun r = CliRun.run(home, "simulate", f.toString(), "--out", home.resolve("o").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("scenario.yaml: shocks[0].magnitude: give a share in [0, 1]");
    Path g = scenario("  - {type: flood, sector: R/s2, magnitude: 0.5}\n");
    assertThat(
            CliRun.run(home, "simulate", g.toString(), "--out", home.resolve("o").toString()).err())
        .contains("shocks[0].type: \"flood\" is not final_demand or capacity");
    Path h = scenario("  - {type: capacity, sector: R/s9, magnitude: 0.5}\n");
    assertThat(
            CliRun.run(home, "simulate", h.toString(), "--out", home.resolve("o").toString()).err())
        .contains("shocks[0].sector: no sector R/s9");
    Path bad = home.resolve("bad.yaml");
    Files.writeString(bad, "name: x\nshocks: [\n  - {type: capacity\n");
    CliRun b = CliRun.run(home, "simulate", bad.toString(), "--out", home.resolve("o").toString());
    assertThat(b.err()).contains("bad.yaml:").contains("not valid YAML");
    Files.writeString(bad, "name: x\ncolour: red\n");
    assertThat(
            CliRun.run(home, "simulate", bad.toString(), "--out", home.resolve("o").toString())
                .err())
        .contains("bad.yaml: colour: unknown field");
    assertThat(home.resolve("o")).doesNotExist();
  }
}
