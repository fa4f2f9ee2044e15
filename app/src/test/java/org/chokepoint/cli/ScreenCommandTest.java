package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint screen} against the lists of the bundled starter pack: the entries looked for
 * are on those lists as published (Kalashnikov Concern on EU 833/2014 Annex IV and METI's Russia
 * list; Huawei on the DoD 1260H list).
 */
class ScreenCommandTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void oneNameInCyrillicFindsTheListedCompanyAndCitesTheListVersions() {
    CliRun r = CliRun.run(dir.resolve("data"), "screen", "name", "АО Концерн Калашников");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("match")
        .contains("eu-833")
        .contains("Kalashnikov")
        .contains("transliterated from Cyrillic")
        .contains("Lists screened:")
        .contains("eu-833, 2026-05-24");
  }

  @Test
  void aPersonNeverMatchesAVessel() {
    CliRun any =
        CliRun.run(dir.resolve("data"), "screen", "name", "Huawei Technologies", "--format", "csv");
    assertThat(any.out()).contains("us-dod-1260h");
    CliRun vessel =
        CliRun.run(
            dir.resolve("data"),
            "screen",
            "name",
            "Huawei Technologies",
            "--schema",
            "Vessel",
            "--format",
            "csv");
    assertThat(vessel.exitCode()).as(vessel.err()).isZero();
    assertThat(vessel.out()).doesNotContain("us-dod-1260h");
    CliRun bad = CliRun.run(dir.resolve("data"), "screen", "name", "x", "--schema", "Planet");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("unknown schema \"Planet\"");
  }

  @Test
  void namesFileGivesEachRowsHitsAsCsvAndJson() throws IOException {
    Path f =
        write(
            "suppliers.csv",
            "supplier_id,name,country\n"
                + "S1,Huawei Technologies Co. Ltd.,CHN\n"
                + "S2,Hokkaido Fresh Fish K.K. (synthetic),JPN\n");
    CliRun csv =
        CliRun.run(dir.resolve("data"), "screen", "names", f.toString(), "--format", "csv");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    var lines = csv.outLines();
    assertThat(lines.get(0))
        .isEqualTo(
            "supplier_id,name,country,rank,decision,score,list,list_date,entry_id,matched_name,"
                + "matched_name_kind,listed_name,schema,programmes,explanation");
    assertThat(lines).anyMatch(l -> l.startsWith("S1,Huawei Technologies Co. Ltd.,CHN,1,match,"));
    assertThat(lines)
        .anyMatch(l -> l.startsWith("S2,Hokkaido Fresh Fish K.K. (synthetic),JPN,,no-match"));
    assertThat(csv.err()).contains("list: ").contains("screened 2 names");

    CliRun json =
        CliRun.run(dir.resolve("data"), "screen", "names", f.toString(), "--format", "json");
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("thresholds").get("match").asDouble()).isEqualTo(0.88);
    assertThat(root.get("lists").size()).isGreaterThan(1);
    assertThat(root.get("lists").get(0).get("licence").asText()).isNotEmpty();
    JsonNode first = root.get("results").get(0);
    assertThat(first.get("input").get("supplier_id").asText()).isEqualTo("S1");
    assertThat(first.get("hits").get(0).get("list").asText()).isEqualTo("us-dod-1260h");
    assertThat(first.get("hits").get(0).get("explanation").asText()).contains("Paired words");
  }

  @Test
  void namesFileErrorsNameFileLineAndColumn() throws IOException {
    Path noColumn = write("a.csv", "firm,country\nAcme,USA\n");
    CliRun r = CliRun.run(dir.resolve("data"), "screen", "names", noColumn.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("a.csv:1: no column \"name\"");
    Path badSchema = write("b.csv", "name,schema\nAcme,Planet\n");
    CliRun s = CliRun.run(dir.resolve("data"), "screen", "names", badSchema.toString());
    assertThat(s.err()).contains("b.csv:2:2: unknown schema");
    Path ragged = write("c.csv", "name,country\nAcme\n");
    CliRun g = CliRun.run(dir.resolve("data"), "screen", "names", ragged.toString());
    assertThat(g.err()).contains("c.csv:2:2: has 1 fields");
    Files.write(dir.resolve("d.csv"), new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0xC3, '\n'});
    CliRun enc =
        CliRun.run(dir.resolve("data"), "screen", "names", dir.resolve("d.csv").toString());
    assertThat(enc.exitCode()).isEqualTo(1);
    assertThat(enc.err()).contains("d.csv").contains("not UTF-8");
  }

  @Test
  void pairsKeepsTheInputColumnsAndAddsScoreAndDecision() throws IOException {
    Path f =
        write(
            "pairs.csv",
            "id,name1,name2,schema,note\n"
                + "1,Владимир Путин,\"PUTIN, Vladimir\",Person,cross-script\n"
                + "2,ООО Ромашка,Romashka LLC,Company,legal form\n"
                + "3,Toyota Jidosha K.K.,Nissan Jidosha Co. Ltd.,,different\n");
    CliRun r = CliRun.run(dir.resolve("data"), "screen", "pairs", f.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.outLines())
        .containsExactly(
            "id,name1,name2,schema,note,score,decision",
            "1,Владимир Путин,\"PUTIN, Vladimir\",Person,cross-script,1.000,match",
            "2,ООО Ромашка,Romashka LLC,Company,legal form,1.000,match",
            r.outLines().get(3));
    assertThat(r.outLines().get(3))
        .startsWith("3,Toyota Jidosha K.K.,Nissan Jidosha Co. Ltd.,,different,")
        .endsWith(",no-match");
    assertThat(r.err()).contains("no list used");
    CliRun json =
        CliRun.run(
            dir.resolve("data"), "screen", "pairs", f.toString(), "--format", "json", "--explain");
    JsonNode rows = new ObjectMapper().readTree(json.out());
    assertThat(rows.get(1).get("score").asDouble()).isEqualTo(1.0);
    assertThat(rows.get(1).get("note").asText()).isEqualTo("legal form");
    assertThat(rows.get(1).get("explanation").asText()).contains("\"ООО\" is a legal form");
  }

  @Test
  void missingPairsColumnIsReported() throws IOException {
    Path f = write("p.csv", "a,b\nx,y\n");
    CliRun r = CliRun.run(dir.resolve("data"), "screen", "pairs", f.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("p.csv:1: no column \"name1\"");
  }

  @Test
  void thresholdsComeFromTheConfiguration() throws IOException {
    Path data = dir.resolve("cfg");
    Files.createDirectories(data);
    Files.writeString(
        data.resolve("config.yaml"),
        "screening:\n  match-threshold: 1.0\n  review-threshold: 0.99\n");
    Path f = write("pairs2.csv", "name1,name2\nVladimir Putin,Vladimir Poutine\n");
    CliRun r = CliRun.run(data, "screen", "pairs", f.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.outLines().get(1)).endsWith(",no-match");
    assertThat(r.err()).contains("match from 1.00, review from 0.99");
    Files.writeString(
        data.resolve("config.yaml"),
        "screening:\n  match-threshold: 0.5\n  review-threshold: 0.9\n");
    CliRun bad = CliRun.run(data, "screen", "pairs", f.toString());
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err())
        .contains("config.yaml: screening:")
        .contains("review-threshold <= match-threshold");
  }
}
