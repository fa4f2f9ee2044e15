package org.chokepoint.screening.lists.csl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.lists.ListImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2019 sample of the Consolidated Screening List ({@code ../shared/data/lists/us-csl-2019}):
 * 115 rows (Python csv module), of which SDN 28, SSI 26, Entity List 22, PLC 13, ITAR debarred 10,
 * DPL 8, Unverified List 4, ISN 3, CAP 1.
 */
class ConsolidatedScreeningListRealFileTest {
  @TempDir Path dir;

  @Test
  void everyRowIsAnEntryUnderItsSubList() {
    ListImports.Imported r =
        ListImports.run(
            new ConsolidatedScreeningListImporter(),
            SharedData.require("lists/us-csl-2019/csl.csv"),
            dir);
    assertThat(r.entities()).hasSize(115);
    Map<String, Long> bySubList =
        r.entities().stream()
            .collect(Collectors.groupingBy(e -> e.programmes().get(0), Collectors.counting()));
    assertThat(bySubList)
        .containsEntry("Specially Designated Nationals (SDN) - Treasury Department", 28L)
        .containsEntry("Entity List (EL) - Bureau of Industry and Security", 22L)
        .containsEntry("Denied Persons List (DPL) - Bureau of Industry and Security", 8L)
        .hasSize(9);
    assertThat(r.manifest().vintage()).isEqualTo("2019"); // folder us-csl-2019
    ListedEntity gazprombank = r.entry("SSI-17016");
    assertThat(gazprombank.names()).hasSize(7);
    assertThat(gazprombank.identifiers()).contains("SWIFT/BIC: GAZPRUMM");
    assertThat(gazprombank.countries()).containsExactly("RUS");
    // Gunther Migeotte is on the Entity List five times, once per address: five entries
    assertThat(r.entities().stream().filter(e -> e.name().equals("Gunther Migeotte"))).hasSize(5);
  }
}
