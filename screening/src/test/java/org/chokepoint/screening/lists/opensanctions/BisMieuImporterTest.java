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

/** On {@code fixtures/lists/opensanctions/us-bis-mieu.csv}: three rows, one ended. */
class BisMieuImporterTest {
  @TempDir Path dir;

  @Test
  void currentEndUsersWithAliasesAndCountries() {
    ListImports.Imported r =
        ListImports.run(
            new BisMieuImporter(), Fixtures.path("lists/opensanctions/us-bis-mieu.csv"), dir);
    assertThat(r.entities()).hasSize(2);
    ListedEntity dim = r.named("Directorate of Military Intelligence");
    assertThat(dim.schema()).isEqualTo(Schema.ORGANIZATION);
    assertThat(names(dim))
        .containsExactly("PRIMARY Directorate of Military Intelligence", "ALIAS DIM");
    assertThat(dim.countries()).containsExactly("CUB");
    assertThat(dim.listedOn()).isEqualTo("2021-03-16");
    assertThat(r.named("RGB").countries()).containsExactly("PRK");
    assertThat(r.manifest().vintage()).isEqualTo("2021-04-09");
    assertThat(r.manifest().warnings())
        .contains("\"Former Unit\" (line 4): listing ended, not imported");
    assertThat(r.manifest().licence()).contains("Public domain").contains("OpenSanctions");
  }
}
