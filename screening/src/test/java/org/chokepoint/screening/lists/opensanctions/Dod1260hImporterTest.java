package org.chokepoint.screening.lists.opensanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.screening.lists.ListImports.names;

import java.nio.file.Path;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.lists.ListImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On {@code fixtures/lists/opensanctions/us-dod-1260h.csv}: four rows, three companies. */
class Dod1260hImporterTest {
  @TempDir Path dir;

  @Test
  void oneEntryPerCompanyRemovalsLeftOut() {
    ListImports.Imported r =
        ListImports.run(
            new Dod1260hImporter(), Fixtures.path("lists/opensanctions/us-dod-1260h.csv"), dir);
    assertThat(r.entities())
        .extracting(ListedEntity::name)
        .containsExactly(
            "Aviation Industry Corporation of China Ltd.", "Hesai Technology Co., Ltd.");
    ListedEntity avic = r.entities().get(0);
    assertThat(avic.schema()).isEqualTo(Schema.COMPANY);
    assertThat(names(avic))
        .containsExactly("PRIMARY Aviation Industry Corporation of China Ltd.", "ALIAS AVIC");
    assertThat(avic.listedOn()).isEqualTo("2021-06-03");
    assertThat(avic.remarks()).isEqualTo("On the lists of 2021-06-03, 2025-01-07");
    ListedEntity hesai = r.entities().get(1);
    assertThat(names(hesai))
        .containsExactly(
            "PRIMARY Hesai Technology Co., Ltd.",
            "ALIAS Hesai",
            "ALIAS Hesai Photonics",
            "ALIAS Hesai Science");
    assertThat(hesai.remarks())
        .isEqualTo(
            "Parent: Hesai Group; Identified again after review; On the lists of 2025-01-07");
    assertThat(r.manifest().vintage()).isEqualTo("2025-01-07");
    assertThat(r.manifest().warnings())
        .contains("\"China Telecommunications Corporation\" (line 4): removed, not imported");
  }
}
