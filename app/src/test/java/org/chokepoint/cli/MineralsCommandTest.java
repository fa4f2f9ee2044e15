package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint minerals} on the bundled starter data (USGS MCS 2026, WGI 2023 update). The
 * gallium figures are worked out from MCS 2026: China 900,000 kg, Russia 6,000, Japan 3,000, United
 * States "—" (0), Other countries "—" (0).
 */
class MineralsCommandTest {
  @TempDir Path home;

  /** The CSV header the foundation issue fixes, in this order. */
  static final List<String> CONTRACT =
      List.of(
          "commodity",
          "stage",
          "unit",
          "year",
          "total",
          "hhi",
          "hhi_upper",
          "cr1",
          "cr3",
          "top_producer",
          "top_share",
          "concern_share",
          "perspective_share",
          "wgi_hhi",
          "unattributed_share",
          "withheld");

  /** WGI 2023 update, 2022 estimates (CC, GE, PV, RQ, RL, VA), as published by the World Bank. */
  static double riskScore(double... est) {
    double mean = 0;
    for (double e : est) {
      mean += e / est.length;
    }
    return 2 * (2.5 - mean);
  }

  static final double G_CHN =
      riskScore(
          0.0159702487289906,
          0.495032012462616,
          -0.441073626279831,
          -0.418417632579803,
          -0.0414439849555492,
          -1.60957491397858);
  static final double G_RUS =
      riskScore(
          -0.97938734292984,
          -0.695411026477814,
          -0.918995440006256,
          -1.14197266101837,
          -1.19529402256012,
          -1.26163399219513);
  static final double G_JPN =
      riskScore(
          1.53997182846069,
          1.61974680423737,
          1.07391095161438,
          1.43877255916595,
          1.55824029445648,
          1.01706731319427);

  private static List<CsvRecord> csv(String text) {
    return new CsvReader(new StringReader(text), "stdout").readAll();
  }

