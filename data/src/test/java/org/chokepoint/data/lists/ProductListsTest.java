package org.chokepoint.data.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The shipped index and list files load, and every list keeps the rules of the file format. */
class ProductListsTest {
  private final ProductLists lists = ProductLists.bundled();

  @Test
  void theIndexNamesThreeListsWithTheirSources() {
    assertThat(lists.ids())
        .containsExactly("jp-critical", "us-critical-minerals-2025", "eu-crm-2023");
    assertThat(lists.listLists())
        .allSatisfy(
            l -> {
              assertThat(l.url()).startsWith("https://");
              assertThat(l.licence())
                  .isEqualTo(
                      "Compilation: Apache-2.0; underlying lists are government publications");
              assertThat(l.note()).contains("HS 2017");
              assertThat(l.items()).isNotEmpty();
            });
    assertThat(lists.getList("eu-crm-2023").published()).isEqualTo(LocalDate.of(2024, 5, 3));
  }

  @Test
  void getListNamesTheKnownListsWhenTheIdIsUnknown() {
    assertThat(lists.findList("cn-export-controls")).isEmpty();
    assertThatThrownBy(() -> lists.getList("cn-export-controls"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("cn-export-controls")
        .hasMessageContaining("jp-critical, us-critical-minerals-2025, eu-crm-2023");
  }

  @Test
  void everyMappedRowHasACodeAndEveryUnmappedRowExplainsWhy() {
    for (ProductList l : lists.listLists()) {
      for (ListItem i : l.items()) {
        assertThat(i.mappings()).as(l.id() + " / " + i.name()).isNotEmpty();
        for (HsMapping m : i.mappings()) {
          assertThat(m.mapped()).isEqualTo(!m.hs().isEmpty());
          assertThat(m.note()).as(l.id() + " / " + i.name() + " / " + m.hs()).isNotBlank();
        }
      }
    }
  }

  @Test
  void hsCodesAreTheDistinctCodesOfAllItemsInOrder() {
    ProductList eu = lists.getList("eu-crm-2023");
    // 811292 carries gallium, germanium, hafnium, niobium and vanadium but is listed once
    assertThat(eu.hsCodes()).containsOnlyOnce("811292").isSorted().doesNotContain("");
    assertThat(eu.hsCodes())
        .containsAll(eu.findItem("Gallium").orElseThrow().hsCodes())
        .contains("7110", "270112");
  }
}
