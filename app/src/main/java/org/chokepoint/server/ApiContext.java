package org.chokepoint.server;

import java.nio.file.Path;
import org.chokepoint.data.workspace.Workspace;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.screening.match.Thresholds;

/**
 * What every handler works with: the workspace of the data directory and the configured defaults.
 *
 * @param defaultPerspective perspective when a request names none
 * @param defaultConcern concern group when a request names none
 * @param screeningThresholds the scores at which screening calls a hit a match or a review
 */
public record ApiContext(
    Path dataDir,
    Workspace workspace,
    String defaultPerspective,
    String defaultConcern,
    Thresholds screeningThresholds) {

  /** With the documented screening thresholds. */
  public ApiContext(
      Path dataDir, Workspace workspace, String defaultPerspective, String defaultConcern) {
    this(dataDir, workspace, defaultPerspective, defaultConcern, Thresholds.DEFAULT);
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
