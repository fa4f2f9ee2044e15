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
import java.util.List;
import java.util.Map;
import org.chokepoint.app.Application;
import org.chokepoint.cli.ChokepointCommand;
import org.chokepoint.cli.Session;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.simulation.BuiltinTables;
import org.chokepoint.simulation.Scenario;
import org.chokepoint.simulation.SimulationJobs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/v1/simulate}, {@code /api/v1/jobs/{id}} and {@code /api/v1/scenarios/...} over real
 * HTTP. The numbers come from the SYNTHETIC two-sector table worked out by hand in ArioTest and
 * docs/methods/ario.md: s1 sells 30 a day to s2 and 70 to final demand, s2 60 to final demand;
 * halving s2's final demand from day 0 with n = 15 days and τ_inv = 6 loses 30 on day 0 (s2 alone)
 * and 60 on day 1 (s2 stops ordering from s1 as well), the peak of the run. Baseline output is 160
 * a day.
 */
class SimulationApiTest {
  @TempDir static Path home;
  static ApiServer server;
  static HttpClient http;
  static final ObjectMapper JSON = new ObjectMapper();

  static final String TWO_SECTOR =
      "name: half of s2's final demand\n"
          + "table: {dataset: two-sector}\n"
          + "horizon: 40\n"
          + "parameters: {inventory_days: 15, inventory_tau: 6}\n"
          + "shocks:\n"
          + "  - {type: final_demand, sector: R/s2, categories: [fd], magnitude: 0.5,"
          + " duration: 10}\n";

  @BeforeAll
  static void start() {
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

  static HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  static HttpResponse<String> post(String body, String type) {
    return send(
        HttpRequest.newBuilder(uri("/api/v1/simulate"))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls the job until it is done or failed (at most 30 s). */
  static JsonNode finished(String location) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      JsonNode j = json(get(location));
      String state = j.get("state").asText();
      if (state.equals("done") || state.equals("failed")) {
        return j;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("job " + location + " did not finish in 30 s");
  }

  @Test
  void runsTheHandWorkedScenarioAsAJob() throws InterruptedException {
    HttpResponse<String> r = post(TWO_SECTOR, "text/yaml");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    String location = r.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/api/v1/jobs/");
    JsonNode accepted = json(r);
    assertThat(accepted.get("location").asText()).isEqualTo(location);
    assertThat(accepted.get("state").asText()).isIn("queued", "running", "done");
    assertThat(accepted.get("progress").get("days").asInt()).isEqualTo(40);

    JsonNode done = finished(location);
    assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
    assertThat(done.get("progress").get("day").asInt()).isEqualTo(40);
    assertThat(done.get("progress").get("days").asInt()).isEqualTo(40);
    JsonNode days = done.get("time_series").get("days");
    assertThat(days).hasSize(40);
    assertThat(days.get(0).get("loss").asDouble()).isCloseTo(30, within(1e-9));
    assertThat(days.get(1).get("loss").asDouble()).isCloseTo(60, within(1e-9));
    assertThat(done.get("time_series").get("baseline_output_per_day").asDouble())
        .isCloseTo(160, within(1e-9));
    JsonNode summary = done.get("summary");
    assertThat(summary.get("peak_day").asInt()).isEqualTo(1);
    assertThat(summary.get("peak_loss").asDouble()).isCloseTo(60, within(1e-9));
    assertThat(summary.get("shortage").asBoolean()).isFalse();
    assertThat(summary.get("source").asText()).contains("built-in table two-sector", "SYNTHETIC");
    assertThat(done.get("sources").get(0).get("dataset").asText()).isEqualTo("two-sector");

    HttpResponse<String> csv = get(location + "?format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "day,production,baseline,loss,loss_share,final_demand_asked,final_demand_served,"
                + "final_demand_unmet,input_constrained_sectors,largest_alpha");
    assertThat(lines).hasSize(41);
    assertThat(Double.parseDouble(lines.get(1).split(",")[3])).isCloseTo(30, within(1e-9));
    assertThat(Double.parseDouble(lines.get(2).split(",")[3])).isCloseTo(60, within(1e-9));
  }

  /** The server and {@code chokepoint simulate} run the same service: the same summary. */
  @Test
  void sameNumbersAsTheCommandLine() throws Exception {
    Path f = home.resolve("two-sector.yaml");
    Files.writeString(f, TWO_SECTOR);
    Path out = home.resolve("cli-out");
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code =
        ChokepointCommand.run(
            new String[] {
              "--data-dir", home.toString(), "simulate", f.toString(), "--out", out.toString()
            },
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8),
            Application.opener(Map.of(), home.toString(), StarterPack.bundled()));
    assertThat(code).as(e.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode cli = JSON.readTree(out.resolve("summary.json").toFile());

    HttpResponse<String> r =
        post(JSON.writeValueAsString(yamlAsJson(TWO_SECTOR)), "application/json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    JsonNode http = finished(r.headers().firstValue("Location").orElseThrow()).get("summary");
    for (String k : List.of("total_loss", "peak_loss", "peak_day", "baseline_output_per_day")) {
      assertThat(http.get(k).asDouble()).as(k).isEqualTo(cli.get(k).asDouble());
    }
    assertThat(Files.readString(out.resolve("timeseries.csv")))
        .isEqualTo(get(r.headers().firstValue("Location").orElseThrow() + "?format=csv").body());
  }

  static JsonNode yamlAsJson(String yaml) throws IOException {
    return new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(yaml);
  }

  @Test
  void badScenariosAreProblemsNamingTheField() {
    HttpResponse<String> r =
        post(
            "name: bad\n"
                + "table: {dataset: two-sector}\n"
                + "shocks:\n"
                + "  - type: final_demand\n"
                + "    sector: R/s2\n"
                + "    magnitude: 2\n",
            "application/yaml");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode err = json(r).get("errors").get(0);
    assertThat(err.get("parameter").asText()).isEqualTo("shocks[0].magnitude");
    assertThat(err.get("message").asText()).contains("[0, 1]");
    assertThat(err.get("line").asInt()).isEqualTo(6);
    assertThat(err.get("column").asInt()).isEqualTo(5);

    r = post("name: bad\ntable: {dataset: two-sector\nshocks: []\n", "text/yaml");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("detail").asText()).contains("not valid YAML");
    assertThat(json(r).get("errors").get(0).get("line").asInt()).isPositive();

    r =
        post(
            "table: {mrio: /etc}\nshocks: [{type: capacity, sector: s1, magnitude: 1}]\n",
            "text/yaml");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("errors").get(0).get("parameter").asText()).isEqualTo("table.mrio");
    assertThat(json(r).get("detail").asText()).contains("may not name folders");

    r =
        post(
            "table: {dataset: no-such}\nshocks: [{type: capacity, sector: s1, magnitude: 1}]\n",
            "text/yaml");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("errors").get(0).get("parameter").asText()).isEqualTo("table.dataset");
    assertThat(json(r).get("detail").asText()).contains("two-sector");

    r =
        post(
            "table: {dataset: two-sector}\nshocks: [{type: capacity, sector: R/s9, magnitude: 1}]\n",
            "text/yaml");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("errors").get(0).get("parameter").asText())
        .isEqualTo("shocks[0].sector");
    assertThat(json(r).get("detail").asText()).contains("no sector R/s9");

    r =
        post(
            "model: firm\nnetwork: {firms: /etc/passwd, links: /etc/hosts}\nshocks: []\n",
            "text/yaml");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("errors").get(0).get("parameter").asText()).isEqualTo("network");

