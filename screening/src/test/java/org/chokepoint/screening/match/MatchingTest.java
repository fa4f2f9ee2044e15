package org.chokepoint.screening.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.chokepoint.screening.Schema;
import org.junit.jupiter.api.Test;

/**
 * Scores, hand-computed from the formula of {@link NameMatcher} (weights: a word weighs its length
 * clamped to [2, 8]), decisions at the thresholds, and explanations.
 */
class MatchingTest {
  private final NamePreparer preparer = NamePreparer.standard();
  private final NameMatcher matcher = NameMatcher.standard();

  private NameMatch compare(String query, String listed, Schema schema) {
    return matcher.compare(preparer.prepare(query, schema), preparer.prepare(listed, schema));
  }

  @Test
  void sameWordsInAnyOrderScoreOne() {
    assertThat(compare("Vladimir Putin", "PUTIN, Vladimir", Schema.PERSON).score()).isEqualTo(1.0);
    assertThat(compare("Putin Vladimir", "Vladimir Putin", Schema.PERSON).score()).isEqualTo(1.0);
  }

  @Test
  void crossScriptAndLegalFormEquivalents() {
    assertThat(compare("Владимир Путин", "Vladimir Putin", Schema.PERSON).score()).isEqualTo(1.0);
    assertThat(compare("ООО Ромашка", "Romashka LLC", Schema.COMPANY).score()).isEqualTo(1.0);
    assertThat(
            compare("Toyota Jidosha Kabushiki Kaisha", "TOYOTA JIDOSHA CO., LTD.", Schema.COMPANY)
                .score())
        .isEqualTo(1.0);
  }

  @Test
  void aSurnameAloneAgainstALongerListedName() {
    // query "maduro" (weight 6) fully found; listed "nicolas maduro moros" weighs 7 + 6 + 5 = 18,
    // of which 6 matched: 1 × 1 × (1 − 0.4 × 12/18) = 0.7333
    assertThat(compare("maduro", "nicolas maduro moros", Schema.PERSON).score())
        .isCloseTo(1 - 0.4 * 12.0 / 18, within(1e-9));
  }

  @Test
  void aOneWordListedAliasInsideALongerQueryIsCapped() {
    // listed "Maria" is the shorter name and only one word of the query matched: at most 0.7
    NameMatch m = compare("Maria Fernanda Lopez", "Maria", Schema.PERSON);
    assertThat(m.score()).isEqualTo(NameMatcher.LISTED_SUBSET_CAP);
    assertThat(m.singleWordCapped()).isTrue();
  }

  @Test
  void numbersMustAgree() {
    // "corp" (a generic word, weight 2) pairs; the numbers (weight 3 on each side) differ, so they
    // stay unmatched and halve the score: coverage 2/5 on both sides,
    // 1 × 0.4 × (1 − 0.4 × 0.6) × 0.5 = 0.152
    NameMatch m = compare("11420 CORP", "11421 CORP", Schema.COMPANY);
    assertThat(m.numbers()).isEqualTo("differ");
    assertThat(m.score()).isCloseTo(0.4 * (1 - 0.4 * 0.6) * 0.5, within(1e-9));
    assertThat(compare("11,420.2-1 CORP.", "1142021 corp", Schema.COMPANY).score()).isEqualTo(1.0);
  }

  @Test
  void weakPairsCountLessThanTheirSimilarity() {
    assertThat(NameMatcher.evidence(0.95)).isEqualTo(0.95);
    assertThat(NameMatcher.evidence(0.8)).isCloseTo(0.65, within(1e-12));
  }

  @Test
  void spellingBlendsJaroWinklerAndEditDistance() {
    // Jaro–Winkler of borges/bor is 0.9 (Jaro 5/6, prefix 3); 0.2 + (1 − 3/6) = 0.7 is lower
    assertThat(TokenSimilarity.spelling("borges", "bor")).isCloseTo(0.7, within(1e-12));
    // the letter bound never cuts a pair the full computation would keep
    assertThat(TokenSimilarity.jaroWinklerBound("martha", "marhta"))
        .isGreaterThanOrEqualTo(JaroWinkler.similarity("martha", "marhta"));
    assertThat(TokenSimilarity.spelling("xyz", "abc")).isEqualTo(0.0);
  }

  @Test
  void decisionsAtTheThresholds() {
    Thresholds t = new Thresholds(0.88, 0.75);
    assertThat(t.decide(0.88)).isEqualTo(Decision.MATCH);
    assertThat(t.decide(0.8799)).isEqualTo(Decision.REVIEW);
    assertThat(t.decide(0.75)).isEqualTo(Decision.REVIEW);
    assertThat(t.decide(0.7499)).isEqualTo(Decision.NO_MATCH);
    assertThat(Decision.NO_MATCH.label()).isEqualTo("no-match");
    assertThatThrownBy(() -> new Thresholds(0.7, 0.8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("review-threshold <= match-threshold");
    assertThatThrownBy(() -> new Thresholds(1.2, 0.8)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void explanationSaysWhatMatchedWhatWasTransliteratedAndWhatDidNot() {
    PreparedName q = preparer.prepare("Vladimir Petrovich Putin", Schema.PERSON);
    PreparedName l = preparer.prepare("Владимир Путин", Schema.PERSON);
    NameMatch m = matcher.compare(q, l);
    Thresholds t = Thresholds.DEFAULT;
    String why = Explanation.of(q, l, m, t.decide(m.score()), t);
    assertThat(why)
        .contains("\"Vladimir\" ~ \"Владимир\" (read vladimir): same word after transliteration")
        .contains("Not found in the listed name: \"Petrovich\"")
        .contains("transliterated from Cyrillic: Владимир Путин → vladimir putin");
  }

  @Test
  void schemaRules() {
    assertThat(Schema.PERSON.compatibleWith(Schema.VESSEL)).isFalse();
    assertThat(Schema.VESSEL.compatibleWith(Schema.PERSON)).isFalse();
    assertThat(Schema.COMPANY.compatibleWith(Schema.ORGANIZATION)).isTrue();
    assertThat(Schema.PERSON.compatibleWith(Schema.UNKNOWN)).isTrue();
    assertThat(Schema.find("LegalEntity")).contains(Schema.LEGAL_ENTITY);
  }
}
