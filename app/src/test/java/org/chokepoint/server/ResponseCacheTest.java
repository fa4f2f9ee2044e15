package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chokepoint.app.Application;
import org.chokepoint.cli.ChokepointCommand;
import org.chokepoint.cli.Session;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server keeps answers, but an import into its data directory, even by another process (here
 * the command line), makes them stale at once: the next request sees the new dataset.
 */
class ResponseCacheTest {
  @TempDir Path home;

  @Test
  void anImportMakesKeptAnswersStale() throws Exception {
    Session s = Application.open(home, List.of(), StarterPack.bundled());
    try (ApiServer server =
        ApiServer.start(
            new ApiContext(s.dataDir(), s.workspace(), s.defaultPerspective(), s.defaultConcern()),
            "127.0.0.1",
            0)) {
      HttpClient http = HttpClient.newHttpClient();
      URI years = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/minerals/years");
      ObjectMapper json = new ObjectMapper();
      HttpResponse<String> first =
          http.send(HttpRequest.newBuilder(years).build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> again =
          http.send(HttpRequest.newBuilder(years).build(), HttpResponse.BodyHandlers.ofString());
      // the starter pack's USGS MCS 2026 has world production for 2024 and 2025
      assertThat(json.readTree(first.body()).get("years").toString()).isEqualTo("[2024,2025]");
      assertThat(again.body()).isEqualTo(first.body());

      List<String> args =
          new ArrayList<>(
              List.of(
                  "--data-dir",
                  home.toString(),
                  "data",
                  "import",
                  "usgs-mcs",
                  Fixtures.path("usgs/mcs-small.csv").toString()));
      int code =
          ChokepointCommand.run(
              args.toArray(String[]::new),
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              Application.opener(Map.of(), home.toString(), StarterPack.bundled()));
      assertThat(code).isZero();

      HttpResponse<String> after =
          http.send(HttpRequest.newBuilder(years).build(), HttpResponse.BodyHandlers.ofString());
      List<Integer> expected = s.workspace().mineralYears();
      assertThat(expected).isNotEqualTo(List.of(2024, 2025));
      List<Integer> served = new ArrayList<>();
      json.readTree(after.body()).get("years").forEach(y -> served.add(y.asInt()));
      assertThat(served).isEqualTo(expected);
    }
  }
}
