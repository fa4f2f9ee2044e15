package org.chokepoint.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.db.Database;
import org.chokepoint.workspace.db.EmbeddedPostgres;
import org.chokepoint.workspace.db.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The schema migrates from an empty database and from version 1 with its data kept. */
class MigrationTest {
  @Test
  void fromAnEmptyDatabase() throws Exception {
    try (Database db = TestPostgres.freshDatabase();
        Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_name IN ('organisations', 'users', 'memberships', 'api_tokens',"
                    + " 'sessions', 'login_failures', 'sharing_groups', 'sharing_group_members',"
                    + " 'assessments', 'object_recipients')")) {
      r.next();
      assertThat(r.getInt(1)).isEqualTo(10);
      assertThat(Integer.parseInt(db.schemaVersion())).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void fromVersionOneKeepingItsData() throws Exception {
    EmbeddedPostgres pg = TestPostgres.server();
    String name = "test_v1_" + ProcessHandle.current().pid();
    pg.dropDatabase(name);
    pg.createDatabase(name);
    Flyway.configure()
        .dataSource(pg.jdbcUrl(name), pg.user(), pg.password())
        .locations("classpath:db/migration")
        .target("1")
        .load()
        .migrate();
    try (Connection c = pg.connect(name);
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO workspace_info (key, value) VALUES ('note', 'from version 1')");
    }
    try (Database db = Database.on(pg, name);
        WorkspaceServices ws = new WorkspaceServices(db, new MemoryAudit(), Clock.systemUTC());
        Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT value FROM workspace_info WHERE key = 'note'")) {
      r.next();
      assertThat(r.getString(1)).isEqualTo("from version 1");
      ws.organisations().add("METI", OrganisationKind.GOVERNMENT, "JPN");
      assertThat(ws.organisations().list()).hasSize(1);
    }
  }
}
