package org.chokepoint.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chokepoint.screening.Schema;
import org.junit.jupiter.api.Test;

/**
 * Normalisation: case, accents, punctuation, "LAST, First" order, legal forms by class across
 * languages (the Japanese forms from the Companies Act of Japan, Russian ООО), stopwords, numbers.
 */
class NormalisationTest {
  private final NamePreparer preparer = NamePreparer.standard();
  private final TokenSimilarity similarity = new TokenSimilarity(NameTables.shipped());

  private List<String> latin(String name, Schema schema) {
    return preparer.prepare(name, schema).tokens().stream().map(NameToken::latin).toList();
  }

  private NameToken legalForm(String name) {
    return preparer.prepare(name, Schema.COMPANY).tokens().stream()
        .filter(t -> t.kind() == NameToken.Kind.LEGAL_FORM)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no legal form in " + name));
  }

  @Test
  void caseAccentsAndPunctuationAreFolded() {
    assertThat(latin("Nicolás  MADURO-Moros", Schema.PERSON))
        .containsExactly("nicolas", "maduro", "moros");
    assertThat(latin("O'Brien", Schema.PERSON)).containsExactly("obrien");
    assertThat(latin("A.I.C. SOGO KENKYUSHO", Schema.COMPANY))
        .containsExactly("aic", "sogo", "kenkyusho");
  }

  @Test
  void lastCommaFirstIsReorderedForPeopleOnly() {
    assertThat(preparer.prepare("PUTIN, Vladimir", Schema.PERSON).reordered())
        .isEqualTo("Vladimir PUTIN");
    assertThat(preparer.prepare("PUTIN, Vladimir", Schema.PERSON).notes())
        .anyMatch(n -> n.contains("LAST, First"));
    // a legal form or a suffix after the comma is not a given name
    assertThat(NameOrder.reorder("ACME, INC.", k -> k.equals("inc"))).isEqualTo("ACME, INC.");
    assertThat(NameOrder.reorder("SMITH, JR.", k -> false)).isEqualTo("SMITH, JR.");
    assertThat(NameOrder.reorder("11,420.2-1 CORP.", k -> false)).isEqualTo("11,420.2-1 CORP.");
    assertThat(preparer.prepare("ACME, Widgets", Schema.COMPANY).reordered())
        .isEqualTo("ACME, Widgets");
  }

  @Test
  void japaneseLegalFormsAreOneClassWithCoLtd() {
    // Companies Act of Japan (Act No. 86 of 2005): kabushiki kaisha, written 株式会社, (株), K.K.
    for (String name :
        List.of(
            "トヨタ自動車株式会社",
            "株式会社トヨタ",
            "(株)トヨタ",
            "Toyota K.K.",
            "Toyota Kabushiki Kaisha",
            "Toyota Kabushikigaisha")) {
      assertThat(legalForm(name).legalClass()).as(name).isEqualTo("JSC");
    }
    NameToken kk = legalForm("Toyota Jidosha K.K.");
    NameToken coLtd = legalForm("Toyota Jidosha Co., Ltd.");
    assertThat(coLtd.legalClass()).isEqualTo("LLC");
    // both are limited companies: equivalent
    assertThat(similarity.similarity(kk, coLtd)).isEqualTo(1.0);
    assertThat(similarity.relation(kk, coLtd)).isEqualTo(TokenSimilarity.Relation.LEGAL_EQUIVALENT);
    // the word left is the name itself, with the legal form noted in words
    PreparedName p = preparer.prepare("株式会社トヨタ", Schema.COMPANY);
    assertThat(
            p.tokens().stream().filter(t -> t.kind() == NameToken.Kind.WORD).map(NameToken::latin))
        .containsExactly("toyota");
    assertThat(p.notes()).anyMatch(n -> n.contains("\"株式会社\" is a legal form"));
  }

  @Test
  void russianOooIsALimitedLiabilityCompanyInEitherScript() {
    assertThat(legalForm("ООО Ромашка").legalClass()).isEqualTo("LLC");
    assertThat(legalForm("OOO Romashka").legalClass()).isEqualTo("LLC");
    assertThat(legalForm("Romashka GmbH").legalClass()).isEqualTo("LLC");
    assertThat(legalForm("Romashka LLC").legalClass()).isEqualTo("LLC");
    assertThat(legalForm("ПАО Газпром").legalClass()).isEqualTo("JSC");
  }

  @Test
  void chineseLegalFormIsFoundAtTheEnd() {
    assertThat(legalForm("华为技术有限公司").legalClass()).isEqualTo("LLC");
  }

  @Test
  void legalFormsAreNotTakenFromPeopleOrFromAOneWordName() {
    assertThat(preparer.prepare("Ltd", Schema.COMPANY).tokens())
        .extracting(NameToken::kind)
        .containsExactly(NameToken.Kind.WORD);
    assertThat(latin("Juan Sa", Schema.PERSON)).containsExactly("juan", "sa");
  }

  @Test
  void stopwordsAreDroppedFromOrganisationsAndNumbersSetApart() {
    assertThat(latin("Bank of China", Schema.COMPANY)).containsExactly("bank", "china");
    PreparedName p = preparer.prepare("11,420.2-1 CORP.", Schema.COMPANY);
    assertThat(p.digits()).isEqualTo("1142021");
  }

  @Test
  void initialsAndParticlesWeighLess() {
    PreparedName p = preparer.prepare("George W Bush", Schema.PERSON);
    assertThat(p.tokens())
        .extracting(NameToken::kind)
        .containsExactly(NameToken.Kind.WORD, NameToken.Kind.INITIAL, NameToken.Kind.WORD);
    PreparedName q = preparer.prepare("Ludwig van Beethoven", Schema.PERSON);
    assertThat(q.tokens().get(1).kind()).isEqualTo(NameToken.Kind.PARTICLE);
    assertThat(q.tokens().get(1).weight()).isEqualTo(1.0);
  }
}
