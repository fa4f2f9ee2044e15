package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.data.bea.BeaIoReader;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.inputoutput.IoSystem;
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

  /**
   * s2 (x⁰ 60, capital κ·365·60 = 21,900 with κ = 1) loses 2,190 of capital on day 0 (δ = 0.1) and
   * rebuilds itself over τ_rec = 365 days: day 0 asks 6 of reconstruction on top of 60, s2 makes 54
   * (its inventory of s1's product, 450, allows 900), s1 still makes 100 on yesterday's orders:
   * loss 6; reconstruction gets 6·54/66 and 2,190 − 324/66 of damage remains.
   */
  @Test
  void destructionAndRebuildingByHand() throws IOException {
    Path f =
        scenario(
            "  - {type: destruction, sector: R/s2, damage: 2190, capital_ratio: 1,"
                + " rebuilding: {R/s2: 1.0}, rebuilding_tau: 365}\n");
    Path out = home.resolve("out");
    CliRun r = CliRun.run(home, "simulate", f.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> ts = Files.readAllLines(out.resolve("timeseries.csv"));
    assertThat(ts.get(0))
        .endsWith("largest_alpha,reconstruction_asked,reconstruction_served,damage_remaining");
    String[] day0 = ts.get(1).split(",");
    assertThat(Double.parseDouble(day0[3])).isCloseTo(6, within(1e-9));
    assertThat(Double.parseDouble(day0[10])).isCloseTo(6, within(1e-12));
    assertThat(Double.parseDouble(day0[11])).isCloseTo(6 * 54.0 / 66, within(1e-9));
    assertThat(Double.parseDouble(day0[12])).isCloseTo(2190 - 324.0 / 66, within(1e-9));
    JsonNode sum = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(sum.get("reconstruction_delivered").asDouble()).isGreaterThan(6 * 54.0 / 66);
    assertThat(sum.get("damage_remaining").asDouble()).isLessThan(2190 - 324.0 / 66);

    Path g =
        scenario(
            "  - {type: destruction, sector: R/s2, damage: 10, capital_ratio: 1,"
                + " rebuilding: {R/s7: 1.0}}\n");
    CliRun bad = CliRun.run(home, "simulate", g.toString(), "--out", home.resolve("o").toString());
    assertThat(bad.err()).contains("scenario.yaml: shocks[0].rebuilding.R/s7: no sector R/s7");
    Path h =
        scenario(
            "  - {type: destruction, sector: R/s2, damage: 10, capital_ratio: 1,"
                + " rebuilding: {R/s1: 0.5}}\n");
    assertThat(
            CliRun.run(home, "simulate", h.toString(), "--out", home.resolve("o").toString()).err())
        .contains("shocks[0].rebuilding: the shares must sum to 1");
    assertThat(home.resolve("o")).doesNotExist();
  }

  /**
   * Shocks chosen by country, product and group on a synthetic three-region table without
   * inter-industry flows (regions CHN, USA, RUS; sectors s1, s2; daily output = final demand: CHN
   * 10, 20; USA 30, 40; RUS 50, 60). Production is capacity-bound on day 0, so a capacity loss of
   * one half loses half the chosen sectors' output: group us-foreign-adversaries (CHN and RUS are
   * regions of the table) 0.5·(10 + 20 + 50 + 60) = 70; country USA, product s2: 0.5·40 = 20;
   * product s1 in every region: 0.5·(10 + 30 + 50) = 45.
   */
  @Test
  void shocksByCountryProductAndGroupByHand() throws IOException {
    Path dir = home.resolve("three");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("Z.csv"),
        "region,,CHN,CHN,USA,USA,RUS,RUS\nsector,,s1,s2,s1,s2,s1,s2\nregion,sector,,,,,,\n"
            + "CHN,s1,0,0,0,0,0,0\nCHN,s2,0,0,0,0,0,0\nUSA,s1,0,0,0,0,0,0\n"
            + "USA,s2,0,0,0,0,0,0\nRUS,s1,0,0,0,0,0,0\nRUS,s2,0,0,0,0,0,0\n");
    Files.writeString(
        dir.resolve("Y.csv"),
        "region,,CHN\ncategory,,fd\nregion,sector,\nCHN,s1,3650\nCHN,s2,7300\n"
            + "USA,s1,10950\nUSA,s2,14600\nRUS,s1,18250\nRUS,s2,21900\n");
    String[][] cases = {
      {"group: us-foreign-adversaries", "70"},
      {"country: USA, product: s2", "20"},
      {"product: s1", "45"},
      {"country: [CHN, RUS], product: [s1, s2]", "70"}
    };
    for (String[] c : cases) {
      Path f = home.resolve("sel.yaml");
      Files.writeString(
          f,
          "name: synthetic selection\ntable: {mrio: three}\nhorizon: 2\nshocks:\n"
              + "  - {type: capacity, "
              + c[0]
              + ", magnitude: 0.5}\n");
      Path out = home.resolve("sel-out");
      CliRun r = CliRun.run(home, "simulate", f.toString(), "--out", out.toString(), "--force");
      assertThat(r.exitCode()).as(c[0] + ": " + r.err()).isZero();
      String[] day0 = Files.readAllLines(out.resolve("timeseries.csv")).get(1).split(",");
      assertThat(Double.parseDouble(day0[3]))
          .as(c[0])
          .isCloseTo(Double.parseDouble(c[1]), within(1e-9));
    }
    Path f = home.resolve("sel.yaml");
    Files.writeString(
        f,
        "name: x\ntable: {mrio: three}\nshocks:\n"
            + "  - {type: capacity, country: DEU, magnitude: 0.5}\n");
    assertThat(
            CliRun.run(home, "simulate", f.toString(), "--out", home.resolve("o").toString()).err())
        .contains("sel.yaml: shocks[0].country: no region DEU in the table");
    Files.writeString(
        f,
        "name: x\ntable: {mrio: three}\nshocks:\n"
            + "  - {type: capacity, group: jp-us, product: s9, magnitude: 0.5}\n");
    assertThat(
            CliRun.run(home, "simulate", f.toString(), "--out", home.resolve("o").toString()).err())
        .contains("sel.yaml: shocks[0].product: no product s9");
    Files.writeString(
        f,
        "name: x\ntable: {mrio: three}\nshocks:\n"
            + "  - {type: capacity, group: no-such-group, magnitude: 0.5}\n");
    assertThat(
            CliRun.run(home, "simulate", f.toString(), "--out", home.resolve("o").toString()).err())
        .contains("sel.yaml: shocks[0].group: unknown group or country");
    assertThat(home.resolve("o")).doesNotExist();
  }

  @Test
  void regionLabelsStandForCountries() {
    assertThat(ScenarioTargets.isCountry("US", "USA")).isTrue();
    assertThat(ScenarioTargets.isCountry("CN", "CHN")).isTrue();
    assertThat(ScenarioTargets.isCountry("usa", "USA")).isTrue();
    assertThat(ScenarioTargets.isCountry("US", "AUS")).isFalse();
    assertThat(ScenarioTargets.isCountry("ROW", "ROU")).isFalse();
  }

  /**
   * Firm shocks by country, group and product on a synthetic network: A (CHN, output 100, all to
   * final demand), B (USA, output 100 to final demand, buys 50 of chips from C), C (RUS, output 50,
   * all chips to B). On day 0 a firm's capacity loss of one half removes half its output (B has 15
   * days of chips in stock): group us-foreign-adversaries hits A and C, 50 + 25 = 75; product chips
   * hits C (its only supplier), 25; country USA hits B, 50.
   */
  @Test
  void firmShocksByCountryGroupAndProductByHand() throws IOException {
    Files.writeString(
        home.resolve("firms.csv"),
        "firm,output,final_demand,country\nA,100,100,CHN\nB,100,100,USA\nC,50,0,RUS\n");
    Files.writeString(
        home.resolve("links.csv"), "supplier,customer,product,amount\nC,B,chips,50\n");
    String[][] cases = {
      {"group: us-foreign-adversaries", "75"}, {"product: chips", "25"}, {"country: USA", "50"}
    };
    Path f = home.resolve("firmsel.yaml");
    for (String[] c : cases) {
      Files.writeString(
          f,
          "name: synthetic firms\nmodel: firm\nnetwork: {firms: firms.csv, links: links.csv}\n"
              + "horizon: 3\nshocks:\n  - {"
              + c[0]
              + ", magnitude: 0.5}\n");
      Path out = home.resolve("firm-out");
      CliRun r = CliRun.run(home, "simulate", f.toString(), "--out", out.toString(), "--force");
      assertThat(r.exitCode()).as(c[0] + ": " + r.err()).isZero();
      List<String> ts = Files.readAllLines(out.resolve("timeseries.csv"));
      assertThat(ts.get(2)).startsWith("0,");
      assertThat(Double.parseDouble(ts.get(2).split(",")[3]))
          .as(c[0])
          .isCloseTo(Double.parseDouble(c[1]), within(1e-9));
    }
    Files.writeString(
        f,
        "model: firm\nnetwork: {firms: firms.csv, links: links.csv}\nshocks:\n"
            + "  - {country: USA, product: chips, magnitude: 0.5}\n");
    assertThat(
            CliRun.run(home, "simulate", f.toString(), "--out", home.resolve("o").toString()).err())
        .contains("firmsel.yaml: shocks[0]: no firm matches");
    Files.writeString(
        f,
        "model: firm\nnetwork: {firms: firms.csv, links: links.csv}\nshocks:\n"
            + "  - {product: wafers, magnitude: 0.5}\n");
    assertThat(
            CliRun.run(home, "simulate", f.toString(), "--out", home.resolve("o").toString()).err())
        .contains("firmsel.yaml: shocks[0].product: no product wafers in the links file");
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
        .contains("shocks[0].type: \"flood\" is not final_demand, capacity or destruction");
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

  /**
   * The firm model on the network of validation case 06 in the link layout (two firms in a loop,
   * each producing 200 and buying 100 from the other, firm 1 losing 10 % of capacity at day 0 and
   * recovering over 20 days): Inoue and Todo's published totals are 400 before the shock, 380 on
   * day 0 and 344.33333333333337 on day 1, 200 on day 6 and 400 from day 20.
   */
  @Test
  void firmModelOnALinkTable() throws IOException {
    Files.writeString(
        home.resolve("firms.csv"), "firm,output,final_demand\n1,200,100\n2,200,100\n");
    Files.writeString(
        home.resolve("links.csv"),
        "supplier,customer,product,amount\n1,2,s1001,100\n2,1,s1002,100\n");
    Path f = home.resolve("firm.yaml");
    Files.writeString(
        f,
        "name: toy loop\nmodel: firm\nnetwork: {firms: firms.csv, links: links.csv}\n"
            + "horizon: 40\nparameters: {target_inventory_days: 15, adjustment_days: 6,"
            + " rationing: priority}\n"
            + "shocks:\n  - {type: capacity, firm: \"1\", magnitude: 0.1, start: 0, recovery: 20}\n");
    Path out = home.resolve("firm-out");
    CliRun r = CliRun.run(home, "simulate", f.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> ts = Files.readAllLines(out.resolve("timeseries.csv"));
    assertThat(ts).hasSize(42);
    assertThat(ts.get(1)).startsWith("-1,400,400,0,");
    double[] production = new double[41];
    for (int k = 1; k < ts.size(); k++) {
      production[k - 1] = Double.parseDouble(ts.get(k).split(",")[1]);
    }
    assertThat(production[1]).isCloseTo(380, within(1e-9));
    assertThat(production[2]).isCloseTo(344.33333333333337, within(1e-9));
    assertThat(production[7]).isCloseTo(200, within(1e-9));
    assertThat(production[21]).isCloseTo(400, within(1e-9));
    JsonNode sum = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(sum.get("peak_day").asInt()).isEqualTo(6);
    assertThat(sum.get("recovered").asBoolean()).isTrue();
    assertThat(Files.readAllLines(out.resolve("firms.csv")).get(0))
        .isEqualTo("firm,baseline,last_day_production,last_day_loss");
    Files.writeString(
        home.resolve("links.csv"), "supplier,customer,product,amount\n1,9,s1001,100\n");
    CliRun bad = CliRun.run(home, "simulate", f.toString(), "--out", home.resolve("o2").toString());
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("links.csv:2").contains("firm 9 is not in the firms file");
    assertThat(home.resolve("o2")).doesNotExist();
  }

  /**
   * The README's example on the real 2023 BEA table (skipped without ../shared/data): a six-month
   * stop of exports of computer and electronic products. On day 0 nothing but 334's own final
   * demand has moved yet, so the loss is the exports removed, e·d/365 with e = F040 of 334 and d =
   * x/(x + m) its domestic share (m = −F050, its imports), grossed up by 334's use of its own
   * product: ÷ (1 − d·z₃₃₄,₃₃₄/x). The sector itself is the most hit and output comes back within
   * the year.
   */
  /**
   * The destruction example on the real BEA 2023 table: capital K_i = κ·365·x⁰_i, the damage shared
   * by capital, so on day 0 (the hit sectors still capacity-bound) the output lost is Σ_i
   * (L_i/K_i)·x⁰_i = L/(365·κ) = 20,000/365 whatever the sectors' sizes.
   */
  @Test
  void destructionExampleOnTheRealBeaTable() throws IOException {
    SharedData.require("bea-io/IOUse_Before_Redefinitions_PRO_1997-2023_Summary.xlsx");
    Path scenario = Path.of("../docs/examples/bea-refinery-destruction.yaml");
    Path out = home.resolve("refinery");
    CliRun r = CliRun.run(home, "simulate", scenario.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String[] day0 = Files.readAllLines(out.resolve("timeseries.csv")).get(1).split(",");
    assertThat(Double.parseDouble(day0[3])).isCloseTo(20000.0 / 365, within(1e-9));
    JsonNode sum = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(sum.get("damage_remaining").asDouble()).isBetween(0.0, 20000.0);
    assertThat(
            sum.get("reconstruction_delivered").asDouble() + sum.get("damage_remaining").asDouble())
        .isCloseTo(20000, within(1e-6));
  }

  @Test
  void readmeExampleOnTheRealBeaTable() throws IOException {
    SharedData.require("bea-io/IOUse_Before_Redefinitions_PRO_1997-2023_Summary.xlsx");
    Path scenario = Path.of("../docs/examples/bea-334-export-stop.yaml");
    Path out = home.resolve("export-stop");
    CliRun r = CliRun.run(home, "simulate", scenario.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("source: US BEA", "public domain");
    JsonNode sum = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(sum.get("most_hit_sectors").get(0).get("sector").asText()).isEqualTo("US/334");
    assertThat(sum.get("recovered").asBoolean()).isTrue();
    assertThat(sum.get("total_loss").asDouble()).isPositive();
    assertThat(Files.readAllLines(out.resolve("sectors.csv"))).hasSize(1 + 365 * 71);
    IoSystem s =
        BeaIoReader.read(SharedData.require("bea-io"), 2023, BeaIoReader.Level.SUMMARY).system();
    int i = s.indexOfSector("US/334");
    int exports = -1;
    int imports = -1;
    for (int c = 0; c < s.finalDemand().size(); c++) {
      exports = s.finalDemand().get(c, 1).equals("F040") ? c : exports;
      imports = s.finalDemand().get(c, 1).equals("F050") ? c : imports;
    }
    double x = s.x()[i];
    double d = x / (x - s.y().get(i, imports));
    double expected = s.y().get(i, exports) * d / 365 / (1 - d * s.z().get(i, i) / x);
    String day0 = Files.readAllLines(out.resolve("timeseries.csv")).get(1);
    assertThat(Double.parseDouble(day0.split(",")[3])).isCloseTo(expected, within(1e-9 * x));
  }
}
