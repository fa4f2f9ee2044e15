package org.chokepoint.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a workspace keeps its data: {@code --data-dir DIR}, else the {@code CHOKEPOINT_HOME}
 * environment variable, else {@code ~/.chokepoint}. Separate directories never touch each other.
 */
public final class DataDirectory {
  public static final String ENV = "CHOKEPOINT_HOME";

  private DataDirectory() {}

  public static Path resolve(Path option, Map<String, String> env, String userHome) {
    if (option != null) {
      return option.toAbsolutePath().normalize();
    }
    String home = env.get(ENV);
    if (home != null && !home.isBlank()) {
      return Path.of(home).toAbsolutePath().normalize();
    }
    return Path.of(userHome, ".chokepoint").toAbsolutePath().normalize();
  }
}
