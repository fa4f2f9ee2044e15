package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.chokepoint.app.Application;
import org.chokepoint.cli.Session;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/v1/datasets/import} over real HTTP: a good file lands and the analyses see it at
 * once; a bad one is a problem naming file, line and column and changes nothing; size limits,
 * unknown sources and bad names are refused before anything is written.
 *
 * <p>The fixture mcs-small.csv holds cobalt mine production 2025: Congo (Kinshasa) 10,000 t, Burma
 * W, North Korea NA, "Atlantis" 5 (no country: unattributed), other countries 1,000; total 10,000 +
 * 5 + 1,000 = 11,005 t (withheld and unavailable figures left out).
 */
class DatasetImportApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path home;
  ApiServer server;
  HttpClient http;
  String base;

  @BeforeEach
  void start() {
    Session s = Application.open(home, List.of(), StarterPack.bundled());
    server =
        ApiServer.start(
            new ApiContext(s.dataDir(), s.workspace(), "jp-us", "us-foreign-adversaries"),
            "127.0.0.1",
            0);
    http = HttpClient.newHttpClient();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  HttpResponse<String> send(HttpRequest r) throws Exception {
    return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).build());
  }

  /** A multipart/form-data request with the file in field "file", as the page's form sends it. */
  HttpResponse<String> upload(String query, String fileName, byte[] content) throws Exception {
    String boundary = "----chokepoint-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(base + "/api/v1/datasets/import?" + query))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  String cobalt() throws Exception {
    return get("/api/v1/minerals?year=2025&commodity=Cobalt&format=csv").body();
  }

  String origin(String dataset) throws Exception {
    for (JsonNode d : json(get("/api/v1/datasets")).get("datasets")) {
      if (d.get("name").asText().equals(dataset)) {
        return d.get("origin").asText();
      }
    }
    return null;
  }

  boolean stagingEmpty() throws IOException {
    Path staging = home.resolve("staging");
    if (!Files.exists(staging)) {
      return true;
    }
    try (Stream<Path> s = Files.list(staging)) {
      return s.findAny().isEmpty();
    }
  }

  @Test
  void aGoodFileLandsAndTheAnalysesSeeIt() throws Exception {
    assertThat(origin("usgs-mcs")).isEqualTo("starter");
    String before = cobalt(); // kept in the answer cache
    HttpResponse<String> r =
        upload(
            "source=usgs-mcs",
            "mcs-small.csv",
            Files.readAllBytes(Fixtures.path("usgs/mcs-small.csv")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode doc = json(r);
    assertThat(doc.get("imported").asText()).isEqualTo("usgs-mcs");
    assertThat(doc.get("rows").asLong()).isEqualTo(22);
    assertThat(origin("usgs-mcs")).isEqualTo("imported");
    String after = cobalt();
    assertThat(after)
        .isNotEqualTo(before)
        .contains("Cobalt,Mine production,metric tons,2025,11005,");
    assertThat(stagingEmpty()).isTrue();
  }

  @Test
  void aBadFileNamesLineAndColumnAndChangesNothing() throws Exception {
    assertThat(
            upload(
                    "source=usgs-mcs",
                    "mcs-small.csv",
                    Files.readAllBytes(Fixtures.path("usgs/mcs-small.csv")))
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> bad =
        upload(
            "source=usgs-mcs",
            "mcs-bad-number.csv",
            Files.readAllBytes(Fixtures.path("usgs/mcs-bad-number.csv")));
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
    assertThat(bad.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    // line 4, column 9: Japan's gallium, "3,00"
    assertThat(json(bad).get("detail").asText())
        .contains("mcs-bad-number.csv, line 4, column 9")
        .contains("is not a number");
    assertThat(cobalt()).contains(",2025,11005,");
    assertThat(stagingEmpty()).isTrue();
  }

  @Test
  void refusedBeforeAnythingIsWritten() throws Exception {
    byte[] good = Files.readAllBytes(Fixtures.path("usgs/mcs-small.csv"));
    HttpResponse<String> unknown = upload("source=ledger", "x.csv", good);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).get("detail").asText()).contains("usgs-mcs");
    HttpResponse<String> badName = upload("source=usgs-mcs&name=../etc", "x.csv", good);
    assertThat(badName.statusCode()).isEqualTo(400);
    assertThat(json(badName).get("detail").asText()).contains("dataset name");
    HttpResponse<String> empty = upload("source=usgs-mcs", "x.csv", new byte[0]);
    assertThat(empty.statusCode()).isEqualTo(422);
    HttpResponse<String> huge =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/datasets/import?source=usgs-mcs"))
                .header("Content-Type", "text/csv")
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        new byte[(int) CatalogApi.MAX_IMPORT_BYTES + (1 << 20)]))
                .build());
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(origin("usgs-mcs")).isEqualTo("starter");
    assertThat(stagingEmpty()).isTrue();
    assertThat(Files.exists(home.resolve("datasets/usgs-mcs"))).isFalse();
  }
}
