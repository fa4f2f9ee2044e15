package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint disclosure protect|audit} on a hand-made 3 × 3 table. Cell sums (three firms
 * each, except gallium/CN with one firm):
 *
 * <pre>
 *              CN   JP   US | Total
 *   gallium     5   30   60 |    95
 *   germanium  40   90   20 |   150
 *   silicon    70   50   80 |   200
 *   Total     115  170  160 |   445
 * </pre>
 *
 * Under freq:n=3 only gallium/CN is primary (one firm; level 10 % of 5 = 0.5). Its rectangles with
 * another row k and column l cost (gallium,l) + (k,CN) + (k,l): germanium/JP 30+40+90 = 160,
 * germanium/US 60+40+20 = 120, silicon/JP 30+70+50 = 150, silicon/US 60+70+80 = 210 (rectangles
 * through a margin cost more), so gallium/US, germanium/CN and germanium/US are secondary. The
 * attacker then knows gallium: CN + US = 95 − 30 = 65; CN: gallium + germanium = 115 − 70 = 45;
 * germanium: CN + US = 150 − 90 = 60. With x = gallium/CN: gallium/US = 65 − x, germanium/CN = 45 −
 * x, germanium/US = 15 + x, all ≥ 0, so x ∈ [0, 45], gallium/US ∈ [20, 65], germanium/CN ∈ [0, 45],
 * germanium/US ∈ [15, 60].
 */
class DisclosureCommandTest {
  @TempDir Path home;

