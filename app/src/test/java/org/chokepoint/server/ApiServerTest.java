package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chokepoint.app.Application;
import org.chokepoint.cli.ChokepointCommand;
import org.chokepoint.cli.Session;
import org.chokepoint.data.catalog.StarterPack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST API over real HTTP on an ephemeral loopback port, against the bundled starter data.
 * Analysis results are compared with what the command line prints for the same query (the API must
 * call the same services and write the same reports), and the gallium figures are checked by hand
 * from USGS MCS 2026: China 900,000 kg, Russia 6,000, Japan 3,000, United States and other
 * countries "—".
 */
class ApiServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path home;
  static ApiServer server;
  static HttpClient http;
  static String base;

  @BeforeAll
  static void start() {
    Session s = Application.open(home, List.of(), StarterPack.bundled());
    server =
        ApiServer.start(
            new ApiContext(s.dataDir(), s.workspace(), s.defaultPerspective(), s.defaultConcern()),
            "127.0.0.1",
            0);
    http = HttpClient.newHttpClient();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b.build());
  }

  static HttpResponse<String> send(HttpRequest r) {
    try {
      return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the command line prints for the same data directory and arguments. */
  static String cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of("--data-dir", home.toString()));
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

  /** A problem-details response: status, media type, and the fields RFC 9457 defines. */
  static JsonNode problem(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode p = json(r);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("type").asText()).startsWith("urn:chokepoint:problem:");
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("detail").asText()).isNotBlank();
    return p;
  }

  static List<String> parameters(JsonNode problem) {
    List<String> names = new ArrayList<>();
    problem.get("errors").forEach(e -> names.add(e.get("parameter").asText()));
    return names;
  }

  @Test
  void healthAnswersOk() {
    HttpResponse<String> r = get("/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("status").asText()).isEqualTo("ok");
  }

  @Test
  void galliumConcentrationByHand() {
    HttpResponse<String> r = get("/api/v1/minerals?year=2025&commodity=Gallium");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode doc = json(r);
    JsonNode primary = null;
    for (JsonNode row : doc.get("rows")) {
      if (row.get("stage").asText().equals("Primary production")) {
        primary = row;
      }
    }
    assertThat(primary).isNotNull();
    double total = 900_000 + 6_000 + 3_000;
    double hhi = (900_000.0 * 900_000 + 6_000.0 * 6_000 + 3_000.0 * 3_000) / (total * total);
    assertThat(primary.get("total").asDouble()).isEqualTo(total);
    assertThat(primary.get("hhi").asDouble()).isCloseTo(hhi, within(1e-12));
    assertThat(primary.get("cr1").asDouble()).isCloseTo(900_000 / total, within(1e-12));
    assertThat(primary.get("top_producer").asText()).isEqualTo("CHN");
    // every number is cited: the USGS dataset is among the sources
    assertThat(doc.get("sources").findValuesAsText("dataset")).contains("usgs-mcs");
    assertThat(r.headers().allValues("Chokepoint-Source")).anyMatch(h -> h.contains("usgs-mcs"));
  }

  @Test
  void analysesAnswerWhatTheCommandLinePrints() {
    assertThat(get("/api/v1/minerals?year=2025&critical_only=true").body())
        .isEqualTo(cli("minerals", "--year", "2025", "--critical-only", "--format", "json"));
    assertThat(get("/api/v1/minerals?year=2025&perspective=JPN&format=csv").body())
        .isEqualTo(cli("minerals", "--year", "2025", "--perspective", "JPN", "--format", "csv"));
    assertThat(get("/api/v1/dependence?year=2024&products=hs:8112,hs:850511&format=csv").body())
        .isEqualTo(
            cli(
                "dependence",
                "--year",
                "2024",
                "--products",
                "hs:8112,hs:850511",
                "--format",
                "csv"));
    assertThat(get("/api/v1/criticality/jp-checklist?year=2024&products=hs:850511").body())
        .isEqualTo(
            cli(
                "criticality",
                "--method",
                "jp-checklist",
                "--year",
                "2024",
                "--products",
                "hs:850511",
                "--format",
                "json"));
    assertThat(get("/api/v1/chokepoints?threshold=0.4", "Accept", "text/csv").body())
        .isEqualTo(
            cli("chokepoints", "--network", "eto-chips", "--threshold", "0.4", "--format", "csv"));
    assertThat(get("/api/v1/datasets?format=csv").body())
        .isEqualTo(cli("data", "list", "--format", "csv"));
    assertThat(get("/api/v1/groups?format=csv").body()).isEqualTo(cli("groups", "--format", "csv"));
  }

  @Test
  void csvOnRequestByQueryOrAcceptHeader() {
    HttpResponse<String> byQuery = get("/api/v1/minerals?year=2025&format=csv");
    HttpResponse<String> byAccept = get("/api/v1/minerals?year=2025", "Accept", "text/csv");
    HttpResponse<String> preferred =
        get("/api/v1/minerals?year=2025", "Accept", "application/json;q=0.5, text/csv");
    for (HttpResponse<String> r : List.of(byQuery, byAccept, preferred)) {
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
      assertThat(r.body()).startsWith("commodity,stage,unit,year,total,hhi,");
      assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
          .contains("minerals-2025.csv");
    }
    assertThat(byAccept.body()).isEqualTo(byQuery.body());
    HttpResponse<String> json = get("/api/v1/minerals?year=2025", "Accept", "*/*");
    assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
  }

  @Test
  void invalidParametersAreEachNamed() {
    JsonNode p =
        problem(
            get("/api/v1/minerals?year=twenty&critical_only=perhaps&colour=red&format=csv"), 400);
    assertThat(parameters(p)).containsExactlyInAnyOrder("year", "critical_only", "colour");
    assertThat(p.get("errors").toString())
        .contains("\\\"twenty\\\" is not an integer")
        .contains("this endpoint takes year, perspective");
    assertThat(parameters(problem(get("/api/v1/minerals"), 400))).containsExactly("year");
    assertThat(parameters(problem(get("/api/v1/minerals?year=2025&year=2024"), 400)))
        .containsExactly("year");
    assertThat(parameters(problem(get("/api/v1/minerals?year=2025&format=xml"), 400)))
        .containsExactly("format");
    assertThat(parameters(problem(get("/api/v1/dependence?year=2024&list=no-such"), 400)))
        .containsExactly("list");
    assertThat(parameters(problem(get("/api/v1/chokepoints?threshold=NaN"), 400)))
        .containsExactly("threshold");
    assertThat(parameters(problem(get("/api/v1/chokepoints?threshold=7"), 400)))
        .containsExactly("threshold");
    // what the workspace refuses comes back with its own message
    assertThat(problem(get("/api/v1/minerals?year=1900"), 400).get("detail").asText())
        .contains("no world production for 1900")
        .contains("years available: [2024, 2025]");
    assertThat(
            problem(get("/api/v1/minerals?year=2025&concern=no-such-group"), 400)
                .get("detail")
                .asText())
        .contains("unknown group or country \"no-such-group\"");
    assertThat(
            problem(get("/api/v1/minerals?year=2025&commodity=Unobtainium"), 404)
                .get("detail")
                .asText())
        .contains("Unobtainium");
  }

  @Test
  void unknownPathsMethodsAndMediaTypesAreProblems() {
    problem(get("/api/v1/no-such-thing"), 404);
    problem(
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/minerals?year=2025"))
                .DELETE()
                .build()),
        405);
    problem(get("/api/v1/minerals?year=2025", "Accept", "image/png"), 406);
    problem(get("/api/v1/defaults?format=csv"), 406);
  }

  static HttpResponse<String> post(String path, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  static byte[] fixture(String name) {
    try (var in = ApiServerTest.class.getResourceAsStream("/fixtures/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file of the data directory with its size: what a request must not change. */
  static List<String> dataDirectory() {
    try (Stream<Path> s = Files.walk(home)) {
      return s.map(
              p -> {
                try {
                  return home.relativize(p) + ":" + (Files.isRegularFile(p) ? Files.size(p) : -1);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void supplyRiskFromAnUploadedCsvByHand() {
    // Xium [2 x .6/2 + 1 x (1 - .6/2)] x (1 - .1) x .9 = 1.053; Yium 2 x .9 x .9 = 1.62;
    // Zium 1 x .9 x .9 = .81
    HttpResponse<String> raw =
        post("/api/v1/criticality/eu-sr/inputs?format=csv", "text/csv", fixture("sr-inputs.csv"));
    assertThat(raw.statusCode()).as(raw.body()).isEqualTo(200);
    assertThat(raw.body().lines().toList())
        .containsExactly(
            "material,stage,sr",
            "Xium,extraction,1.053",
            "Yium,processing,1.62",
            "Zium,processing,0.81");
    String boundary = "b0undary";
    byte[] form =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sr-inputs.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n"
                + new String(fixture("sr-inputs.csv"), StandardCharsets.UTF_8)
                + "\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> multipart =
        post(
            "/api/v1/criticality/eu-sr/inputs?format=csv",
            "multipart/form-data; boundary=" + boundary,
            form);
    assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(200);
    assertThat(multipart.body()).isEqualTo(raw.body());
  }

  @Test
  void malformedUploadsAreProblemsAndChangeNothing() {
    List<String> before = dataDirectory();
    String datasets = get("/api/v1/datasets").body();
    JsonNode bad =
        problem(
            post("/api/v1/criticality/eu-sr/inputs", "text/csv", fixture("sr-bad-supply.csv")),
            422);
    assertThat(bad.get("detail").asText())
        .isEqualTo(
            "upload.csv, line 2, column 3: supply_used \"all\" must be both, global or sourcing");
    problem(post("/api/v1/criticality/eu-sr/inputs", "text/csv", new byte[0]), 422);
    problem(
        post(
            "/api/v1/criticality/eu-sr/inputs",
            "text/csv",
            "material,stage\n\u00ff\u00fe\u0000".getBytes(StandardCharsets.ISO_8859_1)),
        422);
    problem(post("/api/v1/criticality/eu-sr/inputs", "application/json", "{}".getBytes()), 415);
    byte[] huge = new byte[3 << 20];
    java.util.Arrays.fill(huge, (byte) 'a');
    problem(post("/api/v1/criticality/eu-sr/inputs", "text/csv", huge), 413);
    assertThat(dataDirectory()).isEqualTo(before);
    assertThat(get("/api/v1/datasets").body()).isEqualTo(datasets);
  }

  @Test
  void openApiDescribesEveryRouteAndEachAnswers() {
    HttpResponse<String> r = get("/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode doc = json(r);
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    JsonNode paths = doc.get("paths");
    for (Route route : server.routes()) {
      JsonNode op = paths.path(route.path()).path(route.method().toLowerCase());
      assertThat(op.isObject()).as(route.path()).isTrue();
      List<String> names = new ArrayList<>();
      op.get("parameters").forEach(p -> names.add(p.get("name").asText()));
      assertThat(names)
          .containsAll(route.params().stream().map(Param::name).toList())
          .contains("format");
    }
    // every documented GET without required parameters answers
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode op = e.getValue().get("get");
      if (op == null) {
        continue;
      }
      boolean needs = false;
      for (JsonNode p : op.get("parameters")) {
        needs |= p.get("required").asBoolean();
      }
      if (!needs) {
        // workspace endpoints (with a security requirement) have no database in this server
        boolean workspace = op.get("security").size() > 0;
        assertThat(get(e.getKey()).statusCode()).as(e.getKey()).isEqualTo(workspace ? 503 : 200);
      }
    }
  }

  @Test
  void apiPageWorksOfflineAndHasAFormPerRoute() {
    HttpResponse<String> r = get("/api");
    assertThat(r.statusCode()).isEqualTo(200);
    String html = r.body();
    for (Route route : server.routes()) {
      boolean form =
          (route.body() == null || !route.body().json())
              && route.params().stream().noneMatch(Param::inPath);
      assertThat(html)
          .contains(form ? "action=\"" + route.path() + "\"" : "<code>" + route.path() + "</code>");
    }
    assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
    assertThat(html).contains("<label for=");
  }
}
