package org.chokepoint.screening.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.screening.lists.ListImports.names;

import java.nio.file.Path;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.ListedName;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.lists.ListImports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UN consolidated list in {@code ../shared/data/lists/un} (generated 2026-02-27). Counts by
 * {@code grep -c '<INDIVIDUAL>'} (730) and {@code grep -c '<ENTITY>'} (273); aliases counted with
 * Python's ElementTree: 615 named aliases of quality "Low", 378 names in original script.
 */
class UnConsolidatedRealFileTest {
  @TempDir static Path dir;
  static ListImports.Imported un;

  @BeforeAll
  static void importRealFile() {
    un =
        ListImports.run(
            new UnConsolidatedImporter(), SharedData.require("lists/un/UN_consolidated.xml"), dir);
  }

  @Test
  void everyIndividualAndEntityIsAnEntry() {
    assertThat(un.entities()).hasSize(730 + 273);
    assertThat(un.entities().stream().filter(e -> e.schema() == Schema.PERSON)).hasSize(730);
    assertThat(un.manifest().vintage()).isEqualTo("2026-02-27");
  }

  @Test
  void weakAliasesAndNamesInOriginalScript() {
    assertThat(un.count(ListedName.Kind.WEAK_ALIAS)).isEqualTo(615);
    assertThat(un.entities().stream().flatMap(e -> e.names().stream())).hasSize(4_121);
  }

  @Test
  void dokuUmarov() {
    ListedEntity e = un.entry("QDi.290");
    assertThat(e.name()).isEqualTo("DOKU KHAMATOVICH UMAROV");
    assertThat(names(e))
        .contains(
            "ALIAS Умаров Доку Хаматович", "ALIAS Lom-ali Butayev (Butaev)", "ALIAS Dokka Umarov");
    assertThat(e.countries()).containsExactly("RUS"); // "former Soviet Union" is reported instead
    assertThat(e.birthDates()).containsExactly("1964-04-13", "1965-04-13", "1964-05-12", "1955");
    assertThat(e.identifiers()).containsExactly("Passport: 96 03 464086 (Russian Federation)");
    assertThat(e.programmes()).containsExactly("Al-Qaida");
    assertThat(e.listedOn()).isEqualTo("2011-03-10");
  }

  @Test
  void aLowQualityAliasIsWeak() {
    ListedEntity e = un.entry("CDi.003"); // GASTON IYAMUREMYE, a.k.a. "Rumuli" (Low)
    assertThat(names(e)).contains("WEAK_ALIAS Rumuli", "ALIAS Victor Rumuri");
  }
}
