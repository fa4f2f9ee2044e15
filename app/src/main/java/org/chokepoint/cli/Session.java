package org.chokepoint.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.chokepoint.data.workspace.Workspace;
import org.chokepoint.screening.match.Thresholds;

/**
 * What a command works with: the workspace of the chosen data directory and the settings that fill
 * in options not given.
 *
 * @param pullSources official download address per source name
 * @param screeningThresholds the scores at which {@code screen} calls a hit a match or a review
 */
public record Session(
    Path dataDir,
    Workspace workspace,
    String defaultPerspective,
    String defaultConcern,
    Duration pullTimeout,
    Map<String, URI> pullSources,
    Thresholds screeningThresholds) {
  public Session {
    pullSources = Map.copyOf(pullSources);
  }

  /** Opens a session for a data directory option and {@code --group} options. */
  @FunctionalInterface
  public interface Opener {
    Session open(Path dataDirOption, java.util.List<String> groupOptions);
  }
}
