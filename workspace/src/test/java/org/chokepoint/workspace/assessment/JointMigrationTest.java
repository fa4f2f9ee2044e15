package org.chokepoint.workspace.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.chokepoint.workspace.MemoryAudit;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.db.Database;
import org.chokepoint.workspace.db.EmbeddedPostgres;
import org.chokepoint.workspace.db.TestPostgres;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.Principal;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** An assessment saved before joint assessments existed becomes a draft of version 1. */
class JointMigrationTest {
  @Test
  void anAssessmentFromVersion20BecomesADraftThatCanBePublished() throws Exception {
    EmbeddedPostgres pg = TestPostgres.server();
    String name = "test_v20_" + ProcessHandle.current().pid();
    pg.dropDatabase(name);
    pg.createDatabase(name);
    Flyway.configure()
        .dataSource(pg.jdbcUrl(name), pg.user(), pg.password())
        .locations("classpath:db/migration")
        .target("20")
        .load()
        .migrate();
    try (Connection c = pg.connect(name);
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO organisations (name, kind, country) VALUES ('METI', 'government', 'JPN')");
      s.execute("INSERT INTO users (email) VALUES ('a@meti.example')");
      s.execute("INSERT INTO memberships VALUES (1, 1, 'analyst')");
      s.execute(
          "INSERT INTO assessments (owner_org, created_by, label, title, body, created_at,"
              + " updated_at) VALUES (1, 1, 'TLP:AMBER', 'Old one', 'Saved before V22', now(),"
              + " now())");
    }
    try (Database db = Database.on(pg, name);
        WorkspaceServices ws = new WorkspaceServices(db, new MemoryAudit(), Clock.systemUTC())) {
      Principal p = Principal.session(ws.users().byEmail("a@meti.example").orElseThrow());
      Joint.State s = ws.joint().state(p, 1, Action.READ);
      assertThat(s.version()).isEqualTo(1);
      assertThat(s.revision()).isZero();
      assertThat(s.published()).isFalse();
      assertThat(s.analyses()).isEmpty();
      assertThat(s.participants()).extracting(Joint.Participant::name).containsExactly("METI");
      Joint.State published = ws.joint().signOff(p, 1, null, 0);
      assertThat(published.published()).isTrue();
      assertThat(published.latest().orElseThrow().canonical())
          .contains("\"narrative\":\"Saved before V22\"", "\"analyses\":[]", "\"recipients\":[]");
      assertThat(ws.assessments().list(p, null, Action.LIST))
          .extracting(Assessment::title)
          .isEqualTo(List.of("Old one"));
    }
  }
}
