package org.chokepoint.workspace.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresTest {

  /**
   * A new folder of its own under target: JUnit's temporary folders are closed to other users, and
   * as root the server runs as 'nobody' (see EmbeddedPostgres).
   */
  private static Path folder() throws Exception {
    Path dir = Path.of("target", "pg-" + System.nanoTime()).toAbsolutePath();
    Files.createDirectories(dir);
    return dir;
  }

  private final List<Path> clusters = new ArrayList<>();

  /** Starts a cluster and remembers its folder (which may have moved; see EmbeddedPostgres). */
  private EmbeddedPostgres started(Path folder, java.util.function.Consumer<String> log) {
    EmbeddedPostgres pg = EmbeddedPostgres.start(folder, log);
    clusters.add(pg.folder());
    return pg;
  }

  /** Clusters take about 100 MB each: remove them once stopped. */
  @AfterEach
  void removeClusters() throws Exception {
    for (Path c : clusters) {
      if (Files.exists(c)) {
        try (var walk = Files.walk(c)) {
          for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(x);
          }
        }
      }
    }
  }

  @Test
  void aClusterIsCreatedKeptAndFoundAgainAfterAStop() throws Exception {
    Path folder = folder().resolve("pg");
    List<String> log = new ArrayList<>();
    try (EmbeddedPostgres pg = started(folder, log::add)) {
      pg.createDatabase("kept");
      try (Connection c = pg.connect("kept");
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (x int)");
        s.execute("INSERT INTO t VALUES (42)");
      }
      assertThat(log).anyMatch(l -> l.startsWith("creating the workspace database cluster"));
    }
    log.clear();
    try (EmbeddedPostgres pg = started(folder, log::add);
        Connection c = pg.connect("kept");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT x FROM t")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(42);
      assertThat(log).noneMatch(l -> l.startsWith("creating"));
    }
  }

  /** A command run while {@code serve} is up must not stop the server's database when it exits. */
  @Test
  void onlyTheStartingInstanceStopsTheServer() throws Exception {
    Path folder = folder().resolve("pg");
    try (EmbeddedPostgres first = started(folder, l -> {})) {
      first.createDatabase("shared");
      EmbeddedPostgres second = started(folder, l -> {});
      assertThat(second.port()).isEqualTo(first.port());
      second.close();
      try (Connection c = first.connect("shared");
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT 1")) {
        assertThat(rs.next()).isTrue();
      }
    }
    assertThat(lastPidFile()).doesNotExist();
  }

  /** The postmaster.pid of the last cluster started (absent once its server stopped). */
  private Path lastPidFile() {
    return clusters.get(clusters.size() - 1).resolve("data/postmaster.pid");
  }

  @Test
  void aConnectionWithoutThePasswordIsRefused() throws Exception {
    try (EmbeddedPostgres pg = started(folder().resolve("pg"), l -> {})) {
      assertThat(pg.password()).hasSizeGreaterThanOrEqualTo(32);
      assertThat(Files.exists(pg.folder().resolve("password"))).isTrue();
      assertThatThrownBy(
              () -> DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", "wrong"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
    }
  }

  @Test
  void theClusterFolderIsPrivate() throws Exception {
    try (EmbeddedPostgres pg = started(folder().resolve("pg"), l -> {})) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pg.folder())))
          .isEqualTo("rwx------");
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(pg.folder().resolve("password"))))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void aMigratedDatabaseRecordsItsSchemaVersion() throws Exception {
    try (Database db = TestPostgres.freshDatabase();
        Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(1);
      assertThat(db.schemaVersion()).isNotBlank();
    }
  }

  @Test
  void whereAClusterIsKeptDoesNotChangeOnceItExists() throws Exception {
    Path parent = folder().resolve("private");
    Files.createDirectories(parent);
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx------"));
    Path requested = parent.resolve("postgres");
    // a new cluster, as root, where 'nobody' cannot reach: kept under /var/lib/chokepoint
    assertThat(EmbeddedPostgres.location(requested, true, l -> {}).toString())
        .startsWith("/var/lib/chokepoint/postgres-");
    // not root: where asked
    assertThat(EmbeddedPostgres.location(requested, false, l -> {})).isEqualTo(requested);
    // a cluster that exists is used where it is, whatever the permissions now say
    Files.createDirectories(requested.resolve("data"));
    Files.writeString(requested.resolve("data/PG_VERSION"), "17\n");
    assertThat(EmbeddedPostgres.location(requested, true, l -> {})).isEqualTo(requested);
  }

  @Test
  void databaseNamesThatAreNotPlainAreRefused() {
    EmbeddedPostgres pg = TestPostgres.server();
    assertThatThrownBy(() -> pg.createDatabase("x; DROP DATABASE postgres"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
