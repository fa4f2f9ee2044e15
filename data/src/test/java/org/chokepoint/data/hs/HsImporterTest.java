package org.chokepoint.data.hs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.product.HsNomenclature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HsImporterTest {
  @TempDir Path dir;

  private DataCatalog catalog() {
    return new DataCatalog(dir, StarterPack.none(), new TickingClock());
  }

  @Test
  void folderWithCodesAndSections() {
    DataCatalog c = catalog();
    DatasetManifest m =
        c.importDataset(new HsImporter(), Fixtures.path("hs/folder"), "hs", n -> {});
    assertThat(m.tables())
        .extracting(t -> t.name() + ":" + t.rows())
        .containsExactly("codes:3", "sections:1");
    HsNomenclature hs = HsDataset.nomenclature(c.getDataset("hs"));
    assertThat(hs.findProduct("811292").orElseThrow().parent()).isEqualTo("8112");
    assertThat(hs.findProduct("TOTAL")).isEmpty();
    assertThat(c.getDataset("hs").table("sections").rows().get(0).get("section")).isEqualTo("XV");
  }

  @Test
  void structureIsChecked() {
    DataCatalog c = catalog();
    assertThatThrownBy(
            () ->
                c.importDataset(new HsImporter(), Fixtures.path("hs/hs-orphan.csv"), "hs", n -> {}))
        .isInstanceOf(ImportException.class)
        .hasMessageEndingWith(
            "hs-orphan.csv:3:4: parent 8112 of 811292 is not the code of the level above listed before it");
    assertThatThrownBy(
            () ->
                c.importDataset(
                    new HsImporter(), Fixtures.path("hs/hs-bad-level.csv"), "hs", n -> {}))
        .isInstanceOf(ImportException.class)
        .hasMessageEndingWith("hs-bad-level.csv:2:5: level 4 does not match the 2-digit code 81");
  }

  @Test
  void realFile() {
    DataCatalog c = catalog();
    c.importDataset(
        new HsImporter(), SharedData.require("hs/harmonized-system.csv"), "hs", n -> {});
    HsNomenclature hs = HsDataset.nomenclature(c.getDataset("hs"));
    // HS 2022: 97 chapters (incl. 99), 1,229 headings, 5,613 subheadings in the UN Comtrade file
    assertThat(hs.listLevel(2)).hasSize(97);
    assertThat(hs.listLevel(4)).hasSize(1_229);
    assertThat(hs.listLevel(6)).hasSize(5_613);
    assertThat(hs.findProduct("850511").orElseThrow().description())
        .containsIgnoringCase("magnets");
  }
}