  @Test
  void csvKeepsTheContractColumnsAndHandComputedGallium() {
    CliRun r = CliRun.run(home, "minerals", "--year", "2025", "--format", "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<CsvRecord> rows = csv(r.out());
    assertThat(rows.get(0).fields().subList(0, 16)).isEqualTo(CONTRACT);
    List<String> header = rows.get(0).fields();
    CsvRecord ga = rows.stream().filter(x -> x.get(0).equals("Gallium")).findFirst().orElseThrow();
    assertThat(ga.get(header.indexOf("stage"))).isEqualTo("Primary production");
    assertThat(ga.get(header.indexOf("unit"))).isEqualTo("kilograms");
    assertThat(ga.get(header.indexOf("total"))).isEqualTo("909000");
    assertThat(ga.get(header.indexOf("top_producer"))).isEqualTo("CHN");
    double sChn = 900_000.0 / 909_000;
    double sRus = 6_000.0 / 909_000;
    double sJpn = 3_000.0 / 909_000;
    assertThat(num(ga, header, "top_share")).isCloseTo(sChn, within(1e-12));
    assertThat(num(ga, header, "cr1")).isCloseTo(sChn, within(1e-12));
    assertThat(num(ga, header, "cr3")).isCloseTo(1.0, within(1e-12));
    assertThat(num(ga, header, "hhi"))
        .isCloseTo(sChn * sChn + sRus * sRus + sJpn * sJpn, within(1e-12));
    assertThat(num(ga, header, "hhi_upper")).isCloseTo(num(ga, header, "hhi"), within(1e-15));
    // concern us-foreign-adversaries holds CHN and RUS; perspective jp-us holds JPN (USA is 0)
    assertThat(num(ga, header, "concern_share")).isCloseTo(sChn + sRus, within(1e-12));
    assertThat(num(ga, header, "perspective_share")).isCloseTo(sJpn, within(1e-12));
    assertThat(num(ga, header, "wgi_hhi"))
        .isCloseTo(sChn * sChn * G_CHN + sRus * sRus * G_RUS + sJpn * sJpn * G_JPN, within(1e-9));
    assertThat(ga.get(header.indexOf("wgi_year"))).isEqualTo("2022");
    assertThat(ga.get(header.indexOf("unattributed_share"))).isEqualTo("0");
    assertThat(ga.get(header.indexOf("withheld"))).isEmpty();
    assertThat(r.err())
        .contains("source: U.S. Geological Survey, Mineral Commodity Summaries 2026")
        .contains("CC BY 4.0");
  }

  @Test
  void csvIsRankedByHhiAndSharesAreFractions() {
    CliRun r = CliRun.run(home, "minerals", "--year", "2025", "--format", "csv");
    List<CsvRecord> rows = csv(r.out());
    List<String> header = rows.get(0).fields();
    double previous = Double.MAX_VALUE;
    for (CsvRecord row : rows.subList(1, rows.size())) {
      String h = row.get(header.indexOf("hhi"));
      if (h.isEmpty()) {
        previous = -1; // rows without shares come last
        continue;
      }
      assertThat(previous).as("ranked").isGreaterThanOrEqualTo(Double.parseDouble(h));
      previous = Double.parseDouble(h);
      for (String col : List.of("hhi", "cr1", "cr3", "concern_share", "perspective_share")) {
        assertThat(Double.parseDouble(row.get(header.indexOf(col)))).isBetween(0.0, 1.0);
      }
    }
  }

  @Test
  void jsonCarriesSourcesAndProducers() throws IOException {
    CliRun r =
        CliRun.run(home, "minerals", "--year", "2025", "--commodity", "cobalt", "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("sources").findValuesAsText("licence"))
        .contains("Public domain (CC0 1.0)", "CC BY 4.0");
    assertThat(root.get("concern").get("members").toString()).contains("CHN", "RUS");
    JsonNode cobalt = root.get("rows").get(0);
    assertThat(cobalt.get("commodity").asText()).isEqualTo("Cobalt");
    assertThat(cobalt.get("top_producer").asText()).isEqualTo("COD");
    assertThat(cobalt.get("producers").get(0).get("name").asText())
        .isEqualTo("Democratic Republic of the Congo");
    assertThat(cobalt.get("published_rows").size()).isGreaterThan(5);
  }

  @Test
  void tableIsRankedWithSourcesInTheFooter() {
    CliRun r = CliRun.run(home, "minerals", "--year", "2025", "--critical-only");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("critical minerals only");
    String first = r.outLines().stream().filter(l -> l.startsWith(" 1 ")).findFirst().orElseThrow();
    assertThat(first).contains("Gallium").contains("CHN 99.0%");
    assertThat(r.out())
        .contains("Sources:")
        .contains("https://doi.org/10.5066/P1WKQ63T")
        .contains("WGI year 2022");
  }

  @Test
  void groupsFromTheCommandLineAndTheConfigFile() throws IOException {
    Files.createDirectories(home);
    Files.writeString(
        home.resolve("config.yaml"),
        "groups:\n  pacific:\n    title: Pacific partners\n    members: [AUS, JPN]\n    source: test\n");
    CliRun r =
        CliRun.run(
            home,
            "--group",
            "makers=IDN,PHL",
            "minerals",
            "--year",
            "2025",
            "--commodity",
            "Nickel",
            "--perspective",
            "pacific",
            "--concern",
            "makers",
            "--format",
            "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<CsvRecord> rows = csv(r.out());
    List<String> header = rows.get(0).fields();
    CsvRecord nickel = rows.get(1);
    // MCS 2026 nickel: Indonesia and the Philippines together well over half; Australia and Japan
    // little
    assertThat(num(nickel, header, "concern_share")).isGreaterThan(0.6);
    assertThat(num(nickel, header, "perspective_share")).isLessThan(0.05);
  }

  @Test
  void outputFileGetsTheResult() throws IOException {
    Path file = home.resolve("out/minerals.csv");
    CliRun r =
        CliRun.run(
            home, "minerals", "--year", "2024", "--format", "csv", "--output", file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readAllLines(file).get(0)).startsWith(String.join(",", CONTRACT));
  }

  @Test
  void clearErrors() {
    CliRun noYear = CliRun.run(home, "minerals", "--year", "1990");
    assertThat(noYear.exitCode()).isEqualTo(1);
    assertThat(noYear.err()).contains("no world production for 1990").contains("[2024, 2025]");
    CliRun badGroup = CliRun.run(home, "minerals", "--year", "2025", "--perspective", "allies");
    assertThat(badGroup.exitCode()).isEqualTo(1);
    assertThat(badGroup.err()).contains("unknown group or country \"allies\"").contains("jp-us");
    CliRun badCommodity =
        CliRun.run(home, "minerals", "--year", "2025", "--commodity", "kryptonite");
    assertThat(badCommodity.exitCode()).isEqualTo(1);
    assertThat(badCommodity.err()).contains("no production rows for commodity \"kryptonite\"");
    assertThat(CliRun.run(home, "minerals").exitCode()).isEqualTo(2); // --year is required
  }

  private static double num(CsvRecord row, List<String> header, String column) {
    return Double.parseDouble(row.get(header.indexOf(column)));
  }
}
