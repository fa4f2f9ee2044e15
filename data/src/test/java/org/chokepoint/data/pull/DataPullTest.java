package org.chokepoint.data.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.hs.HsImporter;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.data.testing.TickingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPullTest {
  @TempDir Path dir;

  @Test
  void unreachablePublisherGivesAClearMessage() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    DataCatalog c = new DataCatalog(dir, StarterPack.none(), new TickingClock());
    URI uri = URI.create("http://127.0.0.1:" + closedPort + "/harmonized-system.csv");
    assertThatThrownBy(
            () -> new DataPull(c, Duration.ofSeconds(2)).pull(new HsImporter(), uri, "hs"))
        .isInstanceOf(DataPull.PullException.class)
        .hasMessageStartingWith("cannot reach 127.0.0.1")
        .hasMessageContaining("run `chokepoint data import hs <file>`");
    assertThat(c.findDataset("hs")).isEmpty();
  }

  @Test
  void downloadsAndImports() throws IOException {
    byte[] body = Files.readAllBytes(Fixtures.path("hs/folder/harmonized-system.csv"));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/data/harmonized-system.csv",
        ex -> {
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
          }
        });
    server.start();
    try {
      DataCatalog c = new DataCatalog(dir, StarterPack.none(), new TickingClock());
      URI uri =
          URI.create(
              "http://127.0.0.1:" + server.getAddress().getPort() + "/data/harmonized-system.csv");
      DatasetManifest m = new DataPull(c, Duration.ofSeconds(5)).pull(new HsImporter(), uri, "hs");
      assertThat(m.tables().get(0).rows()).isEqualTo(3);
      assertThat(m.sourceFiles().get(0).name()).isEqualTo("harmonized-system.csv");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void httpErrorsAreNamed() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> ex.sendResponseHeaders(404, -1));
    server.start();
    try {
      DataCatalog c = new DataCatalog(dir, StarterPack.none(), new TickingClock());
      URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/missing.csv");
      assertThatThrownBy(
              () -> new DataPull(c, Duration.ofSeconds(5)).pull(new HsImporter(), uri, "hs"))
          .hasMessageStartingWith("HTTP 404 from " + uri);
    } finally {
      server.stop(0);
    }
  }
}
