package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint dependence} on the bundled BACI subset (HS17 V202601). Expected figures are
 * sums over {@code BACI_HS17_Y2024_V202601.csv} rows with k = 850511: imports of Japan (392) and
 * the United States (842) from outside the pair 1,033,085.947 thousand USD, of which from China
 * (156) 523,220.671 and from Hong Kong (344) 122.171; the pair's exports to outside 494,581.177.
 */
class DependenceCommandTest {
  @TempDir Path home;

  static final List<String> CONTRACT =
      List.of(
          "perspective",
          "product",
          "year",
          "imports",
          "exports",
          "import_reliance",
          "hhi",
          "cr1",
          "cr3",
          "top_supplier",
          "top_share",
          "concern_share",
          "eu_hhi_gt",
          "eu_extra_share_gt",
          "eu_import_export_gt",
          "eu_flagged");

  private static List<CsvRecord> csv(String text) {
    return new CsvReader(new StringReader(text), "stdout").readAll();
  }

  @Test
  void csvContractAndChinaShareOfMagnetImports() {
    CliRun r =
        CliRun.run(
            home,
            "dependence",
            "--perspective",
            "jp-us",
            "--year",
            "2024",
            "--products",
            "hs:850511",
            "--format",
            "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<CsvRecord> rows = csv(r.out());
    List<String> header = rows.get(0).fields();
    assertThat(header.subList(0, 16)).isEqualTo(CONTRACT);
    CsvRecord m = rows.get(1);
    assertThat(m.get(0)).isEqualTo("jp-us");
    assertThat(m.get(1)).isEqualTo("hs:850511");
    assertThat(Double.parseDouble(m.get(3))).isCloseTo(1_033_085.947, within(1e-6));
    assertThat(Double.parseDouble(m.get(4))).isCloseTo(494_581.177, within(1e-6));
    assertThat(m.get(5)).isEmpty(); // no quantities in the subset: no import reliance
    assertThat(m.get(9)).isEqualTo("CHN");
    assertThat(Double.parseDouble(m.get(10))).isCloseTo(523_220.671 / 1_033_085.947, within(1e-9));
    // us-foreign-adversaries: China and Hong Kong are the members among the suppliers here
    assertThat(Double.parseDouble(m.get(11)))
        .isCloseTo((523_220.671 + 122.171) / 1_033_085.947, within(1e-9));
    // HHI about .32: below .4, so the first EU criterion fails and nothing is flagged
    assertThat(m.get(12)).isEqualTo("false");
    assertThat(m.get(15)).isEqualTo("false");
    assertThat(r.err()).contains("values in thousand USD").contains("Etalab Open Licence 2.0");
  }

  @Test
  void prefixSelectorsAndJson() throws IOException {
    CliRun r =
        CliRun.run(
            home,
            "dependence",
            "--perspective",
            "JPN",
            "--year",
            "2024",
            "--products",
            "8505,hs:8112",
            "--trend-from",
            "2022",
            "--format",
            "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("value_unit").asText()).isEqualTo("thousand USD");
    assertThat(root.get("rows").findValuesAsText("product")).containsExactly("hs:8505", "hs:8112");
    JsonNode magnets = root.get("rows").get(0);
    // Japan alone: 568,756.873 imported, China 156,879.570 (see BaciRealFileTest)
    assertThat(magnets.get("imports").asDouble()).isCloseTo(568_756.873, within(1e-6));
    assertThat(magnets.get("trend_from").asInt()).isEqualTo(2022);
    assertThat(magnets.get("suppliers").get(0).get("iso3").asText()).isNotBlank();
  }

  @Test
  void tableRanksByConcernShare() {
    CliRun r = CliRun.run(home, "dependence", "--perspective", "jp-us", "--year", "2024");
    assertThat(r.exitCode()).as(r.err()).isZero();
    String first = r.outLines().stream().filter(l -> l.startsWith("hs:")).findFirst().orElseThrow();
    assertThat(first).startsWith("hs:810194").contains("CHN").contains("FLAGGED");
    assertThat(r.out()).contains("SWD(2021) 352").contains("Sources:");
  }

  @Test
  void clearErrors() {
    CliRun year = CliRun.run(home, "dependence", "--year", "2023");
    assertThat(year.exitCode()).isEqualTo(1);
    assertThat(year.err()).contains("no trade for 2023").contains("[2022, 2024]");
    CliRun product = CliRun.run(home, "dependence", "--year", "2024", "--products", "hs:85;05");
    assertThat(product.exitCode()).isEqualTo(1);
    assertThat(product.err()).contains("is not a code like hs:8112");
    CliRun notTrade = CliRun.run(home, "dependence", "--year", "2024", "--dataset", "wgi");
    assertThat(notTrade.exitCode()).isEqualTo(1);
    assertThat(notTrade.err()).contains("wgi is not a trade dataset");
  }
}
