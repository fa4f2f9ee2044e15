package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.app.Application;
import org.chokepoint.cli.ChokepointCommand;
import org.chokepoint.cli.Session;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/v1/network/...} over real HTTP. Technology network: the bundled CSET/ETO chip data,
 * where provision.csv gives NLD (P45) 100 % of EUV lithography tools (N20). Firm network: the
 * hand-made magnet chain of the data module's fixtures (figures worked out in
 * FirmNetworkImporterTest): with country:CHN (REFINE) shocked, ALLOY and MAGNET are 6/7 exposed,
 * MOTOR, CAR and RECYCLER 3/7; every supply path to RECYCLER passes CAR, then MOTOR.
 */
class NetworkApiTest {
  @TempDir static Path home;
  static ApiServer server;
  static HttpClient http;

  @BeforeAll
  static void start() {
    assertThat(cli("network", "import", "magnets", Fixtures.path("network/magnets").toString()))
        .contains("imported magnets");
    Session s = Application.open(home, List.of(), StarterPack.bundled());
    server =
        ApiServer.start(
            new ApiContext(s.dataDir(), s.workspace(), s.defaultPerspective(), s.defaultConcern()),
            "127.0.0.1",
            0);
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> all = new java.util.ArrayList<>(List.of("--data-dir", home.toString()));
    all.addAll(List.of(args));
    int code =
        ChokepointCommand.run(
            all.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            Application.opener(Map.of(), home.toString(), StarterPack.bundled()));
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void treeOfEuvToolsNamesTheNetherlandsWithItsSource() {
    HttpResponse<String> r = get("/api/v1/network/tree?product=N20&depth=0");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode doc = ApiServerTest.json(r);
    assertThat(doc.get("product_name").asText()).isEqualTo("EUV lithography tools");
    JsonNode nld = null;
    for (JsonNode row : doc.get("rows")) {
      if ("P45".equals(row.path("provider").asText())) {
        nld = row;
      }
    }
    assertThat(nld).isNotNull();
    assertThat(nld.get("provider_country").asText()).isEqualTo("NLD");
    assertThat(nld.get("share").asDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(doc.get("sources").get(0).get("licence").asText()).contains("CC BY-NC 4.0");
    assertThat(r.headers().allValues("Chokepoint-Source")).anyMatch(h -> h.contains("eto-chips"));
  }

  @Test
  void treeAndResidualAnswerWhatTheCommandLinePrints() {
    assertThat(get("/api/v1/network/tree?product=N99&depth=2&format=csv").body())
        .isEqualTo(
            cli(
                "network",
                "tree",
                "--network",
                "eto-chips",
                "--product",
                "N99",
                "--depth",
                "2",
                "--format",
                "csv"));
    assertThat(get("/api/v1/network/residual?stop=country:NLD", "Accept", "text/csv").body())
        .isEqualTo(
            cli(
                "network",
                "residual",
                "--network",
                "eto-chips",
                "--stop",
                "country:NLD",
                "--format",
                "csv"));
  }

  @Test
  void treeRowsHangUnderTheirParents() {
    JsonNode rows = ApiServerTest.json(get("/api/v1/network/tree?product=N99&depth=3")).get("rows");
    // a node used by several parents appears once under each: test (node, depth) pairs
    java.util.Set<String> placed = new java.util.HashSet<>();
    rows.forEach(n -> placed.add(n.get("node").asText() + "@" + n.get("depth").asInt()));
    assertThat(rows.size()).isGreaterThan(1);
    for (JsonNode n : rows) {
      if (n.get("depth").asInt() == 0) {
        assertThat(n.get("node").asText()).isEqualTo("N99");
        assertThat(n.get("parent").isNull()).isTrue();
      } else {
        assertThat(placed).contains(n.get("parent").asText() + "@" + (n.get("depth").asInt() - 1));
      }
    }
  }

  @Test
  void nothingOfEuvToolsIsLeftWhenTheNetherlandsStops() {
    JsonNode doc = ApiServerTest.json(get("/api/v1/network/residual?stop=country:NLD&product=N20"));
    assertThat(doc.get("rows")).hasSize(1);
    assertThat(doc.get("rows").get(0).get("residual_capacity").asDouble()).isZero();
    assertThat(doc.get("stop").get(0).asText()).isEqualTo("country:NLD");
  }

  @Test
  void exposureOfTheMagnetChainByHand() {
    HttpResponse<String> r = get("/api/v1/network/exposure?network=magnets&shock=country:CHN");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    String csv =
        get("/api/v1/network/exposure?network=magnets&shock=country:CHN&format=csv").body();
    assertThat(csv)
        .isEqualTo(
            cli(
                "network",
                "exposure",
                "--network",
                "magnets",
                "--shock",
                "country:CHN",
                "--format",
                "csv"));
    Map<String, Double> exposure = new HashMap<>();
    for (String line : csv.split("\r?\n")) {
      String[] f = line.split(",");
      if (!f[0].equals("node")) {
        exposure.put(f[0], Double.parseDouble(f[1]));
      }
    }
    assertThat(exposure.get("ALLOY")).isCloseTo(6.0 / 7, within(1e-9));
    assertThat(exposure.get("MAGNET")).isCloseTo(6.0 / 7, within(1e-9));
    assertThat(exposure.get("MOTOR")).isCloseTo(3.0 / 7, within(1e-9));
    assertThat(exposure.get("RECYCLER")).isCloseTo(3.0 / 7, within(1e-9));
  }

  @Test
  void dominatorsOfTheRecyclerAreCarThenMotor() {
    HttpResponse<String> r =
        get("/api/v1/network/dominators?network=magnets&target=RECYCLER&format=csv");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body())
        .isEqualTo(
            cli(
                "network",
                "dominators",
                "--network",
                "magnets",
                "--target",
                "RECYCLER",
                "--format",
                "csv"));
    List<String> lines = List.of(r.body().split("\r?\n"));
    assertThat(lines.get(1)).contains("CAR");
    assertThat(lines.get(2)).contains("MOTOR");
  }

  @Test
  void malformedRequestsAreProblemDetails() {
    assertThat(
            ApiServerTest.parameters(
                ApiServerTest.problem(get("/api/v1/network/tree?depth=x"), 400)))
        .containsExactlyInAnyOrder("product", "depth");
    assertThat(
            ApiServerTest.parameters(
                ApiServerTest.problem(get("/api/v1/network/tree?product=N99&depth=99"), 400)))
        .containsExactly("depth");
    assertThat(
            ApiServerTest.problem(get("/api/v1/network/tree?product=N9999"), 404)
                .get("detail")
                .asText())
        .contains("N9999");
    assertThat(
            ApiServerTest.problem(get("/api/v1/network/residual?stop=NLD"), 400)
                .get("detail")
                .asText())
        .contains("expected country:ISO3, group:NAME or provider:ID");
    assertThat(
            ApiServerTest.problem(get("/api/v1/network/tree?network=magnets&product=N99"), 400)
                .get("detail")
                .asText())
        .contains("not a technology network");
    assertThat(
            ApiServerTest.problem(get("/api/v1/network/exposure?network=eto-chips&shock=x:1"), 400)
                .get("detail")
                .asText())
        .contains("not a firm network");
    ApiServerTest.problem(
        get("/api/v1/network/exposure?network=magnets&shock=country:CHN&min_exposure=2"), 400);
    assertThat(
            ApiServerTest.problem(
                    get("/api/v1/network/dominators?network=magnets&target=NOPE%3Cscript%3E"), 404)
                .get("detail")
                .asText())
        .contains("NOPE");
  }
}
