package org.chokepoint.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.chokepoint.screening.Schema;
import org.junit.jupiter.api.Test;

/**
 * Transliteration to Latin with ICU4J, against the published systems: BGN/PCGN for Russian (Щ shch,
 * Ж zh, Ё ë → e), UNGEGN (ELOT 743) for Greek, Hanyu Pinyin for Han characters, Hepburn for kana,
 * the Revised Romanization of Korean for Hangul; the original script is kept for display.
 */
class TransliterationTest {
  private final NamePreparer preparer = NamePreparer.standard();

  @Test
  void cyrillicByBgnPcgn() {
    assertThat(Latin.ascii("Путин")).isEqualTo("putin");
    assertThat(Latin.ascii("Щукин")).isEqualTo("shchukin");
    assertThat(Latin.ascii("Жуков")).isEqualTo("zhukov");
  }

  @Test
  void greekHanKanaAndHangul() {
    assertThat(Latin.ascii("Νικόλαος")).isEqualTo("nikolaos");
    assertThat(Latin.ascii("习近平")).isEqualTo("xijinping");
    assertThat(Latin.ascii("トヨタ")).isEqualTo("toyota");
    assertThat(Latin.ascii("さくら")).isEqualTo("sakura");
    assertThat(Latin.ascii("김")).isEqualTo("gim");
    assertThat(Latin.ascii("Müller")).isEqualTo("muller");
  }

  @Test
  void originalScriptIsKeptBesideTheLatinForm() {
    PreparedName p = preparer.prepare("Владимир Путин", Schema.PERSON);
    assertThat(p.original()).isEqualTo("Владимир Путин");
    assertThat(p.tokens()).extracting(NameToken::text).containsExactly("Владимир", "Путин");
    assertThat(p.tokens()).extracting(NameToken::latin).containsExactly("vladimir", "putin");
    assertThat(p.tokens()).extracting(NameToken::script).containsOnly(Script.CYRILLIC);
    assertThat(p.notes()).contains("transliterated from Cyrillic: Владимир Путин → vladimir putin");
  }

  @Test
  void hanCharactersAreOneWordEachAndTraditionalFoldsToSimplified() {
    PreparedName simplified = preparer.prepare("华为", Schema.COMPANY);
    PreparedName traditional = preparer.prepare("華為", Schema.COMPANY);
    assertThat(simplified.tokens()).extracting(NameToken::latin).containsExactly("hua", "wei");
    assertThat(traditional.tokens())
        .extracting(NameToken::key)
        .isEqualTo(simplified.tokens().stream().map(NameToken::key).toList());
  }

  @Test
  void koreanSurnameHasItsCustomarySpelling() {
    PreparedName p = preparer.prepare("김정은", Schema.PERSON);
    assertThat(p.tokens().get(0).latin()).isEqualTo("gim");
    assertThat(p.tokens().get(0).alt()).isEqualTo("kim");
  }
}
