package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.chokepoint.app.Application;
import org.chokepoint.cli.Session;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.screening.match.Thresholds;
import org.chokepoint.workspace.MemoryAudit;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.db.TestPostgres;

/**
 * A server on an ephemeral loopback port over the starter data and a fresh workspace database of
 * the shared test PostgreSQL, with an in-memory audit sink, for tests over real HTTP.
 */
final class WorkspaceServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final MemoryAudit audit = new MemoryAudit();
  final WorkspaceServices ws;
  final ApiServer server;
  final String base;
  final HttpClient http = HttpClient.newHttpClient();

  WorkspaceServer(Path home, Clock clock, boolean trustForwardedProto) {
    ws = new WorkspaceServices(TestPostgres.freshDatabase(), audit, clock);
    Session s = Application.open(home, List.of(), StarterPack.bundled());
    server =
        ApiServer.start(
            new ApiContext(
                s.dataDir(),
                s.workspace(),
                s.defaultPerspective(),
                s.defaultConcern(),
                Thresholds.DEFAULT,
                WorkspaceGate.of(ws),
                trustForwardedProto),
            "127.0.0.1",
            0);
    base = "http://127.0.0.1:" + server.port();
  }

  /** A request to {@code path} with headers given as name, value pairs. */
  HttpResponse<String> send(String method, String path, String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
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

  static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    ws.close();
  }
}
