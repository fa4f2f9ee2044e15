package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.chokepoint.workspace.account.User;
import org.chokepoint.workspace.audit.AuditEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/v1/admin/...} over real HTTP and PostgreSQL: an admin manages only its own
 * organisations (DECISIONS D-ws-7), everyone its own tokens, and every change is audited. Fixture:
 * admin and analyst of A, admin of B; Carol is a member of both A (viewer) and B (analyst).
 */
class AdminApiTest {
  static final String JSON = "application/json";
  @TempDir static Path home;
  static WorkspaceServer s;
  static String adminA;
  static String analystA;
  static String adminB;
  static String readOnlyAdminA;
  static User carol;

  @BeforeAll
  static void start() {
    s = new WorkspaceServer(home, Clock.systemUTC(), false);
    Organisation a = s.ws.organisations().add("Ministry A", OrganisationKind.GOVERNMENT, "JPN");
    Organisation b = s.ws.organisations().add("Firm B", OrganisationKind.FIRM, "DEU");
    User aa = s.ws.users().add("admin@a.example", "password-a", a, Role.ADMIN);
    User an = s.ws.users().add("analyst@a.example", "password-a", a, Role.ANALYST);
    User ba = s.ws.users().add("admin@b.example", "password-b", b, Role.ADMIN);
    carol = s.ws.users().add("carol@b.example", "password-c", b, Role.ANALYST);
    carol = s.ws.users().join(carol.id(), a, Role.VIEWER);
    adminA = s.ws.tokens().create(aa, TokenScope.READ_WRITE, 1).secret();
    readOnlyAdminA = s.ws.tokens().create(aa, TokenScope.READ, 1).secret();
    analystA = s.ws.tokens().create(an, TokenScope.READ_WRITE, 1).secret();
    adminB = s.ws.tokens().create(ba, TokenScope.READ_WRITE, 1).secret();
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  static HttpResponse<String> get(String token, String path) {
    return s.send("GET", path, null, "Authorization", "Bearer " + token);
  }

  static HttpResponse<String> post(String token, String path, String body) {
    return s.send("POST", path, body, "Authorization", "Bearer " + token, "Content-Type", JSON);
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.get(field).asText()));
    return out;
  }

  @Test
  void anAdminSeesItsOwnOrganisationsAndTheirUsersOnly() {
    JsonNode orgs = WorkspaceServer.json(get(adminA, "/api/v1/admin/organisations"));
    assertThat(texts(orgs.get("organisations"), "name")).containsExactly("Ministry A");

    JsonNode users = WorkspaceServer.json(get(adminA, "/api/v1/admin/users"));
    assertThat(texts(users.get("users"), "email"))
        .containsExactly("admin@a.example", "analyst@a.example", "carol@b.example");
    // Carol's membership of B is not A's business
    JsonNode c = users.get("users").get(2).get("memberships");
    assertThat(c).hasSize(1);
    assertThat(c.get(0).get("organisation").asText()).isEqualTo("Ministry A");
    assertThat(c.get(0).get("role").asText()).isEqualTo("viewer");

    HttpResponse<String> csv = get(adminB, "/api/v1/admin/users?format=csv");
    assertThat(csv.body().lines().toList())
        .containsExactly(
            "id,email,memberships,local,disabled",
            "3,admin@b.example,Firm B:admin,false,false",
            "4,carol@b.example,Firm B:analyst,false,false");
  }

  @Test
  void anAdminAddsUsersToItsOwnOrganisationOnly() {
    String body =
        "{\"email\":\"dan@a.example\",\"organisation\":\"Ministry A\",\"role\":\"analyst\","
            + "\"password\":\"a long passphrase\"}";
    assertThat(post(adminB, "/api/v1/admin/users", body).statusCode()).isEqualTo(403);
    assertThat(post(analystA, "/api/v1/admin/users", body).statusCode()).isEqualTo(403);
    assertThat(post(readOnlyAdminA, "/api/v1/admin/users", body).statusCode()).isEqualTo(403);
    assertThat(s.ws.users().byEmail("dan@a.example")).isEmpty();

    HttpResponse<String> ok = post(adminA, "/api/v1/admin/users", body);
    assertThat(ok.statusCode()).isEqualTo(201);
    assertThat(ok.body()).doesNotContain("passphrase");
    User dan = s.ws.users().byEmail("dan@a.example").orElseThrow();
    assertThat(dan.memberships()).extracting(User.Membership::role).containsExactly(Role.ANALYST);
    // the new user signs in with the password given
    assertThat(
            s.send(
                    "POST",
                    "/api/v1/auth/login",
                    "{\"email\":\"dan@a.example\",\"password\":\"a long passphrase\"}",
                    "Content-Type",
                    JSON)
                .statusCode())
        .isEqualTo(200);
    AuditEvent e = last("admin.user.add");
    assertThat(e.object()).isEqualTo("user:" + dan.id());
    assertThat(e.actor()).startsWith("user:1/token:");
    assertThat(e.detail()).doesNotContain("passphrase");

    // bad input is a 400 naming the field, and adds nobody
    assertThat(
            post(
                    adminA,
                    "/api/v1/admin/users",
                    "{\"email\":\"eve@a.example\",\"organisation\":\"Ministry A\","
                        + "\"role\":\"owner\",\"password\":\"a long passphrase\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            post(
                    adminA,
                    "/api/v1/admin/users",
                    "{\"email\":\"eve@a.example\",\"organisation\":\"Ministry A\","
                        + "\"role\":\"viewer\",\"password\":\"short\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(post(adminA, "/api/v1/admin/users", body).statusCode())
        .as("the same e-mail twice")
        .isEqualTo(400);
    assertThat(s.ws.users().byEmail("eve@a.example")).isEmpty();
  }

  @Test
  void tokensAreShownOnceListedWithoutSecretAndRevocable() {
    HttpResponse<String> made =
        post(analystA, "/api/v1/admin/tokens", "{\"days\":7,\"scope\":\"read\"}");
    assertThat(made.statusCode()).isEqualTo(201);
    JsonNode t = WorkspaceServer.json(made);
    String secret = t.get("token").asText();
    long id = t.get("id").asLong();
    assertThat(secret).startsWith("cpt_");
    assertThat(t.get("scope").asText()).isEqualTo("read");
    assertThat(t.get("email").asText()).isEqualTo("analyst@a.example");
    // 7 days: expiry minus creation is exactly 604,800 s
    assertThat(
            java.time.Duration.between(
                    java.time.Instant.parse(t.get("created_at").asText()),
                    java.time.Instant.parse(t.get("expires_at").asText()))
                .toSeconds())
        .isEqualTo(7 * 86_400);
    assertThat(get(secret, "/api/v1/auth/me").body()).contains("analyst@a.example");

    // listed to its owner and to A's admin, never with the secret; not to B's admin
    HttpResponse<String> mine = get(analystA, "/api/v1/admin/tokens");
    assertThat(mine.body()).doesNotContain(secret);
    assertThat(ids(mine)).contains(id);
    assertThat(ids(get(adminA, "/api/v1/admin/tokens"))).contains(id);
    assertThat(ids(get(adminB, "/api/v1/admin/tokens"))).doesNotContain(id);

    // B's admin cannot revoke it and learns nothing: answered as a missing token
    HttpResponse<String> foreign = post(adminB, "/api/v1/admin/tokens/" + id + "/revoke", null);
    HttpResponse<String> missing = post(adminB, "/api/v1/admin/tokens/999999/revoke", null);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(foreign.body().replace(String.valueOf(id), "N"))
        .isEqualTo(missing.body().replace("999999", "N"));
    // a read-only token can neither create nor revoke
    assertThat(post(secret, "/api/v1/admin/tokens", "{}").statusCode()).isEqualTo(403);
    assertThat(post(secret, "/api/v1/admin/tokens/" + id + "/revoke", null).statusCode())
        .isEqualTo(403);

    HttpResponse<String> revoked = post(analystA, "/api/v1/admin/tokens/" + id + "/revoke", null);
    assertThat(revoked.statusCode()).isEqualTo(200);
    assertThat(WorkspaceServer.json(revoked).get("revoked_now").asBoolean()).isTrue();
    assertThat(WorkspaceServer.json(revoked).get("active").asBoolean()).isFalse();
    assertThat(get(secret, "/api/v1/auth/me").statusCode()).isEqualTo(401);
    assertThat(
            WorkspaceServer.json(post(analystA, "/api/v1/admin/tokens/" + id + "/revoke", null))
                .get("revoked_now")
                .asBoolean())
        .isFalse();
    assertThat(last("admin.token.create").object()).isEqualTo("token:" + id);
    assertThat(s.audit.of("admin.token.revoke"))
        .extracting(AuditEvent::object)
        .containsOnlyOnce("token:" + id);

    // a token must expire; scope must be known
    assertThat(post(analystA, "/api/v1/admin/tokens", "{\"days\":367}").statusCode())
        .isEqualTo(400);
    assertThat(post(analystA, "/api/v1/admin/tokens", "{\"days\":0}").statusCode()).isEqualTo(400);
    assertThat(post(analystA, "/api/v1/admin/tokens", "{\"scope\":\"admin\"}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void anAdminRevokesATokenOfAUserOfItsOrganisation() {
    String carols = s.ws.tokens().create(carol, TokenScope.READ_WRITE, 1).secret();
    long id = s.ws.tokens().authenticate(carols).orElseThrow().id();
    // Carol is a member of both: either admin may revoke her token
    assertThat(ids(get(adminB, "/api/v1/admin/tokens"))).contains(id);
    assertThat(post(adminA, "/api/v1/admin/tokens/" + id + "/revoke", null).statusCode())
        .isEqualTo(200);
    assertThat(s.ws.tokens().authenticate(carols)).isEmpty();
  }

  static List<Long> ids(HttpResponse<String> r) {
    assertThat(r.statusCode()).isEqualTo(200);
    List<Long> out = new ArrayList<>();
    WorkspaceServer.json(r).get("tokens").forEach(x -> out.add(x.get("id").asLong()));
    return out;
  }

  static AuditEvent last(String action) {
    List<AuditEvent> l = s.audit.of(action);
    assertThat(l).isNotEmpty();
    return l.get(l.size() - 1);
  }
}
