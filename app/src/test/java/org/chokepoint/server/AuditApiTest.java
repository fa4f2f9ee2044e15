package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.chokepoint.app.Application;
import org.chokepoint.cli.Session;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.workspace.audit.AuditEvent;
import org.chokepoint.workspace.audit.AuditKeys;
import org.chokepoint.workspace.audit.AuditLog;
import org.chokepoint.workspace.audit.Merkle;
import org.chokepoint.workspace.db.Database;
import org.chokepoint.workspace.db.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/audit/...} over real HTTP against a log on the embedded test server. */
class AuditApiTest {
  static Path home;
  static Database db;
  static AuditLog log;
  static ApiServer server;
  static HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    home = Files.createTempDirectory("audit-api");
    db = TestPostgres.freshDatabase();
    log = AuditLog.open(db.dataSource(), AuditKeys.folderOf(home));
    for (int i = 0; i < 6; i++) {
      log.append(
          new AuditEvent(
              Instant.parse("2026-11-27T10:00:00Z").plusSeconds(i),
              "user:" + i,
              "object.read",
              "assessment:" + i,
              "allow",
              "label=TLP:CLEAR, \"quoted\""));
    }
    Session s = Application.open(home, List.of(), StarterPack.bundled());
    server =
        ApiServer.start(
            new ApiContext(s.dataDir(), s.workspace(), s.defaultPerspective(), s.defaultConcern()),
            List.of(new AuditApi(log)),
            "127.0.0.1",
            0);
  }

  @AfterAll
  static void stop() {
    server.close();
    log.close();
    db.close();
  }

  static HttpResponse<String> get(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void entriesAsJsonAndCsvAndNeverStale() {
    HttpResponse<String> r = get("/api/v1/audit/entries?from=4");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode doc = ApiServerTest.json(r);
    assertThat(doc.get("entries")).hasSize(2);
    assertThat(doc.get("entries").get(0).get("actor").asText()).isEqualTo("user:4");

    HttpResponse<String> csv = get("/api/v1/audit/entries?from=5&format=csv");
    assertThat(csv.body().lines().toList())
        .containsExactly(
            "seq,time,actor,action,object,outcome,detail,leaf_hash",
            csv.body().lines().toList().get(1));
    assertThat(csv.body()).contains("5,2026-11-27T10:00:05.000000Z,user:5,object.read,");
    assertThat(csv.body()).contains(",\"label=TLP:CLEAR, \"\"quoted\"\"\",");

    long before = ApiServerTest.json(get("/api/v1/audit/entries")).get("tree_size").asLong();
    log.append(new AuditEvent(Instant.now(), "user:9", "auth.login", "", "ok", ""));
    assertThat(ApiServerTest.json(get("/api/v1/audit/entries")).get("tree_size").asLong())
        .isEqualTo(before + 1);
  }

  @Test
  void theProofChecksAgainstTheCheckpointByTheRfcAlgorithm() {
    JsonNode cp = ApiServerTest.json(get("/api/v1/audit/checkpoint"));
    long size = cp.get("tree_size").asLong();
    assertThat(cp.get("signature_valid").asBoolean()).isTrue();
    assertThat(cp.get("public_key").asText()).startsWith("-----BEGIN PUBLIC KEY-----");

    HttpResponse<String> r = get("/api/v1/audit/proof?entry=2&size=" + size);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode p = ApiServerTest.json(r);
    HexFormat hex = HexFormat.of();
    List<byte[]> path = new ArrayList<>();
    p.get("inclusion_path").forEach(n -> path.add(hex.parseHex(n.asText())));
    assertThat(
            Merkle.verifyInclusion(
                2,
                size,
                hex.parseHex(p.get("leaf_hash").asText()),
                path,
                hex.parseHex(cp.get("root_hash").asText())))
        .isTrue();
  }

  @Test
  void aProofOutsideTheLogIsAProblem() {
    HttpResponse<String> r = get("/api/v1/audit/proof?entry=99");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("entry 99 is not in a tree of");
    assertThat(get("/api/v1/audit/proof").statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/audit/entries?limit=5000").statusCode()).isEqualTo(400);
  }
}
