package org.chokepoint.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.data.text.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCatalogTest {
  @TempDir Path dir;

  /** Writes one table with the lines of the source file; fails on a line that says "fail". */
  static final class LinesImporter implements DatasetImporter {
    @Override
    public String source() {
      return "lines";
    }

    @Override
    public String description() {
      return "one row per line";
    }

    @Override
    public DatasetDescription importInto(Path path, TableSink sink) {
      sink.sourceFile(path);
      TableWriter t = sink.table("lines", List.of("n", "text"));
      try {
        List<String> lines = Files.readAllLines(path);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).equals("fail")) {
            throw new ImportException(path.toString(), i + 1, 1, "this line fails");
          }
          t.row(Integer.toString(i + 1), lines.get(i));
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return new DatasetDescription(
          "Lines", "Tester", "CC0", "v" + path.getFileName(), "", "", List.of());
    }
  }

  private Path file(String name, String... lines) throws IOException {
    Path f = dir.resolve("in").resolve(name);
    Files.createDirectories(f.getParent());
    return Files.write(f, List.of(lines));
  }

  private DataCatalog catalog() {
    return new DataCatalog(dir.resolve("home"), StarterPack.none(), new TickingClock());
  }

  @Test
  void importStoresTablesWithProvenance() throws IOException {
    DataCatalog c = catalog();
    DatasetManifest m =
        c.importDataset(new LinesImporter(), file("a.txt", "x", "y, with comma"), "lines", n -> {});
    assertThat(m.rows()).isEqualTo(2);
    assertThat(m.vintage()).isEqualTo("va.txt");
    assertThat(m.sourceFiles().get(0).name()).isEqualTo("a.txt");
    assertThat(m.sourceChecksum()).hasSize(64);
    Dataset d = c.getDataset("lines");
    assertThat(d.table("lines").rows())
        .extracting(r -> r.get("text"))
        .containsExactly("x", "y, with comma");
    assertThat(c.listDatasets()).extracting(DatasetManifest::name).containsExactly("lines");
    assertThat(c.verify()).allMatch(VerifyResult::ok);
  }

  @Test
  void failedImportLeavesThePreviousVersionAndNoDebris() throws IOException {
    DataCatalog c = catalog();
    c.importDataset(new LinesImporter(), file("good.txt", "one", "two"), "lines", n -> {});
    assertThatThrownBy(
            () ->
                c.importDataset(
                    new LinesImporter(), file("bad.txt", "a", "fail"), "lines", n -> {}))
        .isInstanceOf(ImportException.class)
        .hasMessageEndingWith("bad.txt:2:1: this line fails");
    Dataset d = c.getDataset("lines");
    assertThat(d.manifest().vintage()).isEqualTo("vgood.txt");
    assertThat(d.table("lines").rows()).hasSize(2);
    try (Stream<Path> staging = Files.list(dir.resolve("home").resolve("staging"))) {
      assertThat(staging).isEmpty();
    }
  }

  @Test
  void reimportReplacesAndKeepsOnePreviousVersion() throws IOException {
    DataCatalog c = catalog();
    for (int i = 1; i <= 4; i++) {
      c.importDataset(new LinesImporter(), file("v" + i + ".txt", "row " + i), "lines", n -> {});
    }
    assertThat(c.getDataset("lines").manifest().vintage()).isEqualTo("vv4.txt");
    try (Stream<Path> versions = Files.list(dir.resolve("home/datasets/lines"))) {
      assertThat(versions.filter(Files::isDirectory)).hasSize(2);
    }
  }

  @Test
  void verifyFindsATamperedTable() throws IOException {
    DataCatalog c = catalog();
    c.importDataset(new LinesImporter(), file("a.txt", "x"), "lines", n -> {});
    Path version;
    try (Stream<Path> s = Files.list(dir.resolve("home/datasets/lines"))) {
      version = s.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    Files.writeString(version.resolve("lines.csv"), "n,text\r\n1,changed\r\n");
    List<VerifyResult> results = c.verify();
    assertThat(results).hasSize(1);
    assertThat(results.get(0).ok()).isFalse();
    assertThat(results.get(0).problems().get(0)).contains("lines.csv: checksum");
  }

  @Test
  void longImportsReportProgress() throws IOException {
    String[] lines = new String[140_000];
    java.util.Arrays.fill(lines, "row");
    List<Long> reported = new java.util.ArrayList<>();
    catalog().importDataset(new LinesImporter(), file("big.txt", lines), "lines", reported::add);
    assertThat(reported).containsExactly(65_536L, 131_072L);
  }

  @Test
  void separateDataDirectoriesDoNotSeeEachOther() throws IOException {
    DataCatalog a = new DataCatalog(dir.resolve("a"), StarterPack.none(), new TickingClock());
    DataCatalog b = new DataCatalog(dir.resolve("b"), StarterPack.none(), new TickingClock());
    a.importDataset(new LinesImporter(), file("a.txt", "x"), "lines", n -> {});
    assertThat(b.findDataset("lines")).isEmpty();
    assertThat(b.listDatasets()).isEmpty();
  }

  @Test
  void missingDatasetSaysHowToImportIt() {
    assertThatThrownBy(() -> catalog().getDataset("wgi"))
        .hasMessageContaining("chokepoint data import wgi");
  }

  @Test
  void namesAreChecked() throws IOException {
    Path f = file("a.txt", "x");
    assertThatThrownBy(() -> catalog().importDataset(new LinesImporter(), f, "../evil", n -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void starterPackAnswersUntilAnImportReplacesIt() throws IOException {
    DataCatalog c = new DataCatalog(dir.resolve("home"), StarterPack.bundled(), new TickingClock());
    assertThat(c.listDatasets())
        .extracting(DatasetManifest::name)
        .contains("countries", "hs", "usgs-mcs", "wgi");
    assertThat(c.getDataset("wgi").manifest().origin()).isEqualTo("starter");
    assertThat(c.verify()).allMatch(VerifyResult::ok);
    c.importDataset(new LinesImporter(), file("w.txt", "x"), "wgi", n -> {});
    assertThat(c.getDataset("wgi").manifest().origin()).isEqualTo("imported");
  }
}
