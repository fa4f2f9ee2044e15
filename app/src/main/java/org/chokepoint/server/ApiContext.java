package org.chokepoint.server;

import java.nio.file.Path;
import org.chokepoint.data.workspace.Workspace;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.screening.match.Thresholds;

/**
 * What every handler works with: the workspace of the data directory, the configured defaults and
 * the workspace database (accounts, labelled objects).
 *
 * @param defaultPerspective perspective when a request names none
 * @param defaultConcern concern group when a request names none
 * @param screeningThresholds the scores at which screening calls a hit a match or a review
 * @param workspaceServices the workspace database, possibly still starting
 * @param trustForwardedProto whether {@code X-Forwarded-Proto: https} counts as TLS
 */
public record ApiContext(
    Path dataDir,
    Workspace workspace,
    String defaultPerspective,
    String defaultConcern,
    Thresholds screeningThresholds,
    WorkspaceGate workspaceServices,
    boolean trustForwardedProto) {

  /** A context without a workspace database, with the documented screening thresholds. */
  public ApiContext(
      Path dataDir, Workspace workspace, String defaultPerspective, String defaultConcern) {
    this(
        dataDir,
        workspace,
        defaultPerspective,
        defaultConcern,
        Thresholds.DEFAULT,
        WorkspaceGate.none(),
        false);
  }

  /** The perspective a request names, else the configured default. */
  CountryGroup perspective(String requested) {
    return workspace.groups().resolve(requested == null ? defaultPerspective : requested);
  }

  /** The concern group a request names, else the configured default. */
  CountryGroup concern(String requested) {
    return workspace.groups().resolve(requested == null ? defaultConcern : requested);
  }
}
