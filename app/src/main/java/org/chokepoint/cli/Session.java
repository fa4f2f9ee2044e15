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
 * @param workspaceServices opens the workspace database (embedded or configured) with its services
 * @param trustForwardedProto whether {@code serve} takes {@code X-Forwarded-Proto: https} as TLS
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
    WorkspaceOpener workspaceServices,
    boolean trustForwardedProto,
    DatabaseOpener workspaceDatabase) {
  public Session {
    pullSources = Map.copyOf(pullSources);
  }

  /** Opens the workspace database and its services; {@code log} hears about a server start-up. */
  @FunctionalInterface
  public interface WorkspaceOpener {
    org.chokepoint.workspace.WorkspaceServices open(java.util.function.Consumer<String> log);
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
