package org.chokepoint.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.ListedName;
import org.chokepoint.screening.Schema;
import org.junit.jupiter.api.Test;

class EntryBuilderTest {
  @Test
  void namesAreCleanedKeptOnceAndOrderedByKind() {
    ListedEntity e =
        new EntryBuilder("l", "1", Schema.PERSON)
            .name("WEAK  ONE", ListedName.Kind.WEAK_ALIAS, "")
            .name(" MAIN\nNAME ", ListedName.Kind.PRIMARY, "")
            .name("ALIAS", ListedName.Kind.ALIAS, "en")
            .name("MAIN NAME", ListedName.Kind.ALIAS, "")
            .name("  ", ListedName.Kind.ALIAS, "")
            .country("RUS")
            .country("RUS")
            .country("")
            .identifier("Passport", " A1 ")
            .identifier("IMO", "")
            .remark("a")
            .remark("b")
            .remark("a")
            .listedOn("2020-01-01")
            .listedOn("2021-01-01")
            .build();
    assertThat(e.names())
        .containsExactly(
            new ListedName("MAIN NAME", ListedName.Kind.PRIMARY, ""),
            new ListedName("ALIAS", ListedName.Kind.ALIAS, "en"),
            new ListedName("WEAK ONE", ListedName.Kind.WEAK_ALIAS, ""));
    assertThat(e.countries()).containsExactly("RUS");
    assertThat(e.identifiers()).containsExactly("Passport: A1");
    assertThat(e.remarks()).isEqualTo("a; b");
    assertThat(e.listedOn()).isEqualTo("2020-01-01");
  }

  @Test
  void aNameGivenAsWeakAndAsStrongIsAnAlias() {
    ListedEntity e =
        new EntryBuilder("l", "1", Schema.PERSON)
            .name("P", ListedName.Kind.PRIMARY, "")
            .name("X", ListedName.Kind.WEAK_ALIAS, "")
            .name("Y", ListedName.Kind.ALIAS, "")
            .name("X", ListedName.Kind.ALIAS, "en")
            .build();
    assertThat(e.names())
        .containsExactly(
            new ListedName("P", ListedName.Kind.PRIMARY, ""),
            new ListedName("X", ListedName.Kind.ALIAS, "en"),
            new ListedName("Y", ListedName.Kind.ALIAS, ""));
  }

  @Test
  void anEntryNeedsAName() {
    assertThatThrownBy(() -> new EntryBuilder("l", "1", Schema.UNKNOWN).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void idsAreStableDigestsMadeUnique() {
    assertThat(EntryIds.digest("ISSAM ANWAR", "2022-05-13"))
        .hasSize(10)
        .isEqualTo(EntryIds.digest("ISSAM ANWAR", "2022-05-13"))
        .isNotEqualTo(EntryIds.digest("ISSAM ANWAR", "2022-05-14"));
    EntryIds ids = new EntryIds();
    assertThat(ids.unique("A")).isEqualTo("A");
    assertThat(ids.unique("A")).isEqualTo("A~2");
    assertThat(ids.unique("A")).isEqualTo("A~3");
  }
}
