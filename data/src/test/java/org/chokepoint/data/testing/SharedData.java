package org.chokepoint.data.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public data sets in {@code ../shared/data} (system property {@code
 * chokepoint.sharedData}, set by the build). A test that needs one calls {@link #require} and is
 * skipped, with a message naming the file, when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String p = System.getProperty("chokepoint.sharedData", "../../shared/data");
    return Path.of(p).toAbsolutePath().normalize();
  }

  /** The file or folder at {@code relative}, or a skipped test when it is absent. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(
        Files.exists(p),
        "skipped: shared data file "
            + p
            + " is absent (tests on the real file need ../shared/data)");
    return p;
  }
}
