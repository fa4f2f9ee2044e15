package org.chokepoint.data.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code jp-critical}: the specified critical products (特定重要物資) of Cabinet Order No. 394 of 2022,
 * Article 1, as amended.
 */
class JapanCriticalProductsTest {
  private final ProductList jp = ProductLists.bundled().getList("jp-critical");

  @Test
  void sixteenProducts() {
    // 11 by Cabinet Order No. 394 of 2022-12-23 (Japanese Law Translation database, Article 1),
    // + advanced electronic components (Feb 2024, Kyodo) + ventilators, unmanned aircraft,
    // artificial satellites and rocket parts (order decided 2025-12-19, Jiji Press: "16に増える")
    assertThat(jp.items()).hasSize(16);
    assertThat(jp.items().get(0).localName()).isEqualTo("抗菌性物質製剤");
    assertThat(jp.items())
        .extracting(ListItem::localName)
        .contains("永久磁石", "蓄電池", "可燃性天然ガス", "金属鉱産物", "人工呼吸器", "無人航空機");
  }

  @Test
  void permanentMagnetsAreHeading8505Magnets() {
    ListItem magnets = jp.findItem("Permanent magnets").orElseThrow();
    assertThat(magnets.hsCodes()).containsExactly("850511", "850519");
    assertThat(magnets.mappings()).allMatch(m -> m.mapping() == Mapping.EXACT);
  }

  @Test
  void cloudProgramsAndDronesHaveNoGoodsCode() {
    assertThat(jp.findItem("Cloud programs").orElseThrow().hsCodes()).isEmpty();
    ListItem drones = jp.findItem("Unmanned aircraft").orElseThrow();
    assertThat(drones.hsCodes()).isEmpty();
    assertThat(drones.mappings().get(0).note()).contains("HS 2022 adds heading 8806");
  }

  @Test
  void criticalMineralsNameAllThirtyFiveMineralsOfTheOrder() {
    // Item 10 of the Order: 金属鉱産物 limited to these 35, in the Order's sequence
    List<String> minerals =
        List.of(
            "マンガン", "ニッケル", "クロム", "タングステン", "モリブデン", "コバルト", "ニオブ", "タンタル", "アンチモン", "リチウム", "ボロン",
            "チタン", "バナジウム", "ストロンチウム", "希土類金属", "白金族", "ベリリウム", "ガリウム", "ゲルマニウム", "セレン", "ルビジウム",
            "ジルコニウム", "インジウム", "テルル", "セシウム", "バリウム", "ハフニウム", "レニウム", "タリウム", "ビスマス", "グラファイト",
            "フッ素", "マグネシウム", "シリコン", "リン");
    assertThat(minerals).hasSize(35).doesNotHaveDuplicates();
    ListItem item = jp.findItem("Metallic mineral products (critical minerals)").orElseThrow();
    String notes = String.join("\n", item.mappings().stream().map(HsMapping::note).toList());
    for (String m : minerals) {
      assertThat(notes).as(m).contains("(" + m + ")");
    }
    // gallium sits in the HS 2017 basket 8112.92, all of whose metals are on the Order's list
    HsMapping basket =
        item.mappings().stream().filter(m -> m.hs().equals("811292")).findFirst().orElseThrow();
    assertThat(basket.mapping()).isEqualTo(Mapping.EXACT);
    assertThat(basket.note()).contains("gallium (ガリウム)", "rhenium (レニウム)");
  }
}
