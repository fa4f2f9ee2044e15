package org.chokepoint.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chokepoint.geo.CountryGroup;
import org.junit.jupiter.api.Test;

/** docs/configuration.md documents every configuration key, and the shipped groups are valid. */
class ConfigurationDocTest {
  @Test
  void everyKeyIsDocumented() throws IOException {
    Path doc =
        Path.of(System.getProperty("chokepoint.projectRoot", ".."))
            .resolve("docs/configuration.md");
    String text = Files.readString(doc);
    for (String key : keys(ChokepointConfig.class)) {
      assertThat(text).as("docs/configuration.md mentions `%s`", key).contains("`" + key + "`");
    }
  }

  private static List<String> keys(Class<?> type) {
    List<String> keys = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      var json = c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      if (json == null) {
        json = c.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      }
      keys.add(json != null ? json.value() : c.getName());
      if (c.getType().isRecord()) {
        keys.addAll(keys(c.getType()));
      }
    }
    keys.addAll(List.of("title", "members", "source", "note")); // GroupSetting, inside a map
    return keys;
  }

  @Test
  void shippedGroupsCiteTheirSources() {
    List<CountryGroup> groups = ConfigLoader.shippedGroups();
    assertThat(groups)
        .extracting(CountryGroup::name)
        .contains("jp-us", "g7", "quad", "ipef", "eu27", "us-foreign-adversaries");
    assertThat(groups).allMatch(g -> !g.source().isBlank());
    CountryGroup eu =
        groups.stream().filter(g -> g.name().equals("eu27")).findFirst().orElseThrow();
    assertThat(eu.members()).hasSize(27);
    CountryGroup ipef =
        groups.stream().filter(g -> g.name().equals("ipef")).findFirst().orElseThrow();
    assertThat(ipef.members()).hasSize(14);
    assertThat(Set.copyOf(ConfigLoader.parseGroupOption("x=jpn, usa").members())).hasSize(2);
  }
}
