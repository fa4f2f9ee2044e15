package org.chokepoint.data.mrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.inputoutput.Extension;
import org.chokepoint.inputoutput.IoSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pymrio CSV layout on the hand-made fixture {@code fixtures/mrio/small} (2 regions × 2
 * sectors, x = (100, 100, 100, 140)) and on broken copies of it.
 */
class MrioFolderReaderTest {
  @TempDir Path tmp;

  @Test
  void readsFlowsDemandAndExtensionsWithTheirLabels() {
    IoSystem s = MrioFolderReader.read(Fixtures.path("mrio/small"));
    assertThat(s.regions()).containsExactly("A", "B");
    assertThat(s.sectorsPerRegion()).isEqualTo(2);
    assertThat(s.sectors().levelNames()).containsExactly("region", "sector");
    assertThat(s.sectors().tuple(3)).containsExactly("B", "manu");
    assertThat(s.finalDemand().tuples())
        .containsExactly(List.of("A", "hh"), List.of("A", "gov"), List.of("B", "hh"));
    assertThat(s.x()).containsExactly(100, 100, 100, 140);
    assertThat(s.z().nonZeros()).isEqualTo(12);
    assertThat(s.extensions()).extracting(Extension::name).containsExactly("emissions", "water");
    Extension e = s.extensions().get(0);
    assertThat(e.stressors().levelNames()).containsExactly("stressor", "compartment");
    assertThat(e.stressors().tuple(1)).containsExactly("ch4", "air");
    assertThat(e.f().get(0, 3)).isEqualTo(25);
    assertThat(e.fY().get(1, 2)).isEqualTo(1);
    Extension w = s.extensions().get(1);
    assertThat(w.stressors().levelNames()).containsExactly("");
    assertThat(w.fY()).isNull();
  }

  @Test
  void extensionFilesAtTheTopLevelAreOneExtension() throws IOException {
    Path dir = copy();
    Files.move(dir.resolve("emissions/F.csv"), dir.resolve("F.csv"));
    Files.move(dir.resolve("emissions/F_Y.csv"), dir.resolve("F_Y.csv"));
    IoSystem s = MrioFolderReader.read(dir);
    assertThat(s.extensions())
        .extracting(Extension::name)
        .containsExactly(MrioFolderReader.TOP_LEVEL_EXTENSION, "water");
  }

  @Test
  void malformedNumberNamesFileLineAndColumn() throws IOException {
    Path dir = copy();
    replace(dir.resolve("Z.csv"), "B,agri,0,10,20,5", "B,agri,0,1O,20,5");
    assertThatThrownBy(() -> MrioFolderReader.read(dir))
        .isInstanceOf(ImportException.class)
        .hasMessageEndingWith("Z.csv:6:4: \"1O\" is not a number");
    replace(dir.resolve("Z.csv"), "1O", "");
    assertThatThrownBy(() -> MrioFolderReader.read(dir))
        .hasMessageContaining("Z.csv:6:4: empty value");
    replace(dir.resolve("Z.csv"), "B,agri,0,,20,5", "B,agri,0,1e400,20,5");
    assertThatThrownBy(() -> MrioFolderReader.read(dir)).hasMessageContaining("out of range");
  }

  @Test
  void raggedRowIsAnError() throws IOException {
    Path dir = copy();
    replace(dir.resolve("Y.csv"), "A,manu,30,10,15", "A,manu,30,10");
    assertThatThrownBy(() -> MrioFolderReader.read(dir))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("Y.csv:5: row has 4 cells, the header 5");
  }

  @Test
  void mismatchedLabelsAreErrors() throws IOException {
    Path dir = copy();
    replace(dir.resolve("Y.csv"), "B,agri,10,0,55", "B,agro,10,0,55");
    assertThatThrownBy(() -> MrioFolderReader.read(dir))
        .hasMessageContaining("Y.csv:6:1: row B/agro where Z.csv has B/agri");
    Path dir2 = copy();
    replace(
        dir2.resolve("water/F.csv"), "sector,agri,manu,agri,manu", "sector,agri,manu,manu,agri");
    assertThatThrownBy(() -> MrioFolderReader.read(dir2))
        .hasMessageContaining("F.csv:2:4: column B/manu where Z.csv has B/agri");
    Path dir3 = copy();
    replace(dir3.resolve("Z.csv"), "A,manu,5,30,0,10", "A,mfg,5,30,0,10");
    assertThatThrownBy(() -> MrioFolderReader.read(dir3))
        .hasMessageContaining("Z.csv:5:1: row A/mfg where the columns have A/manu");
    Path dir4 = copy();
    replace(dir4.resolve("emissions/F_Y.csv"), "ch4,air,0,0,1", "n2o,air,0,0,1");
    assertThatThrownBy(() -> MrioFolderReader.read(dir4)).hasMessageContaining("stressors");
  }

  @Test
  void missingFilesAreErrors() throws IOException {
    Path dir = copy();
    Files.delete(dir.resolve("Y.csv"));
    assertThatThrownBy(() -> MrioFolderReader.read(dir))
        .hasMessageContaining("Y.csv: no such file");
    assertThatThrownBy(() -> MrioFolderReader.read(tmp.resolve("nowhere")))
        .hasMessageContaining("not a folder");
  }

  private Path copy() throws IOException {
    Path dir = Files.createTempDirectory(tmp, "mrio");
    Path src = Fixtures.path("mrio/small");
    try (var walk = Files.walk(src)) {
      for (Path p : walk.toList()) {
        Path to = dir.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return dir;
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String s = Files.readString(file);
    if (!s.contains(from)) {
      throw new IllegalStateException(from + " not in " + file);
    }
    Files.writeString(file, s.replace(from, to));
  }
}
