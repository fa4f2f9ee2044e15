package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.chokepoint.app.Application;
import org.chokepoint.cli.Session;
import org.chokepoint.data.catalog.StarterPack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/v1/overview} over real HTTP against the bundled starter data (BACI V202601 HS17 and
 * USGS MCS 2026, the files in shared/data/baci-critical and shared/data/usgs-mcs-2026).
 *
 * <p>Tungsten, unwrought (HS 810194), 2024, perspective jp-us (JPN 392, USA 842), concern
 * us-foreign-adversaries (CHN, CUB, HKG, IRN, PRK, RUS, VEN), summed by hand from
 * BACI_HS17_Y2024_V202601.csv, rows with k=810194, importer 392 or 842, exporter neither (thousand
 * USD): CHN 34,630.433 + 13,648.405 = 48,278.838; HKG 880.000; GBR 405.568 + 1.928 = 407.496; SGP
 * 155.699; 490 (Taiwan) 123.051; NLD 62.812; ISR 58.000; AUT 22.977; DEU 6.040; CAN 6.027; CHE
 * 0.301; SWE 0.284; KOR 0.201; BRA 0.113. Imports 50,001.839; concern share (48,278.838 + 880) /
 * 50,001.839 = 0.983141; top share 48,278.838 / 50,001.839 = 0.965541; HHI = 0.965541² + 0.017599²
 * + 0.008150² + 0.003114² + 0.002461² + ... = 0.932665 (the terms left out are below 1e-5
 * together).
 *
 * <p>Upstream, world mine production of tungsten 2024 from MCS2026_Commodities_Data.csv (metric
 * tons): AUS 920, AUT 840, BOL 1,700, CHN 67,000, PRK 1,900, PRT 650, RUS 1,500, RWA 1,300, ESP
 * 700, VNM 3,400, other countries 1,700 (the United States withheld): total 81,610; China's share
 * 67,000 / 81,610 = 0.820978; concern (CHN + PRK + RUS) 70,400 / 81,610 = 0.862639.
 */
