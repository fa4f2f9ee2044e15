package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.chokepoint.app.Application;
import org.chokepoint.cli.Session;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.screening.match.Thresholds;
import org.chokepoint.screening.service.CatalogLists;
import org.chokepoint.screening.service.ScreeningIndex;
import org.chokepoint.screening.service.ScreeningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screening endpoints over real HTTP, against two lists of the bundled starter pack (real
 * published lists): the DoD 1260H list of 2026-06-08 and EU Regulation 833/2014's annexes of
 * 2026-05-24. The expected hits are read off the lists' own rows: 1260H entry 1260H-745cb4e600 has
 * the primary name "Huawei Technologies Co., Ltd." (a COMPANY); EU 833 entry IV/4 has the alias
 * "JSC Concern Kalashnikov". A query written exactly as a listed name pairs every word with itself
 * ("same word" or "same legal form", similarity 1), so its score is 1.000 and, at the default
 * thresholds (match from 0.88), its decision is match.
 */
class ScreeningApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> LISTS = List.of("us-dod-1260h", "eu-833");

  @TempDir static Path home;
  static ApiServer server;
  static HttpClient http;
  static String base;
  static ApiContext context;

  @BeforeAll
  static void start() {
    Session s = Application.open(home, List.of(), StarterPack.bundled());
    context =
        new ApiContext(
            s.dataDir(),
            s.workspace(),
            s.defaultPerspective(),
            s.defaultConcern(),
            Thresholds.DEFAULT,
            WorkspaceGate.none(),
            false);
    ScreeningIndex index =
        new ScreeningIndex(
            s.workspace().catalog(),
            c -> new ScreeningService(CatalogLists.load(c, LISTS), Thresholds.DEFAULT),
            line -> {});
    server = ApiServer.start(context, List.of(new ScreeningApi(index)), "127.0.0.1", 0);
    http = HttpClient.newHttpClient();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
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

  /** GET, retrying while the index is being built (as the web page does after a 503). */
  static HttpResponse<String> get(String baseUrl, String path) {
    for (int i = 0; ; i++) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build());
      if (r.statusCode() != 503 || i > 120) {
        return r;
      }
      sleep(500);
    }
  }

  static HttpResponse<String> get(String path) {
    return get(base, path);
  }

  static HttpResponse<String> post(String path, String type, byte[] body) {
    for (int i = 0; ; i++) {
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .header("Content-Type", type)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build());
      if (r.statusCode() != 503 || i > 120) {
        return r;
      }
      sleep(500);
    }
  }

  static HttpResponse<String> postCsv(String path, String body) {
    return post(path, "text/csv", body.getBytes(StandardCharsets.UTF_8));
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode problem(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    try {
      JsonNode p = JSON.readTree(r.body());
      assertThat(p.get("status").asInt()).isEqualTo(status);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void oneNameFindsTheListedCompanyWithItsExplanationAndTheListsProvenance() {
    JsonNode root =
        json(get("/api/v1/screen/name?name=" + q("Huawei Technologies Co., Ltd.") + "&limit=3"));
    assertThat(root.get("thresholds").get("match").asDouble()).isEqualTo(0.88);
    assertThat(root.get("thresholds").get("review").asDouble()).isEqualTo(0.75);
    List<String> datasets = new ArrayList<>();
    root.get("lists").forEach(l -> datasets.add(l.get("dataset").asText()));
    assertThat(datasets).containsExactlyInAnyOrderElementsOf(LISTS);
    JsonNode dod = null;
    for (JsonNode l : root.get("lists")) {
      if (l.get("dataset").asText().equals("us-dod-1260h")) {
        dod = l;
      }
    }
    assertThat(dod.get("vintage").asText()).isEqualTo("2026-06-08");
    assertThat(dod.get("licence").asText()).startsWith("Public domain");
    assertThat(dod.get("source").asText()).contains("Department of Defense");
    JsonNode result = root.get("results").get(0);
    assertThat(result.get("decision").asText()).isEqualTo("match");
    JsonNode hits = result.get("hits");
    assertThat(hits.size()).isBetween(1, 3);
    JsonNode best = hits.get(0);
    assertThat(best.get("list").asText()).isEqualTo("us-dod-1260h");
    assertThat(best.get("list_date").asText()).isEqualTo("2026-06-08");
    assertThat(best.get("entry_id").asText()).isEqualTo("1260H-745cb4e600");
    assertThat(best.get("matched_name").asText()).isEqualTo("Huawei Technologies Co., Ltd.");
    assertThat(best.get("matched_name_kind").asText()).isEqualTo("primary");
    assertThat(best.get("schema").asText()).isEqualTo("COMPANY");
    assertThat(best.get("score").asDouble()).isEqualTo(1.0);
    assertThat(best.get("decision").asText()).isEqualTo("match");
    assertThat(best.get("explanation").asText())
        .startsWith("Score 1.00: match (match from 0.88, review from 0.75).");
    List<String> relations = new ArrayList<>();
    best.get("matched_words")
        .forEach(
            w -> {
              assertThat(w.get("similarity").asDouble()).isEqualTo(1.0);
              relations.add(w.get("query").asText() + "=" + w.get("relation").asText());
            });
    assertThat(relations)
        .contains("Huawei=same word", "Technologies=same word", "Co Ltd=same legal form");
    assertThat(best.get("unmatched_query_words").size()).isZero();
    // every hit reaches the review threshold, best first
    double previous = 1.0;
    for (JsonNode h : hits) {
      assertThat(h.get("score").asDouble()).isBetween(0.75, previous);
      previous = h.get("score").asDouble();
    }
  }

  @Test
  void anAliasInAnotherListAndTheListSelection() {
    JsonNode root =
        json(get("/api/v1/screen/name?name=" + q("JSC Concern Kalashnikov") + "&lists=eu-833"));
    assertThat(root.get("lists").size()).isEqualTo(1);
    assertThat(root.get("lists").get(0).get("vintage").asText()).isEqualTo("2026-05-24");
    JsonNode best = root.get("results").get(0).get("hits").get(0);
    assertThat(best.get("entry_id").asText()).isEqualTo("IV/4");
    assertThat(best.get("matched_name").asText()).isEqualTo("JSC Concern Kalashnikov");
    assertThat(best.get("matched_name_kind").asText()).isEqualTo("alias");
    assertThat(best.get("listed_name").asText()).isEqualTo("JSC Kalashnikov");
    assertThat(best.get("score").asDouble()).isEqualTo(1.0);
    root.get("results")
        .get(0)
        .get("hits")
        .forEach(h -> assertThat(h.get("list").asText()).isEqualTo("eu-833"));
    // the 1260H list alone has no Kalashnikov entry: nothing reaches review
    JsonNode none =
        json(
            get(
                "/api/v1/screen/name?name="
                    + q("JSC Concern Kalashnikov")
                    + "&lists=us-dod-1260h"));
    assertThat(none.get("results").get(0).get("decision").asText()).isEqualTo("no-match");
    assertThat(none.get("results").get(0).get("hits").size()).isZero();
  }

  @Test
  void aCompanyNeverMatchesAVessel() {
    JsonNode vessel =
        json(
            get(
                "/api/v1/screen/name?name="
                    + q("Huawei Technologies Co., Ltd.")
                    + "&schema=Vessel&lists=us-dod-1260h"));
    assertThat(vessel.get("results").get(0).get("hits").size()).isZero();
    assertThat(vessel.get("results").get(0).get("schema").asText()).isEqualTo("VESSEL");
  }

  @Test
  void oneNameAsCsvHasTheCommandLineColumns() {
    HttpResponse<String> r =
        get(
            "/api/v1/screen/name?name="
                + q("Huawei Technologies Co., Ltd.")
                + "&format=csv&limit=1");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .contains("screening-name.csv");
    assertThat(r.headers().allValues("Chokepoint-Source")).hasSize(2);
    List<String> lines = r.body().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "name,rank,decision,score,list,list_date,entry_id,matched_name,matched_name_kind,"
                + "listed_name,schema,programmes,explanation");
    assertThat(lines.get(1))
        .startsWith(
            "\"Huawei Technologies Co., Ltd.\",1,match,1.000,us-dod-1260h,2026-06-08,"
                + "1260H-745cb4e600,\"Huawei Technologies Co., Ltd.\",primary,");
    assertThat(lines).hasSize(2);
  }

  @Test
  void invalidParametersAreNamed() {
    assertThat(
            problem(get("/api/v1/screen/name"), 400).get("errors").get(0).get("parameter").asText())
        .isEqualTo("name");
    JsonNode lists = problem(get("/api/v1/screen/name?name=x&lists=no-such-list"), 400);
    assertThat(lists.get("detail").asText())
        .startsWith("lists: no list named no-such-list; available: ")
        .contains("eu-833");
    problem(get("/api/v1/screen/name?name=x&schema=Planet"), 400);
    problem(get("/api/v1/screen/name?name=x&limit=0"), 400);
    problem(get("/api/v1/screen/name?name=x&limit=51"), 400);
    problem(get("/api/v1/screen/name?name=" + "x".repeat(1001)), 400);
  }

  @Test
  void uploadedNamesGiveEachRowsHitsAsJsonAndCsv() {
    String csv =
        "supplier_id,name,country\n"
            + "S1,\"Huawei Technologies Co., Ltd.\",CHN\n"
            + "S2,Hokkaido Fresh Fish K.K. (synthetic),JPN\n"
            + "S3,JSC Concern Kalashnikov,RUS\n";
    JsonNode root = json(postCsv("/api/v1/screen/names?limit=1", csv));
    JsonNode results = root.get("results");
    assertThat(results.size()).isEqualTo(3);
    assertThat(results.get(0).get("input").get("supplier_id").asText()).isEqualTo("S1");
    assertThat(results.get(0).get("hits").get(0).get("entry_id").asText())
        .isEqualTo("1260H-745cb4e600");
    assertThat(results.get(1).get("decision").asText()).isEqualTo("no-match");
    assertThat(results.get(2).get("hits").get(0).get("entry_id").asText()).isEqualTo("IV/4");
    assertThat(root.get("lists").size()).isEqualTo(2);

    HttpResponse<String> r = postCsv("/api/v1/screen/names?limit=1&format=csv", csv);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<String> lines = r.body().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "supplier_id,name,country,rank,decision,score,list,list_date,entry_id,matched_name,"
                + "matched_name_kind,listed_name,schema,programmes,explanation");
    assertThat(lines.get(1))
        .startsWith("S1,\"Huawei Technologies Co., Ltd.\",CHN,1,match,1.000,us-dod-1260h,");
    assertThat(lines.get(2))
        .isEqualTo("S2,Hokkaido Fresh Fish K.K. (synthetic),JPN,,no-match,,,,,,,,,,");
    assertThat(lines.get(3))
        .startsWith("S3,JSC Concern Kalashnikov,RUS,1,match,1.000,eu-833,2026-05-24,IV/4,");
    assertThat(lines).hasSize(4);

    // the same file as a browser form sends it
    String boundary = "b0undary";
    byte[] form =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"suppliers.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n"
                + csv
                + "\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> multipart =
        post(
            "/api/v1/screen/names?limit=1&format=csv",
            "multipart/form-data; boundary=" + boundary,
            form);
    assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(200);
    assertThat(multipart.body()).isEqualTo(r.body());
    assertThat(multipart.headers().firstValue("Content-Disposition").orElse(""))
        .contains("screening-suppliers.csv");
  }

  @Test
  void anotherNameColumnAndASchemaColumn() {
    String csv =
        "id,firm,schema\n1,\"Huawei Technologies Co., Ltd.\",Vessel\n2,\"Huawei Technologies Co., Ltd.\",\n";
    JsonNode root = json(postCsv("/api/v1/screen/names?column=firm&lists=us-dod-1260h", csv));
    assertThat(root.get("results").get(0).get("hits").size()).isZero();
    assertThat(root.get("results").get(1).get("hits").get(0).get("score").asDouble())
        .isEqualTo(1.0);
  }

  @Test
  void pairsCompareTwoNamesPerRow() {
    // both rows pair every word with its transliteration or legal-form equivalent: score 1
    String csv =
        "id,name1,name2,schema\n"
            + "1,Владимир Путин,\"PUTIN, Vladimir\",Person\n"
            + "2,ООО Ромашка,Romashka LLC,Company\n";
    HttpResponse<String> r = postCsv("/api/v1/screen/pairs?format=csv", csv);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body().lines().toList())
        .containsExactly(
            "id,name1,name2,schema,score,decision",
            "1,Владимир Путин,\"PUTIN, Vladimir\",Person,1.000,match",
            "2,ООО Ромашка,Romashka LLC,Company,1.000,match");
    JsonNode json = json(postCsv("/api/v1/screen/pairs?explain=true", csv));
    assertThat(json.get(0).get("score").asDouble()).isEqualTo(1.0);
    assertThat(json.get(1).get("explanation").asText()).contains("\"ООО\" is a legal form");
  }

  @Test
  void malformedUploadsNameLineAndColumnAndChangeNothing() {
    List<String> before = dataDirectory();
    JsonNode header = problem(postCsv("/api/v1/screen/names", "firm,country\nAcme,USA\n"), 422);
    assertThat(header.get("detail").asText())
        .isEqualTo("upload.csv, line 1: no column \"name\" in the header (firm,country)");
    JsonNode ragged =
        problem(postCsv("/api/v1/screen/names", "name,country\nAcme,USA\nBeta\n"), 422);
    assertThat(ragged.get("detail").asText())
        .isEqualTo("upload.csv, line 3, column 2: has 1 fields, the header has 2");
    // "name\nA" then 0xC3 (a lead byte) followed by a line break, not a continuation byte:
    // the bad byte is the 7th (offset 6), on line 2 after one character
    byte[] latin = {'n', 'a', 'm', 'e', '\n', 'A', (byte) 0xC3, '\n'};
    JsonNode encoding = problem(post("/api/v1/screen/names", "text/csv", latin), 422);
    assertThat(encoding.get("detail").asText())
        .startsWith("upload.csv, line 2, column 2: not UTF-8 text: byte 0xC3 at byte offset 6");
    JsonNode schema = problem(postCsv("/api/v1/screen/names", "name,schema\nAcme,Planet\n"), 422);
    assertThat(schema.get("detail").asText())
        .startsWith("upload.csv, line 2, column 2: unknown schema \"Planet\"");
    problem(postCsv("/api/v1/screen/names", ""), 422);
    problem(postCsv("/api/v1/screen/pairs", "a,b\nx,y\n"), 422);
    problem(post("/api/v1/screen/names", "application/json", "{}".getBytes()), 415);
    StringBuilder many = new StringBuilder("name\n");
    for (int i = 0; i <= ScreeningApi.MAX_ROWS; i++) {
      many.append("n").append(i).append('\n');
    }
    JsonNode rows = problem(postCsv("/api/v1/screen/names", many.toString()), 422);
    assertThat(rows.get("detail").asText())
        .startsWith("upload.csv, line 10002: more than 10,000 rows");
    byte[] huge = new byte[(1 << 20) + 1];
    java.util.Arrays.fill(huge, (byte) 'a');
    problem(post("/api/v1/screen/names", "text/csv", huge), 413);
    assertThat(dataDirectory()).isEqualTo(before);
  }

  @Test
  void listsEndpointGivesEveryListsProvenance() {
    JsonNode root = json(get("/api/v1/screen/lists"));
    List<String> names = new ArrayList<>();
    root.get("lists").forEach(l -> names.add(l.get("dataset").asText()));
    assertThat(names).contains("ofac-sdn", "un", "eu-833", "us-dod-1260h", "jp-meti-russia");
    for (JsonNode l : root.get("lists")) {
      assertThat(l.get("vintage").asText()).as(l.toString()).isNotBlank();
      assertThat(l.get("licence").asText()).as(l.toString()).isNotBlank();
    }
    HttpResponse<String> csv = get("/api/v1/screen/lists?format=csv");
    assertThat(csv.body().lines().findFirst().orElse(""))
        .isEqualTo("dataset,title,entries,source,vintage,licence,citation");
  }

  @Test
  void whileTheIndexIsBuiltTheAnswerIs503WithRetryAfter() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    ScreeningIndex slow =
        new ScreeningIndex(
            context.workspace().catalog(),
            c -> {
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return new ScreeningService(
                  CatalogLists.load(c, List.of("us-dod-1260h")), Thresholds.DEFAULT);
            },
            line -> {});
    try (ApiServer other =
        ApiServer.start(context, List.of(new ScreeningApi(slow)), "127.0.0.1", 0)) {
      String url = "http://127.0.0.1:" + other.port();
      HttpResponse<String> busy =
          send(HttpRequest.newBuilder(URI.create(url + "/api/v1/screen/name?name=Huawei")).build());
      JsonNode p = problem(busy, 503);
      assertThat(p.get("type").asText()).isEqualTo("urn:chokepoint:problem:service-unavailable");
      assertThat(p.get("detail").asText()).startsWith("the index of listed names is being built");
      assertThat(Integer.parseInt(busy.headers().firstValue("Retry-After").orElse("0")))
          .isBetween(1, 60);
      // a malformed upload is refused at once, without waiting for the index
      problem(
          send(
              HttpRequest.newBuilder(URI.create(url + "/api/v1/screen/names"))
                  .header("Content-Type", "text/csv")
                  .POST(HttpRequest.BodyPublishers.ofString("firm\nx\n"))
                  .build()),
          422);
      release.countDown();
      JsonNode ok =
          json(get(url, "/api/v1/screen/name?name=" + q("Huawei Technologies Co., Ltd.")));
      assertThat(ok.get("results").get(0).get("hits").get(0).get("entry_id").asText())
          .isEqualTo("1260H-745cb4e600");
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
}
