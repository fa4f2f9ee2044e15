package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.chokepoint.workspace.MutableClock;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.chokepoint.workspace.account.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in, sessions, CSRF, API tokens, throttling and single-user mode over real HTTP against real
 * PostgreSQL; each test has a server and a database of its own (throttling counts per address, and
 * every request here comes from 127.0.0.1).
 */
class SignInApiTest {
  @TempDir Path home;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));

  private static final String JSON = "application/json";

  private WorkspaceServer server(boolean trustProxy, boolean accounts) {
    WorkspaceServer s = new WorkspaceServer(home, clock, trustProxy);
    if (accounts) {
      Organisation a = s.ws.organisations().add("Ministry A", OrganisationKind.GOVERNMENT, "JPN");
      s.ws.users().add("aiko@a.example", "a long passphrase", a, Role.ANALYST);
    }
    return s;
  }

  private static String login(String email, String password) {
    return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
  }

  private static String cookie(HttpResponse<String> r) {
    String set = r.headers().firstValue("Set-Cookie").orElseThrow();
    return set.substring(0, set.indexOf(';'));
  }

  private static final String DRAFT =
      "{\"title\":\"Gallium outlook\",\"label\":\"TLP:AMBER+STRICT\",\"recipients\":[],"
          + "\"body\":\"draft\"}";

  @Test
  void signInSetsAStrictHttpOnlyCookieAndChangesNeedTheCsrfToken() {
    try (WorkspaceServer s = server(false, true)) {
      HttpResponse<String> in =
          s.send(
              "POST",
              "/api/v1/auth/login",
              login("AIKO@a.example", "a long passphrase"),
              "Content-Type",
              JSON);
      assertThat(in.statusCode()).isEqualTo(200);
      String set = in.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(set)
          .startsWith("chokepoint_session=")
          .contains("; HttpOnly", "; SameSite=Strict", "; Path=/", "; Max-Age=43200")
          .doesNotContain("Secure");
      JsonNode me = WorkspaceServer.json(in);
      String csrf = me.get("csrf_token").asText();
      assertThat(me.get("email").asText()).isEqualTo("aiko@a.example");
      assertThat(me.get("organisations").get(0).get("role").asText()).isEqualTo("analyst");

      String c = cookie(in);
      JsonNode who = WorkspaceServer.json(s.send("GET", "/api/v1/auth/me", null, "Cookie", c));
      assertThat(who.get("via").asText()).isEqualTo("session");
      assertThat(who.get("csrf_token").asText()).isEqualTo(csrf);

      HttpResponse<String> noToken =
          s.send("POST", "/api/v1/assessments", DRAFT, "Cookie", c, "Content-Type", JSON);
      assertThat(noToken.statusCode()).isEqualTo(403);
      assertThat(noToken.body()).contains("X-CSRF-Token");
      assertThat(
              s.send(
                      "POST",
                      "/api/v1/assessments",
                      DRAFT,
                      "Cookie",
                      c,
                      "Content-Type",
                      JSON,
                      "X-CSRF-Token",
                      csrf + "x")
                  .statusCode())
          .isEqualTo(403);
      HttpResponse<String> ok =
          s.send(
              "POST",
              "/api/v1/assessments",
              DRAFT,
              "Cookie",
              c,
              "Content-Type",
              JSON,
              "X-CSRF-Token",
              csrf);
      assertThat(ok.statusCode()).isEqualTo(201);
      assertThat(WorkspaceServer.json(ok).get("owner").asText()).isEqualTo("Ministry A");
      assertThat(ok.headers().firstValue("Cache-Control")).contains("no-store");

      // sign-in needs JSON: a cross-site form cannot send it without a preflight
      assertThat(
              s.send(
                      "POST",
                      "/api/v1/auth/login",
                      "email=aiko%40a.example&password=x",
                      "Content-Type",
                      "application/x-www-form-urlencoded")
                  .statusCode())
          .isEqualTo(415);

      // sign-out ends the session and clears the cookie
      HttpResponse<String> out =
          s.send("POST", "/api/v1/auth/logout", null, "Cookie", c, "X-CSRF-Token", csrf);
      assertThat(out.statusCode()).isEqualTo(200);
      assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
      assertThat(
              WorkspaceServer.json(s.send("GET", "/api/v1/auth/me", null, "Cookie", c))
                  .get("signed_in")
                  .asBoolean())
          .isFalse();
      assertThat(s.audit.of("auth.logout")).hasSize(1);
    }
  }

  @Test
  void cookiesAreSecureBehindATrustedTlsProxyOnly() {
    try (WorkspaceServer s = server(true, true)) {
      HttpResponse<String> in =
          s.send(
              "POST",
              "/api/v1/auth/login",
              login("aiko@a.example", "a long passphrase"),
              "Content-Type",
              JSON,
              "X-Forwarded-Proto",
              "https");
      assertThat(in.headers().firstValue("Set-Cookie").orElseThrow()).endsWith("; Secure");
    }
    try (WorkspaceServer s = server(false, true)) {
      HttpResponse<String> in =
          s.send(
              "POST",
              "/api/v1/auth/login",
              login("aiko@a.example", "a long passphrase"),
              "Content-Type",
              JSON,
              "X-Forwarded-Proto",
              "https");
      assertThat(in.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
    }
  }

  @Test
  void sessionsExpireAfterTwelveHours() {
    try (WorkspaceServer s = server(false, true)) {
      HttpResponse<String> in =
          s.send(
              "POST",
              "/api/v1/auth/login",
              login("aiko@a.example", "a long passphrase"),
              "Content-Type",
              JSON);
      String c = cookie(in);
      String csrf = WorkspaceServer.json(in).get("csrf_token").asText();
      clock.advance(Duration.ofHours(12));
      assertThat(
              WorkspaceServer.json(s.send("GET", "/api/v1/auth/me", null, "Cookie", c))
                  .get("signed_in")
                  .asBoolean())
          .isFalse();
      assertThat(
              s.send(
                      "POST",
                      "/api/v1/assessments",
                      DRAFT,
                      "Cookie",
                      c,
                      "Content-Type",
                      JSON,
                      "X-CSRF-Token",
                      csrf)
                  .statusCode())
          .isEqualTo(401);
    }
  }

  @Test
  void bearerTokensNeedNoCsrfAndStopWorkingWhenRevokedOrExpired() {
    try (WorkspaceServer s = server(false, true)) {
      User u = s.ws.users().byEmail("aiko@a.example").orElseThrow();
      String rw = s.ws.tokens().create(u, TokenScope.READ_WRITE, 1).secret();
      var ro = s.ws.tokens().create(u, TokenScope.READ, 30);
      assertThat(
              s.send(
                      "POST",
                      "/api/v1/assessments",
                      DRAFT,
                      "Authorization",
                      "Bearer " + rw,
                      "Content-Type",
                      JSON)
                  .statusCode())
          .isEqualTo(201);
      HttpResponse<String> readOnly =
          s.send(
              "POST",
              "/api/v1/assessments",
              DRAFT,
              "Authorization",
              "Bearer " + ro.secret(),
              "Content-Type",
              JSON);
      assertThat(readOnly.statusCode()).isEqualTo(403);
      assertThat(readOnly.body()).contains("read-only");
      assertThat(
              s.send("GET", "/api/v1/assessments", null, "Authorization", "Bearer " + ro.secret())
                  .statusCode())
          .isEqualTo(200);
      s.ws.tokens().revoke(ro.token().id());
      HttpResponse<String> revoked =
          s.send("GET", "/api/v1/assessments", null, "Authorization", "Bearer " + ro.secret());
      assertThat(revoked.statusCode()).isEqualTo(401);
      assertThat(revoked.headers().firstValue("WWW-Authenticate")).isPresent();
      clock.advance(Duration.ofDays(1));
      assertThat(
              s.send("GET", "/api/v1/assessments", null, "Authorization", "Bearer " + rw)
                  .statusCode())
          .as("expired after its one day")
          .isEqualTo(401);
      assertThat(
              s.send("GET", "/api/v1/assessments", null, "Authorization", "Basic eDp5")
                  .statusCode())
          .isEqualTo(401);
    }
  }

  @Test
  void fiveFailedSignInsThenTooManyRequestsWithRetryAfter() {
    try (WorkspaceServer s = server(false, true)) {
      for (int i = 0; i < 5; i++) {
        HttpResponse<String> r =
            s.send(
                "POST",
                "/api/v1/auth/login",
                login("aiko@a.example", "wrong"),
                "Content-Type",
                JSON);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("wrong e-mail or password");
      }
      HttpResponse<String> r =
          s.send(
              "POST",
              "/api/v1/auth/login",
              login("aiko@a.example", "a long passphrase"),
              "Content-Type",
              JSON);
      assertThat(r.statusCode()).isEqualTo(429);
      assertThat(r.headers().firstValue("Retry-After")).contains("1");
      clock.advance(Duration.ofSeconds(1));
      assertThat(
              s.send(
                      "POST",
                      "/api/v1/auth/login",
                      login("aiko@a.example", "a long passphrase"),
                      "Content-Type",
                      JSON)
                  .statusCode())
          .isEqualTo(200);
      assertThat(s.audit.of("auth.login"))
          .extracting(e -> e.outcome())
          .containsExactly("fail", "fail", "fail", "fail", "fail", "fail", "ok");
    }
  }

  @Test
  void withoutAccountsTheLoopbackAnalystIsTheLocalOrganisationsAdmin() throws Exception {
    try (WorkspaceServer s = server(false, false)) {
      JsonNode me = WorkspaceServer.json(s.send("GET", "/api/v1/auth/me", null));
      assertThat(me.get("via").asText()).isEqualTo("local");
      assertThat(me.get("organisations").get(0).get("name").asText()).isEqualTo("local");
      assertThat(me.get("organisations").get(0).get("role").asText()).isEqualTo("admin");
      String csrf = me.get("csrf_token").asText();
      assertThat(s.send("POST", "/api/v1/assessments", DRAFT, "Content-Type", JSON).statusCode())
          .as("a page elsewhere cannot post to the local server without the token")
          .isEqualTo(403);
      HttpResponse<String> ok =
          s.send("POST", "/api/v1/assessments", DRAFT, "Content-Type", JSON, "X-CSRF-Token", csrf);
      assertThat(ok.statusCode()).isEqualTo(201);
      assertThat(WorkspaceServer.json(ok).get("owner").asText()).isEqualTo("local");
      // a request addressed to another host name (DNS rebinding) is not the local analyst
      assertThat(rawGet(s.server.port(), "/api/v1/auth/me", "evil.example"))
          .contains("\"via\" : \"anonymous\"");
      assertThat(rawGet(s.server.port(), "/api/v1/auth/me", "localhost:" + s.server.port()))
          .contains("\"via\" : \"local\"");
      // once an account exists, single-user mode ends
      Organisation a = s.ws.organisations().add("Ministry A", OrganisationKind.GOVERNMENT, "JPN");
      s.ws.users().add("aiko@a.example", "a long passphrase", a, Role.ANALYST);
      Thread.sleep(2100); // the account check is cached for two seconds
      assertThat(WorkspaceServer.json(s.send("GET", "/api/v1/auth/me", null)).get("via").asText())
          .isEqualTo("anonymous");
      assertThat(s.send("GET", "/api/v1/assessments", null).body()).doesNotContain("Gallium");
    }
  }

  /** A GET with a Host header of our choosing (HttpClient does not allow setting it). */
  private static String rawGet(int port, String path, String host) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder b = new StringBuilder();
      for (String line; (line = in.readLine()) != null; ) {
        b.append(line).append('\n');
      }
      return b.toString();
    }
  }

  @Test
  void twoOrganisationsCannotSeeEachOthersObjectsThroughAnyWorkspaceEndpoint() {
    try (WorkspaceServer s = server(false, true)) {
      Organisation b = s.ws.organisations().add("Ministry B", OrganisationKind.GOVERNMENT, "USA");
      User ub = s.ws.users().add("bob@b.example", "a long passphrase", b, Role.ADMIN);
      User ua = s.ws.users().byEmail("aiko@a.example").orElseThrow();
      String ta = s.ws.tokens().create(ua, TokenScope.READ_WRITE, 1).secret();
      String tb = s.ws.tokens().create(ub, TokenScope.READ_WRITE, 1).secret();
      long[] ofA = new long[2];
      long[] ofB = new long[2];
      int i = 0;
      for (String label : List.of("TLP:AMBER+STRICT", "TLP:AMBER")) {
        String draft =
            "{\"title\":\"secret-" + i + "\",\"label\":\"" + label + "\",\"recipients\":[]}";
        ofA[i] =
            WorkspaceServer.json(
                    s.send(
                        "POST",
                        "/api/v1/assessments",
                        draft,
                        "Authorization",
                        "Bearer " + ta,
                        "Content-Type",
                        JSON))
                .get("id")
                .asLong();
        ofB[i] =
            WorkspaceServer.json(
                    s.send(
                        "POST",
                        "/api/v1/assessments",
                        draft,
                        "Authorization",
                        "Bearer " + tb,
                        "Content-Type",
                        JSON))
                .get("id")
                .asLong();
        i++;
      }
      for (String[] pair : List.of(new String[] {ta, "B"}, new String[] {tb, "A"})) {
        long[] theirs = pair[1].equals("B") ? ofB : ofA;
        long[] mine = pair[1].equals("B") ? ofA : ofB;
        String auth = "Bearer " + pair[0];
        for (String q : List.of("", "?q=secret", "?format=csv")) {
          String list =
              s.send("GET", "/api/v1/assessments" + q, null, "Authorization", auth).body();
          for (long id : theirs) {
            assertThat(list).doesNotContain("\"id\" : " + id + ",").doesNotContain("\n" + id + ",");
          }
          for (long id : mine) {
            assertThat(list).containsAnyOf("\"id\" : " + id + ",", "\n" + id + ",");
          }
        }
        for (long id : theirs) {
          assertThat(
                  s.send("GET", "/api/v1/assessments/" + id, null, "Authorization", auth)
                      .statusCode())
              .isEqualTo(404);
          assertThat(
                  s.send(
                          "GET",
                          "/api/v1/assessments/" + id + "?format=csv",
                          null,
                          "Authorization",
                          auth)
                      .statusCode())
              .isEqualTo(404);
          assertThat(
                  s.send(
                          "POST",
                          "/api/v1/assessments/" + id + "/share",
                          "{\"recipients\":[\"Ministry A\",\"Ministry B\"],\"label\":\"TLP:GREEN\"}",
                          "Authorization",
                          auth,
                          "Content-Type",
                          JSON)
                      .statusCode())
              .isEqualTo(404);
        }
      }
    }
  }
}