  private Path microdata() throws IOException {
    StringBuilder b = new StringBuilder("input,country,firm,volume\n");
    String[] in = {"gallium", "germanium", "silicon"};
    String[] co = {"CN", "JP", "US"};
    int[][] v = {{5, 30, 60}, {40, 90, 20}, {70, 50, 80}};
    int firm = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        if (i == 0 && j == 0) {
          b.append("gallium,CN,F").append(firm++).append(",5\n");
          continue;
        }
        int a = v[i][j] / 3;
        int[] parts = {a, a, v[i][j] - 2 * a};
        for (int p : parts) {
          b.append(in[i]).append(',').append(co[j]).append(",F").append(firm++).append(',');
          b.append(p).append('\n');
        }
      }
    }
    Path f = home.resolve("micro.csv");
    Files.writeString(f, b.toString());
    return f;
  }

  private CliRun protect(Path micro, String... more) {
    String[] base = {
      "disclosure",
      "protect",
      micro.toString(),
      "--dims",
      "input,country",
      "--value",
      "volume",
      "--contributor",
      "firm",
      "--rules",
      "freq:n=3"
    };
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return CliRun.run(home, all);
  }

  @Test
  void protectWritesTheTextbookRectangle() throws IOException {
    CliRun r = protect(microdata());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.outLines())
        .containsExactly(
            "input,country,contributors,total,status",
            "gallium,CN,1,5,primary",
            "gallium,JP,3,30,safe",
            "gallium,US,3,60,secondary",
            "gallium,Total,7,95,safe",
            "germanium,CN,3,40,secondary",
            "germanium,JP,3,90,safe",
            "germanium,US,3,20,secondary",
            "germanium,Total,9,150,safe",
            "silicon,CN,3,70,safe",
            "silicon,JP,3,50,safe",
            "silicon,US,3,80,safe",
            "silicon,Total,9,200,safe",
            "Total,CN,7,115,safe",
            "Total,JP,9,170,safe",
            "Total,US,9,160,safe",
            "Total,Total,25,445,safe");
    assertThat(r.err()).contains("audit passed").contains("sha256:");
  }

  @Test
  void auditDerivesTheHandComputedIntervals() throws IOException {
    Path table = home.resolve("table.csv");
    Files.writeString(table, protect(microdata()).out());
    CliRun r = CliRun.run(home, "disclosure", "audit", table.toString(), "--dims", "input,country");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.outLines())
        .containsExactly(
            "input,country,lower,upper,exact",
            "gallium,CN,0,45,false",
            "gallium,US,20,65,false",
            "germanium,CN,0,45,false",
            "germanium,US,15,60,false");
  }

  @Test
  void suppressedTotalsMayBeLeftEmpty() throws IOException {
    // A recipient's copy: the totals of suppressed cells blank; the intervals are the same.
    Path table = home.resolve("published.csv");
    StringBuilder b = new StringBuilder();
    for (String line : protect(microdata()).outLines()) {
      b.append(line.replaceAll(",[0-9.]+,(primary|secondary)$", ",,$1")).append('\n');
    }
    Files.writeString(table, b.toString());
    assertThat(b.toString()).contains("gallium,CN,1,,primary");
    CliRun r = CliRun.run(home, "disclosure", "audit", table.toString(), "--dims", "input,country");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.outLines()).contains("gallium,CN,0,45,false", "germanium,US,15,60,false");
  }

  @Test
  void auditFailsOnARecomputableCell() throws IOException {
    // Without secondary suppression the single primary cell is the row margin minus the rest.
    Path table = home.resolve("primary-only.csv");
    Files.writeString(table, protect(microdata(), "--secondary", "off").out());
    CliRun r =
        CliRun.run(
            home,
            "disclosure",
            "audit",
            table.toString(),
            "--dims",
            "input,country",
            "--format",
            "json");
    assertThat(r.exitCode()).isEqualTo(DisclosureCommand.AUDIT_FAILED);
    assertThat(r.err()).contains("RECOMPUTABLE: [gallium, CN] line 2: exactly 5");
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.at("/source/sha256").asText()).hasSize(64);
    assertThat(j.at("/cells/0/lower").asDouble()).isEqualTo(5);
    assertThat(j.at("/cells/0/exact").asBoolean()).isTrue();
  }

  @Test
  void protectJsonCarriesProvenanceAndFigures() throws IOException {
    CliRun r = protect(microdata(), "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.at("/source/file").asText()).endsWith("micro.csv");
    assertThat(j.at("/rules").asText()).isEqualTo("freq:n=3,range=10");
    assertThat(j.at("/counts/secondary").asInt()).isEqualTo(3);
    assertThat(j.at("/cells/0/status").asText()).isEqualTo("primary");
  }

  @Test
  void badMicrodataIsNamedByFileLineAndColumn() throws IOException {
    Path f = home.resolve("bad.csv");
    Files.writeString(f, "input,country,firm,volume\ngallium,CN,F1,5\ngallium,JP,F2,-3\n");
    CliRun r = protect(f);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains(f + ":3:4: negative value -3");
    Files.writeString(f, "input,country,firm,volume\ngallium,CN,F1,many\n");
    assertThat(protect(f).err()).contains(f + ":2:4: not a number: \"many\"");
    Files.writeString(f, "input,country,firm,volume\nTotal,CN,F1,1\n");
    assertThat(protect(f).err()).contains(f + ":2:1: category \"Total\" is reserved");
    Files.writeString(f, "input,land,firm,volume\ngallium,CN,F1,1\n");
    assertThat(protect(f).err()).contains(f + ":1: unknown column \"country\"");
    CliRun rules =
        CliRun.run(
            home,
            "disclosure",
            "protect",
            microdata().toString(),
            "--dims",
            "input,country",
            "--value",
            "volume",
            "--rules",
            "freq:n=3;pp:p=10");
    assertThat(rules.exitCode()).isEqualTo(1);
    assertThat(rules.err()).contains("unknown rule \"pp\"");
  }

  @Test
  void badTablesAreNamedByFileAndLine() throws IOException {
    Path t = home.resolve("t.csv");
    Files.writeString(
        t, "d,total,status\na,3,safe\nb,4,primary\nb,4,primary\nc,5,secondary\nTotal,12,safe\n");
    CliRun dup = CliRun.run(home, "disclosure", "audit", t.toString(), "--dims", "d");
    assertThat(dup.exitCode()).isEqualTo(1);
    assertThat(dup.err()).contains(t + ":4: duplicate cell [b] (first on line 3)");
    Files.writeString(t, "d,total,status\na,3,safe\nb,4,primary\nc,5,secondary\n");
    assertThat(CliRun.run(home, "disclosure", "audit", t.toString(), "--dims", "d").err())
        .contains("missing margin [Total]");
    Files.writeString(t, "d,total,status\na,3,safe\nb,4,primary\nc,5,secondary\nTotal,13,safe\n");
    assertThat(CliRun.run(home, "disclosure", "audit", t.toString(), "--dims", "d").err())
        .contains(
            t
                + ":5: table inconsistent: line 5: [Total] total 13 but its d categories"
                + " sum to 12");
    Files.writeString(t, "d,total,status\na,3,unsafe\n");
    assertThat(CliRun.run(home, "disclosure", "audit", t.toString(), "--dims", "d").err())
        .contains(t + ":2:3: unknown status \"unsafe\"");
  }
}
