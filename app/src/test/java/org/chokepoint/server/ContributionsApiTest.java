package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.workspace.contribution.SyntheticMaps.A_LINKS;
import static org.chokepoint.workspace.contribution.SyntheticMaps.A_NODES;
import static org.chokepoint.workspace.contribution.SyntheticMaps.B_LINKS;
import static org.chokepoint.workspace.contribution.SyntheticMaps.B_NODES;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/v1/contributions} over real HTTP and PostgreSQL, with the SYNTHETIC maps: upload,
 * versions, withdrawal, bad files (422 with file, line and column, nothing stored) and TLP:RED
 * isolation of firm A's contribution from firm B on every route.
 */
class ContributionsApiTest {
  @TempDir Path home;
  WorkspaceServer s;
  String a;
  String b;
  String aAnalyst;

  void start() {
    s = new WorkspaceServer(home, Clock.systemUTC(), false);
    Organisation fa = s.ws.organisations().add("Chipmaker A", OrganisationKind.FIRM, "JPN");
    Organisation fb = s.ws.organisations().add("Fab B", OrganisationKind.FIRM, "KOR");
    a = token("c@a.example", fa, Role.CONTRIBUTOR);
    b = token("c@b.example", fb, Role.CONTRIBUTOR);
    aAnalyst = token("analyst@a.example", fa, Role.ANALYST);
  }

  private String token(String email, Organisation o, Role r) {
    return s.ws
        .tokens()
        .create(s.ws.users().add(email, "pw-1234567", o, r), TokenScope.READ_WRITE, 1)
        .secret();
  }

  @AfterEach
  void stop() {
    if (s != null) {
      s.close();
    }
  }

  private HttpResponse<String> upload(String token, String name, String nodes, String links) {
    return s.send(
        "POST",
        "/api/v1/contributions",
        Multipart.contribution(name, nodes, links),
        "Authorization",
        "Bearer " + token,
        "Content-Type",
        Multipart.TYPE);
  }

  private HttpResponse<String> get(String token, String path) {
    return s.send("GET", path, null, "Authorization", "Bearer " + token);
  }

  @Test
  void uploadVersionsAndWithdraw() {
    start();
    HttpResponse<String> r = upload(a, "SYNTHETIC 2026 suppliers", A_NODES, A_LINKS);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode c = WorkspaceServer.json(r);
    long id = c.get("id").asLong();
    assertThat(c.get("label").asText()).isEqualTo("TLP:RED");
    assertThat(c.get("owner").asText()).isEqualTo("Chipmaker A");
    assertThat(c.get("version").asInt()).isEqualTo(1);
    assertThat(c.get("nodes").asInt()).isEqualTo(5);
    assertThat(c.get("links").asInt()).isEqualTo(4);

    JsonNode v2 =
        WorkspaceServer.json(
            upload(a, "SYNTHETIC 2026 suppliers", A_NODES, A_LINKS.replace(",100", ",120")));
    assertThat(v2.get("id").asLong()).isEqualTo(id);
    assertThat(v2.get("version").asInt()).isEqualTo(2);

    String rows = get(a, "/api/v1/contributions/" + id + "?format=csv").body();
    assertThat(rows.split("\r\n")[0])
        .isEqualTo(
            "supplier,supplier_name,supplier_country,customer,customer_group,product,amount");
    assertThat(rows).contains("S3,SYNTHETIC Wafer Works,TWN,A-JP,GA,wafers,120\r\n");

    JsonNode versions = WorkspaceServer.json(get(a, "/api/v1/contributions/" + id + "/versions"));
    assertThat(versions.get("versions")).hasSize(2);
    assertThat(versions.get("versions").get(0).get("rows_kept").asBoolean()).isTrue();

    HttpResponse<String> w =
        s.send(
            "POST",
            "/api/v1/contributions/" + id + "/withdraw",
            "{}",
            "Authorization",
            "Bearer " + a,
            "Content-Type",
            "application/json");
    assertThat(w.statusCode()).as(w.body()).isEqualTo(200);
    assertThat(WorkspaceServer.json(w).get("withdrawn_at").isNull()).isFalse();
    JsonNode after = WorkspaceServer.json(get(a, "/api/v1/contributions/" + id + "/versions"));
    assertThat(after.get("versions").get(1).get("rows_kept").asBoolean()).isFalse();
    assertThat(after.get("versions").get(1).get("links_sha256").asText()).hasSize(64);
    assertThat(get(a, "/api/v1/contributions/" + id + "?format=csv").statusCode()).isEqualTo(404);
  }

