package org.chokepoint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BaciShapedTableTest {
  private static final BaciShapedTable TABLE =
      BaciShapedTable.generate(200_000, BaciShapedTable.DEFAULT_SEED);

  @Test
  void hasTheRowsAskedFor() {
    for (int rows : new int[] {0, 1, 1_000, 200_000}) {
      BaciShapedTable t = BaciShapedTable.generate(rows, 7);
      assertThat(t.rowCount()).isEqualTo(rows);
      assertThat(t.importer()).hasSize(rows);
      assertThat(t.hs6()).hasSize(rows);
      assertThat(t.year()).hasSize(rows);
      assertThat(t.value()).hasSize(rows);
    }
    assertThat(TABLE.rowCount()).isEqualTo(200_000);
  }

  @Test
  void hasEachExporterImporterProductAtMostOnce() {
    long[] keys = keys(TABLE);
    Arrays.sort(keys);
    for (int r = 1; r < keys.length; r++) {
      assertThat(keys[r]).as("row %d of the sorted triples", r).isNotEqualTo(keys[r - 1]);
    }
  }

  @Test
  void comesInBaciFileOrderByExporterImporterProduct() {
    long[] keys = keys(TABLE);
    for (int r = 1; r < keys.length; r++) {
      assertThat(keys[r]).as("row %d", r).isGreaterThan(keys[r - 1]);
    }
  }

  @Test
  void staysInItsShape() {
    int countries = TABLE.countryCount();
    for (int r = 0; r < TABLE.rowCount(); r++) {
      assertThat(TABLE.exporter()[r]).isBetween(0, countries - 1);
      assertThat(TABLE.importer()[r]).isBetween(0, countries - 1).isNotEqualTo(TABLE.exporter()[r]);
      assertThat(TABLE.hs6()[r]).isBetween(0, TABLE.productCount() - 1);
      assertThat(TABLE.year()[r]).isEqualTo((short) BaciShapedTable.DEFAULT_YEAR);
      assertThat(TABLE.value()[r]).isGreaterThanOrEqualTo(0.001).isLessThan(1e12);
    }
    assertThat(TABLE.describe()).contains("synthetic");
    assertThat(TableSummary.of(TABLE).lines()).allMatch(line -> line.startsWith("synthetic"));
  }

  @Test
  void isTheSameForTheSameSeed() {
    BaciShapedTable again = BaciShapedTable.generate(200_000, BaciShapedTable.DEFAULT_SEED);
    assertThat(again.exporter()).isEqualTo(TABLE.exporter());
    assertThat(again.importer()).isEqualTo(TABLE.importer());
    assertThat(again.hs6()).isEqualTo(TABLE.hs6());
    assertThat(again.value()).isEqualTo(TABLE.value());
    BaciShapedTable other = BaciShapedTable.generate(200_000, 1);
    assertThat(other.value()).isNotEqualTo(TABLE.value());
  }

  @Test
  void fillsSmallShapesUpToHalfOfAllTriples() {
    // 10 countries, 3 products: 90 ordered pairs per product, at most 45 flows each.
    BaciShapedTable full = BaciShapedTable.generate(135, 10, 3, 2000, 1);
    assertThat(full.rowCount()).isEqualTo(135);
    assertThat(Arrays.stream(keys(full)).distinct().count()).isEqualTo(135);
    assertThatThrownBy(() -> BaciShapedTable.generate(136, 10, 3, 2000, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static long[] keys(BaciShapedTable t) {
    long[] keys = new long[t.rowCount()];
    for (int r = 0; r < keys.length; r++) {
      keys[r] =
          ((long) t.exporter()[r] * t.countryCount() + t.importer()[r]) * t.productCount()
              + t.hs6()[r];
    }
    return keys;
  }
}
