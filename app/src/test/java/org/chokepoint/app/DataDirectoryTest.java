package org.chokepoint.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
  @Test
  void optionThenEnvironmentThenHome() {
    Map<String, String> env = Map.of("CHOKEPOINT_HOME", "/srv/cp");
    assertThat(DataDirectory.resolve(Path.of("/data/a"), env, "/home/u"))
        .isEqualTo(Path.of("/data/a"));
    assertThat(DataDirectory.resolve(null, env, "/home/u")).isEqualTo(Path.of("/srv/cp"));
    assertThat(DataDirectory.resolve(null, Map.of(), "/home/u"))
        .isEqualTo(Path.of("/home/u/.chokepoint"));
    assertThat(DataDirectory.resolve(null, Map.of("CHOKEPOINT_HOME", " "), "/home/u"))
        .isEqualTo(Path.of("/home/u/.chokepoint"));
  }
}
