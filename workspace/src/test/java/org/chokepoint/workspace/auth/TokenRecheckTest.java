package org.chokepoint.workspace.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.chokepoint.workspace.MemoryAudit;
import org.chokepoint.workspace.MutableClock;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.chokepoint.workspace.account.User;
import org.chokepoint.workspace.db.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Checked tokens are trusted for {@link Authenticator#TOKEN_RECHECK_NANOS} without asking the
 * database again (DECISIONS D-ws-8): changes made in this process count at once, changes made by
 * another process (here: SQL on the same database) once that time has passed.
 */
class TokenRecheckTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
  private final WorkspaceServices ws =
      new WorkspaceServices(TestPostgres.freshDatabase(), new MemoryAudit(), clock);

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void aRoleChangeHereCountsAtOnceARevocationElsewhereWithinTheRecheckTime() throws Exception {
    Organisation a = ws.organisations().add("METI", OrganisationKind.GOVERNMENT, "JPN");
    Organisation b = ws.organisations().add("Firm B", OrganisationKind.FIRM, "USA");
    User u = ws.users().add("a@example.jp", "pw-1234567", a, Role.VIEWER);
    String secret = ws.tokens().create(u, TokenScope.READ, 30).secret();
    assertThat(ws.authenticator().byToken(secret).orElseThrow().roles()).containsOnlyKeys(a.id());

    ws.users().join(u.id(), b, Role.ANALYST);
    assertThat(ws.authenticator().byToken(secret).orElseThrow().roles())
        .containsOnlyKeys(a.id(), b.id());

    // revoked behind this process's back, as `chokepoint admin token revoke` does
    try (var c = ws.database().connection();
        var s = c.createStatement()) {
      assertThat(s.executeUpdate("UPDATE api_tokens SET revoked_at = now()")).isEqualTo(1);
    }
    long deadline = System.nanoTime() + Authenticator.TOKEN_RECHECK_NANOS + 1_000_000_000L;
    while (ws.authenticator().byToken(secret).isPresent()) {
      assertThat(System.nanoTime())
          .as("still accepted after the recheck time")
          .isLessThan(deadline);
      Thread.sleep(100);
    }
    assertThat(ws.authenticator().byToken(secret)).isEmpty();
  }
}
