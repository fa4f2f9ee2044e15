package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.chokepoint.workspace.MutableClock;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/v1/crisis-requests} over real HTTP and PostgreSQL with a clock moved by hand: Japan's
 * ministry raises a request to the United States at 2026-03-02T08:00:00Z; the deadline is
 * 2026-03-17T08:00:00Z (15 days), the reminder 2026-03-12T08:00:00Z (10 days).
 */
class CrisisApiTest {
  static final String JSON = "application/json";
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  @TempDir Path home;
  WorkspaceServer s;
  String meti;
  String doc;
  String firm;

  @BeforeEach
  void start() {
    s = new WorkspaceServer(home, clock, false);
    meti =
        token("a@meti.go.jp", s.ws.organisations().add("METI", OrganisationKind.GOVERNMENT, "JPN"));
    doc = token("a@doc.gov", s.ws.organisations().add("DoC", OrganisationKind.GOVERNMENT, "USA"));
    firm = token("a@firm.example", s.ws.organisations().add("Firm", OrganisationKind.FIRM, "JPN"));
  }

  @AfterEach
  void stop() {
    s.close();
  }

  String token(String email, Organisation o) {
    var u = s.ws.users().add(email, "pw-1234567", o, Role.ANALYST);
    return "Bearer " + s.ws.tokens().create(u, TokenScope.READ_WRITE, 30).secret();
  }

  HttpResponse<String> post(String auth, String path, String body) {
    return s.send("POST", path, body, "Authorization", auth, "Content-Type", JSON);
  }

  JsonNode get(String auth, String path) {
    HttpResponse<String> r = s.send("GET", path, null, "Authorization", auth);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return WorkspaceServer.json(r);
  }

  @Test
  void eachOfTheSixFieldsIsNamedInTheProblem() {
    for (String f :
        List.of("impact", "cause", "expected_duration", "sectors", "measures", "assistance")) {
      HttpResponse<String> r = post(meti, CrisisApi.PATH, CrisisMatrix.body("DoC", f));
      assertThat(r.statusCode()).as(f).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      JsonNode p = WorkspaceServer.json(r);
      assertThat(p.at("/errors/0/parameter").asText()).isEqualTo(f);
      assertThat(p.get("detail").asText()).startsWith(f + ": required");
    }
    String tooLong =
        CrisisMatrix.body("DoC", "sectors")
            .replace("}", ",\"sectors\":\"" + "x".repeat(4001) + "\"}");
    assertThat(
            WorkspaceServer.json(post(meti, CrisisApi.PATH, tooLong))
                .at("/errors/0/parameter")
                .asText())
        .isEqualTo("sectors");
    assertThat(
            WorkspaceServer.json(post(meti, CrisisApi.PATH, CrisisMatrix.body("Firm", null)))
                .at("/errors/0/parameter")
                .asText())
        .isEqualTo("addressed_to");
    assertThat(post(firm, CrisisApi.PATH, CrisisMatrix.body("DoC", null)).statusCode())
        .isEqualTo(403);
    assertThat(get(meti, CrisisApi.PATH).get("crisis_requests")).isEmpty();
  }

  @Test
  void theUnitedStatesSeesJapansRequestWithItsClock() {
    HttpResponse<String> raised = post(meti, CrisisApi.PATH, CrisisMatrix.body("DoC", null));
    assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
    long id = WorkspaceServer.json(raised).get("id").asLong();
    JsonNode seen = get(doc, CrisisApi.PATH).get("crisis_requests").get(0);
    assertThat(seen.get("id").asLong()).isEqualTo(id);
    assertThat(seen.get("label").asText()).isEqualTo("TLP:AMBER");
    assertThat(seen.get("requester").asText()).isEqualTo("METI");
    assertThat(seen.get("meeting_deadline").asText()).isEqualTo("2026-03-17T08:00:00Z");
    assertThat(seen.get("days_left").asLong()).isEqualTo(15);
    assertThat(seen.at("/fields/expected_duration").asText())
        .isEqualTo("synthetic expected_duration");

    clock.advance(Duration.ofDays(10));
    assertThat(get(doc, CrisisApi.PATH + "/" + id).get("reminder_sent_at").isNull()).isTrue();
    assertThat(s.ws.crisisReminders().runOnce()).containsExactly(id);
    JsonNode reminded = get(doc, CrisisApi.PATH + "/" + id);
    assertThat(reminded.get("reminder_sent_at").asText()).isEqualTo("2026-03-12T08:00:00Z");
    assertThat(reminded.get("days_left").asLong()).isEqualTo(5);

    HttpResponse<String> late =
        post(
            doc,
            CrisisApi.PATH + "/" + id + "/meeting",
            "{\"meeting_at\":\"2026-03-18T01:00:00Z\"}");
    assertThat(late.statusCode()).as(late.body()).isEqualTo(200);
    assertThat(WorkspaceServer.json(late).get("meeting_late").asBoolean()).isTrue();
    assertThat(WorkspaceServer.json(late).get("status").asText()).isEqualTo("meeting-scheduled");
    clock.advance(Duration.ofDays(5).plusSeconds(1));
    assertThat(get(meti, CrisisApi.PATH + "/" + id).get("overdue").asBoolean()).isTrue();
    assertThat(
            post(doc, CrisisApi.PATH + "/" + id + "/meeting", "{\"meeting_at\":\"next week\"}")
                .statusCode())
        .isEqualTo(400);

    String csv = s.send("GET", CrisisApi.PATH + "?format=csv", null, "Authorization", doc).body();
    assertThat(csv.split("\r\n")[0]).isEqualTo(String.join(",", CrisisApi.COLUMNS));
    assertThat(csv.split("\r\n")[1])
        .startsWith(
            id
                + ",synthetic title,TLP:AMBER,METI,DoC,meeting-scheduled,2026-03-02T08:00:00Z,2026-03-17T08:00:00Z,-1,2026-03-12T08:00:00Z,2026-03-18T01:00:00Z,true,true,");
    assertThat(post(meti, CrisisApi.PATH + "/" + id + "/close", "{}").statusCode()).isEqualTo(200);
    assertThat(get(doc, CrisisApi.PATH + "/" + id).get("status").asText()).isEqualTo("closed");
  }
}
