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
 * @param workspaceDatabase opens the workspace database (PostgreSQL) of the data directory
 */
public record Session(
    Path dataDir,
    Workspace workspace,
    String defaultPerspective,
    String defaultConcern,
    Duration pullTimeout,
    Map<String, URI> pullSources,
    Thresholds screeningThresholds,
    DatabaseOpener workspaceDatabase) {
  public Session {
    pullSources = Map.copyOf(pullSources);
  }

  /** Opens the workspace database; the caller closes it. */
  @FunctionalInterface
  public interface DatabaseOpener {
    /**
     * @param log receives the steps worth telling (starting the embedded server, creating it)
     */
    org.chokepoint.workspace.db.Database open(java.util.function.Consumer<String> log);
  }

  /** Opens a session for a data directory option and {@code --group} options. */
  @FunctionalInterface
  public interface Opener {
    Session open(Path dataDirOption, java.util.List<String> groupOptions);
  }
}
