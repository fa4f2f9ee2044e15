package org.chokepoint.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryGroupsTest {
  private final CountryGroups groups =
      new CountryGroups(
          List.of(
              new CountryGroup(
                  "jp-us", Set.of(CountryCode.of("JPN"), CountryCode.of("USA")), "", "src", "")));

  @Test
  void resolvesGroupNamesCodesAndLists() {
    assertThat(groups.resolve("jp-us").members()).hasSize(2);
    assertThat(groups.resolve("JP-US").name()).isEqualTo("jp-us");
    assertThat(groups.resolve("jpn").members()).containsExactly(CountryCode.of("JPN"));
    assertThat(groups.resolve("KOR, twn").members())
        .containsExactly(CountryCode.of("KOR"), CountryCode.of("TWN"));
  }

  @Test
  void unknownNamesListTheKnownGroups() {
    assertThatThrownBy(() -> groups.resolve("allies"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("allies")
        .hasMessageContaining("jp-us");
  }

  @Test
  void laterDefinitionsReplaceEarlierOnes() {
    CountryGroups replaced =
        groups.with(List.of(new CountryGroup("jp-us", Set.of(CountryCode.of("JPN")), "", "", "")));
    assertThat(replaced.resolve("jp-us").members()).containsExactly(CountryCode.of("JPN"));
  }

  @Test
  void codesAreValidated() {
    assertThatThrownBy(() -> CountryCode.of("JP")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new CountryGroup("Bad Name", Set.of(CountryCode.of("JPN")), "", "", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CountryGroup("empty", Set.of(), "", "", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