    r = post(TWO_SECTOR.replace("horizon: 40", "horizon: 36500"), "text/yaml");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("errors").get(0).get("parameter").asText()).isEqualTo("horizon");

    r = post("# " + "x".repeat(400 << 10) + "\n" + TWO_SECTOR, "text/yaml");
    assertThat(r.statusCode()).isEqualTo(413);

    assertThat(post(TWO_SECTOR, "image/png").statusCode()).isEqualTo(415);
    assertThat(post("", "text/yaml").statusCode()).isEqualTo(400);
  }

  @Test
  void openApiDocumentsTheJobRoutes() {
    JsonNode paths = json(get("/openapi.json")).get("paths");
    assertThat(paths.get("/api/v1/simulate").get("post").get("responses").has("202")).isTrue();
    assertThat(
            paths
                .get("/api/v1/simulate")
                .get("post")
                .get("requestBody")
                .get("content")
                .has("text/yaml"))
        .isTrue();
    JsonNode id = paths.get("/api/v1/jobs/{id}").get("get").get("parameters").get(0);
    assertThat(id.get("name").asText()).isEqualTo("id");
    assertThat(id.get("in").asText()).isEqualTo("path");
  }

  @Test
  void unknownJobIsNotFound() {
    HttpResponse<String> r = get("/api/v1/jobs/0123456789abcdef");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).get("detail").asText()).contains("no job");
  }

  @Test
  void examplesAreListedAndEachNamesABuiltInTable() {
    HttpResponse<String> r = get("/api/v1/scenarios/examples");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode list = json(r).get("examples");
    assertThat(list.size()).isGreaterThanOrEqualTo(3);
    for (JsonNode e : list) {
      Scenario sc = Scenario.parse(e.get("yaml").asText(), e.get("name").asText());
      assertThat(sc.model().equals("firm") ? BuiltinTables.networkNames() : BuiltinTables.names())
          .contains(sc.dataset());
    }
    assertThat(get("/api/v1/scenarios/examples?format=csv").body())
        .startsWith("name,title,model,dataset,description");
    JsonNode tables = json(get("/api/v1/scenarios/tables")).get("tables");
    assertThat(tables.get(0).get("dataset").asText()).isEqualTo("two-sector");
    assertThat(tables.get(0).get("synthetic").asBoolean()).isTrue();
  }

  /**
   * The firm-level model on the built-in two-firm loop (validation case 06): Inoue and Todo's
   * published totals are 400 before the shock, 380 on day 0, 344.33333333333337 on day 1, 200 on
   * day 6 and 400 from day 20 (as SimulateCommandTest checks on the command line).
   */
  @Test
  void firmModelOnABuiltInNetwork() throws InterruptedException {
    String yaml =
        json(get("/api/v1/scenarios/examples")).findValues("yaml").stream()
            .map(JsonNode::asText)
            .filter(y -> y.contains("dataset: inoue-todo-loop"))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> r = post(yaml, "text/yaml");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    JsonNode done = finished(r.headers().firstValue("Location").orElseThrow());
    assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
    JsonNode days = done.get("time_series").get("days");
    assertThat(days).hasSize(41);
    assertThat(days.get(0).get("day").asInt()).isEqualTo(-1);
    assertThat(days.get(0).get("production").asDouble()).isCloseTo(400, within(1e-9));
    assertThat(days.get(1).get("production").asDouble()).isCloseTo(380, within(1e-9));
    assertThat(days.get(2).get("production").asDouble())
        .isCloseTo(344.33333333333337, within(1e-9));
    assertThat(days.get(7).get("production").asDouble()).isCloseTo(200, within(1e-9));
    assertThat(days.get(21).get("production").asDouble()).isCloseTo(400, within(1e-9));
    assertThat(done.get("summary").get("peak_day").asInt()).isEqualTo(6);
    assertThat(done.get("sources").get(0).get("dataset").asText()).isEqualTo("inoue-todo-loop");
    String csv = get(r.headers().firstValue("Location").orElseThrow() + "?format=csv").body();
    assertThat(csv).startsWith("day,production,baseline,loss,loss_share,final_consumption,");
    assertThat(csv.lines().toList()).hasSize(42);

    r = post(yaml.replace("firm: \"1\"", "firm: \"9\""), "text/yaml");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("errors").get(0).get("parameter").asText()).isEqualTo("shocks[0].firm");
  }

  /**
   * With one job kept, a second job is refused while the first runs (a century on the BEA table,
   * far longer than the submission that follows it), and pushes the first out once it is done.
   */
  @Test
  void keepsOnlyTheLastJobs() throws InterruptedException {
    SimulationJobs jobs = new SimulationJobs(1, 1);
    Scenario sc = Scenario.parse(TWO_SECTOR, "scenario");
    Scenario century =
        Scenario.parse(
            "table: {dataset: bea-us-2023-summary}\nhorizon: 36500\n"
                + "shocks: [{type: capacity, sector: \"334\", magnitude: 0.5}]\n",
            "scenario");
    SimulationJobs.Job first =
        jobs.submit(century, BuiltinTables.table("bea-us-2023-summary"), g -> java.util.Set.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> jobs.submit(sc, BuiltinTables.table("two-sector"), g -> java.util.Set.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("still queued or running");
    for (int i = 0; i < 1200 && first.state() != SimulationJobs.State.DONE; i++) {
      Thread.sleep(50);
    }
    assertThat(first.state()).isEqualTo(SimulationJobs.State.DONE);
    assertThat(first.day()).isEqualTo(36500);
    SimulationJobs.Job second =
        jobs.submit(sc, BuiltinTables.table("two-sector"), g -> java.util.Set.of());
    assertThat(jobs.find(first.id())).isEmpty();
    assertThat(jobs.find(second.id())).isPresent();
  }

  /**
   * Static inoperability on the two-sector table, by hand: A* = diag(x)⁻¹ Z has the one entry
   * A*[s1][s2] = 10,950 / 36,500 = 0.3; with c*(s2) = 0.5, q(s2) = 0.5 and q(s1) = 0.3 · 0.5 =
   * 0.15; loss = x · q = 36,500 · 0.15 = 5,475 and 21,900 · 0.5 = 10,950 (a year of flows).
   */
  @Test
  void iimOnABuiltInTableByHand() throws Exception {
    HttpResponse<String> r = get("/api/v1/io/iim?table=two-sector&shock=R/s2=0.5");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode doc = json(r);
    assertThat(doc.get("model").asText()).isEqualTo("static inoperability");
    JsonNode s1 = doc.get("sectors").get(0);
    JsonNode s2 = doc.get("sectors").get(1);
    assertThat(s1.get("sector").asText()).isEqualTo("s1");
    assertThat(s1.get("inoperability").asDouble()).isCloseTo(0.15, within(1e-12));
    assertThat(s2.get("inoperability").asDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(s1.get("loss").asDouble()).isCloseTo(5475, within(1e-6));
    assertThat(s2.get("loss").asDouble()).isCloseTo(10950, within(1e-6));

    // the same service as chokepoint io iim: the same CSV on the same table
    Path table = twoSectorFolder("two-sector-table");
    String cli = cliOut("io", "iim", table.toString(), "--shock", "R/s2=0.5", "--format", "csv");
    assertThat(get("/api/v1/io/iim?table=two-sector&shock=R/s2=0.5&format=csv").body())
        .isEqualTo(cli);

    JsonNode dyn = json(get("/api/v1/io/iim?table=two-sector&shock=R/s2=0.5@0:4&steps=10&k=0.5"));
    assertThat(dyn.get("model").asText()).isEqualTo("dynamic inoperability");
    assertThat(dyn.get("trajectory")).hasSize(10);

    HttpResponse<String> bad = get("/api/v1/io/iim?table=two-sector");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("errors").get(0).get("parameter").asText()).isEqualTo("shock");
    bad = get("/api/v1/io/iim?table=two-sector&shock=R/s9=0.5");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("detail").asText()).contains("no sector R/s9");
    bad = get("/api/v1/io/iim?table=two-sector&shock=R/s2=0.5&steps=0");
    assertThat(json(bad).get("errors").get(0).get("parameter").asText()).isEqualTo("steps");
    bad = get("/api/v1/io/iim?table=../../etc&shock=R/s2=0.5");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("errors").get(0).get("parameter").asText()).isEqualTo("table");
  }

  /**
   * The Leontief inverse of the two-sector table, by hand: A = Z diag(x)⁻¹ has A[s1][s2] = 10,950 /
   * 21,900 = 0.5, so L = (I − A)⁻¹ = [[1, 0.5], [0, 1]]; the CSV is the L.csv io analyze writes.
   */
  @Test
  void leontiefOfABuiltInTableByHand() throws Exception {
    HttpResponse<String> r = get("/api/v1/io/analyze?table=two-sector&matrix=L");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode v = json(r).get("values");
    assertThat(v.get(0).get(0).asDouble()).isCloseTo(1, within(1e-12));
    assertThat(v.get(0).get(1).asDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(v.get(1).get(0).asDouble()).isCloseTo(0, within(1e-12));
    assertThat(v.get(1).get(1).asDouble()).isCloseTo(1, within(1e-12));
    assertThat(json(r).get("rows").get(1).asText()).isEqualTo("R/s2");

    Path table = twoSectorFolder("two-sector-analyze");
    Path out = home.resolve("two-sector-analyzed");
    cliOut("io", "analyze", table.toString(), "--out", out.toString());
    assertThat(get("/api/v1/io/analyze?table=two-sector&matrix=L&format=csv").body())
        .isEqualTo(Files.readString(out.resolve("L.csv")));
    assertThat(get("/api/v1/io/analyze?table=two-sector&matrix=x&format=csv").body())
        .isEqualTo(Files.readString(out.resolve("x.csv")));

    assertThat(get("/api/v1/io/analyze?table=two-sector&matrix=Q").statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/io/analyze?matrix=L").statusCode()).isEqualTo(400);
  }

  /** The built-in two-sector table as a folder in pymrio's layout, for the commands. */
  static Path twoSectorFolder(String name) throws IOException {
    Path table = home.resolve(name);
    Files.createDirectories(table);
    Files.writeString(
        table.resolve("Z.csv"),
        "region,,R,R\nsector,,s1,s2\nregion,sector,,\nR,s1,0,10950\nR,s2,0,0\n");
    Files.writeString(
        table.resolve("Y.csv"),
        "region,,R\ncategory,,fd\nregion,sector,\nR,s1,25550\nR,s2,21900\n");
    return table;
  }

  static String cliOut(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    List<String> all = new java.util.ArrayList<>(List.of("--data-dir", home.toString()));
    all.addAll(List.of(args));
    int code =
        ChokepointCommand.run(
            all.toArray(String[]::new),
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8),
            Application.opener(Map.of(), home.toString(), StarterPack.bundled()));
    assertThat(code).as(e.toString(StandardCharsets.UTF_8)).isZero();
    return o.toString(StandardCharsets.UTF_8);
  }
}
