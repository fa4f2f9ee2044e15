package org.chokepoint.data.mrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.inputoutput.IoAnalysis;
import org.chokepoint.inputoutput.IoProgress;
import org.chokepoint.inputoutput.IoResult;
import org.chokepoint.inputoutput.IoSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing an analysis in pymrio's layout, atomically, and reading it back. */
class MrioFolderWriterTest {
  @TempDir Path tmp;

  @Test
  void writesEveryFileInPandasLayoutAndReadsBack() throws IOException {
    IoSystem s = MrioFolderReader.read(Fixtures.path("mrio/small"));
    IoResult r = IoAnalysis.analyze(s);
    Path out = tmp.resolve("out");
    MrioFolderWriter.Summary sum =
        MrioFolderWriter.write(r, out, false, "notes\n", IoProgress.NONE);
    assertThat(sum.leontiefWritten()).isTrue();
    assertThat(sum.files())
        .contains("x.csv", "A.csv", "L.csv", "G.csv", "emissions/D_cba_reg.csv", "water/M.csv")
        .doesNotContain("water/F_Y.csv");
    assertThat(Files.readAllLines(out.resolve("x.csv")))
        .startsWith("region,sector,indout", "A,agri,100");
    assertThat(Files.readAllLines(out.resolve("L.csv")).subList(0, 3))
        .containsExactly("region,,A,A,B,B", "sector,,agri,manu,agri,manu", "region,sector,,,,");
    assertThat(Files.readAllLines(out.resolve("emissions/D_cba.csv")).get(2))
        .startsWith("stressor,compartment,,");
    assertThat(Files.readAllLines(out.resolve("water/D_pba_reg.csv")))
        .containsExactly(",A,B", "water,150,120");
    assertThat(Files.readString(out.resolve("README.txt"))).isEqualTo("notes\n");
    // the written folder is an MRIO folder again, with the same flows and extensions
    IoSystem back = MrioFolderReader.read(out);
    assertThat(back.sectors()).isEqualTo(s.sectors());
    assertThat(back.finalDemand()).isEqualTo(s.finalDemand());
    assertThat(back.extensions().get(0).stressors()).isEqualTo(s.extensions().get(0).stressors());
    assertThat(back.z().toDense().maxAbsDifference(s.z().toDense())).isZero();
    // full precision: L read back equals L
    List<double[]> rows = new java.util.ArrayList<>();
    PandasCsvReader.read(
        out.resolve("L.csv"),
        new PandasCsvReader.Shape(-1, 0, -1),
        (i, rec, l, v) -> rows.add(v.clone()));
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i)).containsExactly(r.l().row(i), within(0.0));
    }
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("out");
    }
  }

  @Test
  void existingTargetIsKeptUnlessReplacingIsAllowed() throws IOException {
    IoResult r = IoAnalysis.analyze(MrioFolderReader.read(Fixtures.path("mrio/small")));
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("keep.txt"), "mine");
    assertThatThrownBy(() -> MrioFolderWriter.write(r, out, false, null, IoProgress.NONE))
        .hasMessageContaining("exists");
    assertThat(out.resolve("keep.txt")).exists();
    MrioFolderWriter.write(r, out, true, null, IoProgress.NONE);
    assertThat(out.resolve("keep.txt")).doesNotExist();
    assertThat(out.resolve("Z.csv")).exists();
  }

  @Test
  void concordanceFile() throws IOException {
    Path f = tmp.resolve("regions.csv");
    Files.writeString(f, "region,aggregate\nA,World\nB,World\n");
    assertThat(Concordances.read(f)).isEqualTo(Map.of("A", "World", "B", "World"));
    Files.writeString(f, "region,aggregate\nA,World\nA,Other\n");
    assertThatThrownBy(() -> Concordances.read(f)).hasMessageContaining(":3:1: A is listed twice");
    Files.writeString(f, "region,aggregate\nA\n");
    assertThatThrownBy(() -> Concordances.read(f)).hasMessageContaining(":2: expected two cells");
  }
}
