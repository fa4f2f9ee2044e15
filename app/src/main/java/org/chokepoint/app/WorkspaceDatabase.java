package org.chokepoint.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.chokepoint.workspace.db.Database;

/**
 * Opens the workspace database of a data directory: the embedded PostgreSQL server kept in {@code
 * DATA_DIR/postgres} (DECISIONS.md D-ws-1), started if it is not running, its schema migrated.
 */
public final class WorkspaceDatabase {
  private WorkspaceDatabase() {}

  /** The folder of the embedded server in a data directory. */
  public static Path folder(Path dataDir) {
    return dataDir.resolve("postgres");
  }

  /** Opens (starting the embedded server if needed) the workspace database; close it after use. */
  public static Database open(Path dataDir, Consumer<String> log) {
    return Database.embedded(folder(dataDir), log);
  }
}
