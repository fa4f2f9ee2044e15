package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.chokepoint.workspace.MutableClock;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.chokepoint.workspace.account.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario jobs belong to who submitted them (DECISIONS D-ws-8): over real HTTP against real
 * PostgreSQL, a job is read by its submitter only; anyone else, a member of the same organisation
 * included, gets the answer of a job that does not exist.
 */
class ScenarioJobAccessTest {
  @TempDir Path home;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));

  private static final String TWO_SECTOR =
      "name: half of s2's final demand\n"
          + "table: {dataset: two-sector}\n"
          + "horizon: 40\n"
          + "parameters: {inventory_days: 15, inventory_tau: 6}\n"
          + "shocks:\n"
          + "  - {type: final_demand, sector: R/s2, categories: [fd], magnitude: 0.5,"
          + " duration: 10}\n";

  private static HttpResponse<String> get(WorkspaceServer s, String path, String token) {
    return s.send("GET", path, null, "Authorization", "Bearer " + token);
  }

  @Test
  void onlyTheSubmitterReadsAJobAndOthersGetTheAnswerOfAnUnknownOne() {
    try (WorkspaceServer s = new WorkspaceServer(home, clock, false)) {
      Organisation a = s.ws.organisations().add("Ministry A", OrganisationKind.GOVERNMENT, "JPN");
      Organisation b = s.ws.organisations().add("Firm B", OrganisationKind.FIRM, "USA");
      User ua = s.ws.users().add("aiko@a.example", "a long passphrase", a, Role.ANALYST);
      User ua2 = s.ws.users().add("akira@a.example", "a long passphrase", a, Role.ADMIN);
      User ub = s.ws.users().add("bob@b.example", "a long passphrase", b, Role.ADMIN);
      String ta = s.ws.tokens().create(ua, TokenScope.READ_WRITE, 1).secret();
      String ta2 = s.ws.tokens().create(ua2, TokenScope.READ_WRITE, 1).secret();
      String tb = s.ws.tokens().create(ub, TokenScope.READ_WRITE, 1).secret();
      String taRead = s.ws.tokens().create(ua, TokenScope.READ, 1).secret();

      HttpResponse<String> submitted =
          s.send(
              "POST",
              "/api/v1/simulate",
              TWO_SECTOR,
              "Authorization",
              "Bearer " + ta,
              "Content-Type",
              "text/yaml");
      assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
      String id = WorkspaceServer.json(submitted).get("id").asText();
      String location = "/api/v1/jobs/" + id;

      // the submitter reads it, by any of its credentials
      HttpResponse<String> mine = get(s, location, ta);
      assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
      assertThat(WorkspaceServer.json(mine).get("id").asText()).isEqualTo(id);
      assertThat(get(s, location, taRead).statusCode()).isEqualTo(200);

      // an id of the same form that no job has
      String unknown = id.equals("0123456789abcdef") ? "fedcba9876543210" : "0123456789abcdef";
      HttpResponse<String> missing = get(s, "/api/v1/jobs/" + unknown, tb);
      assertThat(missing.statusCode()).isEqualTo(404);

      for (String other : new String[] {tb, ta2}) {
        for (String suffix : new String[] {"", "?format=csv"}) {
          HttpResponse<String> theirs = get(s, location + suffix, other);
          HttpResponse<String> none = get(s, "/api/v1/jobs/" + unknown + suffix, other);
          assertThat(theirs.statusCode()).isEqualTo(404);
          assertThat(none.statusCode()).isEqualTo(404);
          // the same body once the id each request named is set aside
          assertThat(theirs.body().replace(id, "ID"))
              .isEqualTo(none.body().replace(unknown, "ID"))
              .doesNotContain("two-sector", "half of s2");
          assertThat(theirs.headers().firstValue("Content-Type"))
              .isEqualTo(none.headers().firstValue("Content-Type"));
        }
      }
      // anonymous callers are refused before any job is looked at, as for any members' route
      assertThat(s.send("GET", location, null).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void aBearerTokenOnAPublicRouteIsCheckedNotIgnored() {
    try (WorkspaceServer s = new WorkspaceServer(home, clock, false)) {
      Organisation a = s.ws.organisations().add("Ministry A", OrganisationKind.GOVERNMENT, "JPN");
      User ua = s.ws.users().add("aiko@a.example", "a long passphrase", a, Role.VIEWER);
      String ta = s.ws.tokens().create(ua, TokenScope.READ, 1).secret();
      String path = "/api/v1/minerals?year=2025&critical_only=true";
      HttpResponse<String> anonymous = s.send("GET", path, null);
      assertThat(anonymous.statusCode()).isEqualTo(200);
      HttpResponse<String> good = get(s, path, ta);
      assertThat(good.statusCode()).isEqualTo(200);
      assertThat(good.body()).isEqualTo(anonymous.body());
      HttpResponse<String> bad = get(s, path, ta + "x");
      assertThat(bad.statusCode()).isEqualTo(401);
      assertThat(bad.body()).contains("unknown, expired or revoked");
      assertThat(s.send("GET", path, null, "Authorization", "Basic YTpi").statusCode())
          .isEqualTo(401);
      // a session cookie on a public route costs nothing: it is not looked up
      assertThat(s.send("GET", path, null, "Cookie", "chokepoint_session=nonsense").statusCode())
          .isEqualTo(200);
    }
  }
}