class OverviewApiTest {
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
            new ApiContext(s.dataDir(), s.workspace(), "jp-us", "us-foreign-adversaries"),
            "127.0.0.1",
            0);
    http = HttpClient.newHttpClient();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<byte[]> get(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String text(HttpResponse<byte[]> r) {
    if (r.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  static JsonNode json(HttpResponse<byte[]> r) {
    try {
      return JSON.readTree(text(r));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode row(JsonNode doc, String product) {
    for (JsonNode r : doc.get("rows")) {
      if (r.get("product").asText().equals(product)) {
        return r;
      }
    }
    throw new AssertionError(product + " not in the overview");
  }

  @Test
  void tungstenByHand() {
    HttpResponse<byte[]> r =
        get("/api/v1/overview?perspective=jp-us&concern=us-foreign-adversaries&year=2024&limit=50");
    assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
    JsonNode doc = json(r);
    assertThat(doc.get("year").asInt()).isEqualTo(2024);
    assertThat(doc.get("production_year").asInt()).isEqualTo(2024);
    JsonNode w = row(doc, "hs:810194");
    assertThat(w.get("imports").asDouble()).isCloseTo(50_001.839, within(1e-6));
    assertThat(w.get("concern_share").asDouble())
        .isCloseTo((48_278.838 + 880) / 50_001.839, within(1e-9));
    assertThat(w.get("top_supplier").asText()).isEqualTo("CHN");
    assertThat(w.get("top_share").asDouble()).isCloseTo(48_278.838 / 50_001.839, within(1e-9));
    assertThat(w.get("hhi").asDouble()).isCloseTo(0.932665, within(2e-5));
    assertThat(w.get("eu_flagged").asBoolean()).isTrue();
    assertThat(w.get("commodity").asText()).isEqualTo("Tungsten");
    assertThat(w.get("stage").asText()).isEqualTo("Mine production");
    assertThat(w.get("production_top").asText()).isEqualTo("CHN");
    assertThat(w.get("production_top_share").asDouble()).isCloseTo(67_000.0 / 81_610, within(1e-9));
    assertThat(w.get("production_concern_share").asDouble())
        .isCloseTo(70_400.0 / 81_610, within(1e-9));
    // the source and vintage of every figure
    assertThat(w.get("trade_source").asText()).isEqualTo("baci V202601");
    assertThat(w.get("production_source").asText()).isEqualTo("usgs-mcs 2026");
    assertThat(doc.get("figures").get("concern_share").asText()).isEqualTo("baci");
    assertThat(doc.get("figures").get("production_hhi").asText()).isEqualTo("usgs-mcs");
    assertThat(doc.get("sources").findValuesAsText("dataset")).containsExactly("baci", "usgs-mcs");
    assertThat(doc.get("sources").findValuesAsText("vintage")).containsExactly("V202601", "2026");
    assertThat(w.get("lists").toString()).contains("eu-crm-2023");
  }

  @Test
  void rankedByTheChosenFigureAndLimited() {
    for (String by : List.of("concern_share", "hhi", "production_concern_share")) {
      JsonNode doc = json(get("/api/v1/overview?limit=30&rank_by=" + by));
      JsonNode rows = doc.get("rows");
      // the starter BACI subset holds 30 HS6 codes, every one on a shipped list
      assertThat(doc.get("considered").asInt()).isEqualTo(30);
      assertThat(rows.size()).isEqualTo(30);
      List<Double> keys = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        assertThat(rows.get(i).get("rank").asInt()).isEqualTo(i + 1);
        JsonNode k = rows.get(i).get(by);
        if (!k.isNull()) {
          keys.add(k.asDouble());
        } else {
          // rows without the figure come last
          for (int j = i; j < rows.size(); j++) {
            assertThat(rows.get(j).get(by).isNull()).as(by + " row " + j).isTrue();
          }
          break;
        }
      }
      for (int i = 1; i < keys.size(); i++) {
        assertThat(keys.get(i)).as(by + " rank " + (i + 1)).isLessThanOrEqualTo(keys.get(i - 1));
      }
    }
    JsonNode top5 = json(get("/api/v1/overview?limit=5"));
    assertThat(top5.get("rows").size()).isEqualTo(5);
    // tungsten's 98.3 % concern share is the highest of the 30 products for jp-us
    assertThat(top5.get("rows").get(0).get("product").asText()).isEqualTo("hs:810194");
  }

  @Test
  void oneListOnly() {
    JsonNode doc = json(get("/api/v1/overview?list=us-critical-minerals-2025&limit=200"));
    assertThat(doc.get("list").asText()).isEqualTo("us-critical-minerals-2025");
    for (JsonNode r : doc.get("rows")) {
      assertThat(r.get("lists").toString()).contains("us-critical-minerals-2025");
    }
  }

  @Test
  void csvNamesTheSourceOfEveryRow() {
    HttpResponse<byte[]> r = get("/api/v1/overview?limit=3&format=csv");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String[] lines = text(r).split("\r?\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0])
        .isEqualTo(
            "rank,product,description,lists,year,imports,hhi,top_supplier,top_share,"
                + "concern_share,eu_flagged,trade_source,commodity,stage,production_year,"
                + "production_hhi,production_top,production_top_share,production_concern_share,"
                + "production_source");
    assertThat(lines[1]).startsWith("1,hs:810194,").contains(",baci V202601,");
  }

  /** What the command line prints for the same data directory and arguments. */
  static String cli(String... args) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of("--data-dir", home.toString()));
    all.addAll(List.of(args));
    int code =
        org.chokepoint.cli.ChokepointCommand.run(
            all.toArray(String[]::new),
            new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
            new java.io.PrintStream(
                new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            Application.opener(java.util.Map.of(), home.toString(), StarterPack.bundled()));
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void answersWhatTheCommandLinePrints() {
    assertThat(text(get("/api/v1/overview?limit=7&rank_by=production_hhi&format=csv")))
        .isEqualTo(
            cli("overview", "--limit", "7", "--rank-by", "production_hhi", "--format", "csv"));
    assertThat(text(get("/api/v1/overview?list=eu-crm-2023&perspective=JPN")))
        .isEqualTo(
            cli("overview", "--list", "eu-crm-2023", "--perspective", "JPN", "--format", "json"));
    assertThat(cli("overview", "--limit", "3"))
        .contains("ranked by concern_share (3 of 30)")
        .contains("hs:810194")
        .contains("Sources:");
  }

  @Test
  void acceptEncodingAsRfc9110ReadsIt() {
    assertThat(ApiServer.acceptsGzip("gzip, deflate, br")).isTrue();
    assertThat(ApiServer.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
    assertThat(ApiServer.acceptsGzip("*")).isTrue();
    assertThat(ApiServer.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(ApiServer.acceptsGzip("gzip; q=0.000")).isFalse();
    assertThat(ApiServer.acceptsGzip("identity")).isFalse();
    assertThat(ApiServer.acceptsGzip(null)).isFalse();
  }

  @Test
  void staticFilesCompressedAndCached() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        ApiServer.class.getResource(ApiServer.WEB_ROOT + "/index.html") != null,
        "the web UI was not built into this classpath (-Dweb.skip=true); skipped");
    HttpResponse<byte[]> index = get("/", "Accept-Encoding", "gzip");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(index.headers().firstValue("Cache-Control")).hasValue("no-cache");
    String html = text(index);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("/assets/[^\"]+\\.js").matcher(html);
    assertThat(m.find()).as(html).isTrue();
    HttpResponse<byte[]> js = get(m.group(), "Accept-Encoding", "gzip");
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(js.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
  }

  @Test
  void badParametersAreProblems() {
    for (String q :
        List.of("limit=0", "limit=201", "rank_by=price", "list=nope", "year=1990", "limit=x")) {
      HttpResponse<byte[]> r = get("/api/v1/overview?" + q);
      assertThat(r.statusCode()).as(q).isIn(400, 404);
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(json(r).get("detail").asText()).as(q).isNotBlank();
    }
  }

  @Test
  void gzipWhenAskedAndTheSameBody() {
    HttpResponse<byte[]> plain = get("/api/v1/overview?limit=30");
    HttpResponse<byte[]> gz = get("/api/v1/overview?limit=30", "Accept-Encoding", "gzip");
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(gz.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gz.body().length).isLessThan(plain.body().length / 3);
    assertThat(text(gz)).isEqualTo(text(plain));
    assertThat(gz.headers().allValues("Vary").toString()).contains("Accept-Encoding");
    String etag = plain.headers().firstValue("ETag").orElseThrow();
    assertThat(gz.headers().firstValue("ETag")).hasValue(etag);
    HttpResponse<byte[]> again = get("/api/v1/overview?limit=30", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }
}
