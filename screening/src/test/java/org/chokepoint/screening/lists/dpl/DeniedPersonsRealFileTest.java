package org.chokepoint.screening.lists.dpl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.lists.ListImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Denied Persons List of September 2022 ({@code ../shared/data/lists/us-dpl/dpl.txt}): 581
 * lines after the header, 460 distinct names, 461 distinct (name, effective date) pairs (counted
 * with Python); Last_Update holds three impossible dates (0222-05-18, 2922-09-01, 3017-08-22).
 */
class DeniedPersonsRealFileTest {
  @TempDir Path dir;

  @Test
  void oneEntryPerDenialOrder() {
    ListImports.Imported r =
        ListImports.run(
            new DeniedPersonsImporter(), SharedData.require("lists/us-dpl/dpl.txt"), dir);
    assertThat(r.entities()).hasSize(461);
    assertThat(r.entities().stream().mapToInt(e -> e.addresses().size()).sum())
        .isLessThanOrEqualTo(581);
    assertThat(r.manifest().vintage()).isEqualTo("2022-09-02");
    assertThat(r.manifest().warnings()).filteredOn(w -> w.startsWith("Last_Update")).hasSize(3);
    ListedEntity anwar = r.named("ISSAM ANWAR");
    assertThat(anwar.addresses()).hasSize(4);
    assertThat(anwar.countries()).containsExactly("GBR", "LBN", "TUR", "SYR");
  }
}