  @Test
  void aBadFileAnswers422WithFileLineAndColumnAndStoresNothing() {
    start();
    long id = WorkspaceServer.json(upload(a, "maps", A_NODES, A_LINKS)).get("id").asLong();
    HttpResponse<String> r =
        upload(a, "maps", A_NODES, A_LINKS.replace("S2,A-JP,neon,10", "S2,A-JP,neon,-10"));
    assertThat(r.statusCode()).isEqualTo(422);
    JsonNode p = WorkspaceServer.json(r);
    assertThat(p.get("detail").asText()).startsWith("links.csv:4:4: amount \"-10\"");
    assertThat(p.get("errors").get(0).get("parameter").asText()).isEqualTo("links");
    assertThat(p.get("errors").get(0).get("line").asInt()).isEqualTo(4);
    assertThat(p.get("errors").get(0).get("column").asInt()).isEqualTo(4);

    HttpResponse<String> n = upload(a, "maps", A_NODES.replace("S2,firm", "S2,vendor"), A_LINKS);
    assertThat(WorkspaceServer.json(n).get("detail").asText())
        .startsWith("nodes.csv:5:2: unknown kind \"vendor\"");
    HttpResponse<String> country = upload(a, "maps", A_NODES.replace(",KOR,", ",ZZZ,"), A_LINKS);
    assertThat(WorkspaceServer.json(country).get("detail").asText())
        .startsWith("nodes.csv:5:4: \"ZZZ\" is not an ISO 3166-1 alpha-3 code of the countries");
    // nothing stored: still version 1 only
    assertThat(
            WorkspaceServer.json(get(a, "/api/v1/contributions/" + id + "/versions"))
                .get("versions"))
        .hasSize(1);
    // a form without the files
    HttpResponse<String> missing =
        s.send(
            "POST",
            "/api/v1/contributions",
            new Multipart().field("name", "x").body(),
            "Authorization",
            "Bearer " + a,
            "Content-Type",
            Multipart.TYPE);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("nodes", "links");
  }

  @Test
  void firmBNeverSeesFirmAsContributionThroughAnyRoute() {
    start();
    long id = WorkspaceServer.json(upload(a, "secret map", A_NODES, A_LINKS)).get("id").asLong();
    long bid = WorkspaceServer.json(upload(b, "b map", B_NODES, B_LINKS)).get("id").asLong();
    long missing = 987_654;
    for (String who : new String[] {b, aAnalyst}) {
      for (String format : new String[] {"", "?format=csv"}) {
        String list = get(who, "/api/v1/contributions" + format).body();
        assertThat(list).doesNotContain("secret map", "Chipmaker A", "\"id\" : " + id + ",");
        for (String path :
            new String[] {"/api/v1/contributions/%d", "/api/v1/contributions/%d/versions"}) {
          HttpResponse<String> denied = get(who, String.format(path, id) + format);
          HttpResponse<String> absent = get(who, String.format(path, missing) + format);
          assertThat(denied.statusCode()).isEqualTo(404);
          assertThat(normalise(denied.body(), id)).isEqualTo(normalise(absent.body(), missing));
        }
      }
      HttpResponse<String> w =
          s.send(
              "POST",
              "/api/v1/contributions/" + id + "/withdraw",
              "{}",
              "Authorization",
              "Bearer " + who,
              "Content-Type",
              "application/json");
      assertThat(w.statusCode()).isEqualTo(404);
    }
    assertThat(get(b, "/api/v1/contributions").body()).contains("\"id\" : " + bid + ",", "b map");
    // an analyst of firm A may not upload for it
    assertThat(upload(aAnalyst, "x", A_NODES, A_LINKS).statusCode()).isEqualTo(403);
    // A's contribution is untouched
    assertThat(get(a, "/api/v1/contributions/" + id).statusCode()).isEqualTo(200);
    assertThat(s.send("GET", "/api/v1/contributions/" + id, null).statusCode()).isEqualTo(404);
  }

  private static String normalise(String body, long id) {
    return body.replace("contribution " + id + "\"", "contribution N\"")
        .replace("/contributions/" + id + "\"", "/contributions/N\"")
        .replace("/contributions/" + id + "/", "/contributions/N/");
  }
}
