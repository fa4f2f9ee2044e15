package org.chokepoint.workspace.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chokepoint.workspace.contribution.PoolAggregator.Row;
import org.chokepoint.workspace.contribution.PoolAggregator.Source;
import org.chokepoint.workspace.contribution.PoolAggregator.View;
import org.junit.jupiter.api.Test;

/**
 * The microdata of the pooled views from the SYNTHETIC maps of firms A (organisation 1), B (2) and
 * C (3). Every expected row is read off {@link SyntheticMaps} by hand: one row per (cell, buying
 * entity), amounts of the links of that entity in the cell summed.
 */
class PoolAggregatorTest {
  static List<Source> sources() {
    return List.of(
        new Source(1, 11, 1, SyntheticMaps.parse(SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS)),
        new Source(2, 12, 1, SyntheticMaps.parse(SyntheticMaps.B_NODES, SyntheticMaps.B_LINKS)),
        new Source(3, 13, 1, SyntheticMaps.parse(SyntheticMaps.C_NODES, SyntheticMaps.C_LINKS)));
  }

  @Test
  void countryViewHasOneRowPerCellAndBuyingEntity() {
    assertThat(PoolAggregator.rows(View.COUNTRY, sources()))
        .containsExactly(
            new Row(List.of("neon", "CHN"), 30, "org:2/B-KR", "org:2", "CHN"),
            new Row(List.of("neon", "CHN"), 20, "org:3/C-US", "org:3", "CHN"),
            new Row(List.of("neon", "KOR"), 10, "org:1/A-JP", "group:GA", "KOR"),
            new Row(List.of("photoresist", "JPN"), 30, "org:1/A-JP", "group:GA", "JPN"),
            new Row(List.of("photoresist", "JPN"), 20, "org:1/A-US", "group:GA", "JPN"),
            new Row(List.of("photoresist", "JPN"), 40, "org:2/B-KR", "org:2", "JPN"),
            new Row(List.of("photoresist", "JPN"), 30, "org:3/C-US", "org:3", "JPN"),
            new Row(List.of("photoresist", "USA"), 10, "org:3/C-US", "org:3", "USA"),
            new Row(List.of("wafers", "TWN"), 100, "org:1/A-JP", "group:GA", "TWN"),
            new Row(List.of("wafers", "TWN"), 50, "org:2/B-KR", "org:2", "TWN"),
            new Row(List.of("wafers", "TWN"), 50, "org:3/C-US", "org:3", "TWN"));
  }

  @Test
  void supplierViewNamesSuppliersByNameAndCountryAcrossFirms() {
    List<Row> rows = PoolAggregator.rows(View.SUPPLIER, sources());
    // "SYNTHETIC Resist Co" of JPN is node S1 for A, R for B and R1 for C: one supplier
    assertThat(
            rows.stream()
                .filter(r -> r.coordinates().get(1).equals("SYNTHETIC Resist Co [JPN]"))
                .mapToDouble(Row::value)
                .sum())
        .isEqualTo(30 + 20 + 40 + 30);
    assertThat(rows.stream().map(r -> r.coordinates().get(1)).distinct().sorted())
        .containsExactly(
            "SYNTHETIC Neon Gas [KOR]",
            "SYNTHETIC Neon Works [CHN]",
            "SYNTHETIC Resist America [USA]",
            "SYNTHETIC Resist Co [JPN]",
            "SYNTHETIC Wafer Works [TWN]");
  }

  @Test
  void parallelLinksOfOneEntityAddUpAndEmptyFieldsGetTheirCategories() {
    var map =
        SyntheticMaps.parse(
            "id,kind,name,country\nF,firm,SYNTHETIC F,JPN\nX,firm,SYNTHETIC X,\n",
            "supplier,customer,product,amount\nX,F,,2.5\nX,F,,4\nX,F,neon,1\n");
    assertThat(PoolAggregator.rows(View.COUNTRY, List.of(new Source(7, 70, 2, map))))
        .containsExactly(
            new Row(List.of("neon", "unknown"), 1, "org:7/F", "org:7", "unknown"),
            new Row(List.of("unspecified", "unknown"), 6.5, "org:7/F", "org:7", "unknown"));
  }
}
