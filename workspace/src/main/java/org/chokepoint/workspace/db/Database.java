package org.chokepoint.workspace.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The workspace database: a connection pool (HikariCP) on a PostgreSQL server whose schema is
 * brought up to date by the Flyway migrations in {@code db/migration} when it opens.
 *
 * <p>Either an external server ({@link #external}) or the embedded one kept in the data directory
 * ({@link #embedded}); only workspace state lives here, analytical datasets stay in the catalog.
 */
public final class Database implements AutoCloseable {

  /** The name of the workspace database inside the embedded cluster. */
  public static final String EMBEDDED_NAME = "chokepoint";

  private final HikariDataSource pool;
  private final EmbeddedPostgres embedded;
  private final MigrateResult migration;

  private Database(HikariDataSource pool, EmbeddedPostgres embedded) {
    this.pool = pool;
    this.embedded = embedded;
    try {
      this.migration =
          Flyway.configure()
              .dataSource(pool)
              .locations("classpath:db/migration")
              .failOnMissingLocations(true)
              .load()
              .migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw new IllegalStateException("migrating the workspace database: " + e.getMessage(), e);
    }
  }

  /** Opens an external server, such as {@code jdbc:postgresql://db.example/chokepoint}. */
  public static Database external(String url, String user, String password) {
    return new Database(pool(url, user, password, 10), null);
  }

  /**
   * Starts the embedded server kept in {@code folder} (see {@link EmbeddedPostgres}) and opens its
   * workspace database.
   */
  public static Database embedded(Path folder, Consumer<String> log) {
    EmbeddedPostgres pg = EmbeddedPostgres.start(folder, log);
    try {
      pg.createDatabase(EMBEDDED_NAME);
      return new Database(pool(pg.jdbcUrl(EMBEDDED_NAME), pg.user(), pg.password(), 8), pg);
    } catch (RuntimeException e) {
      pg.close();
      throw e;
    }
  }

  /**
   * Opens one database of a running embedded server without owning the server (tests use one
   * database each on a shared server).
   */
  public static Database on(EmbeddedPostgres pg, String database) {
    pg.createDatabase(database);
    return new Database(pool(pg.jdbcUrl(database), pg.user(), pg.password(), 4), null);
  }

  private static HikariDataSource pool(String url, String user, String password, int size) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(url);
    c.setUsername(user);
    c.setPassword(password);
    c.setMaximumPoolSize(size);
    c.setPoolName("chokepoint-workspace");
    c.setAutoCommit(true);
    return new HikariDataSource(c);
  }

  public DataSource dataSource() {
    return pool;
  }

  public Connection connection() throws SQLException {
    return pool.getConnection();
  }

  /** The schema version after opening, for the health endpoint and {@code data} listings. */
  public String schemaVersion() {
    return migration.targetSchemaVersion != null
        ? migration.targetSchemaVersion
        : String.valueOf(migration.initialSchemaVersion);
  }

  @Override
  public void close() {
    pool.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
