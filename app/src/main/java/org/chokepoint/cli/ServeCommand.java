package org.chokepoint.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.chokepoint.server.ApiContext;
import org.chokepoint.server.ApiServer;
import org.chokepoint.server.WorkspaceGate;
import org.chokepoint.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint serve}: the web UI and the REST API over the same data directory. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the web UI at / and the REST API under /api/v1/ (OpenAPI at /openapi.json, a"
          + " browsable page at /api) over the data directory; starter data where nothing is"
          + " imported.",
      "Listens on loopback only unless --bind says otherwise. Stop with Ctrl-C."
    })
final class ServeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Override
  public void run() {
    long start = System.nanoTime();
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port " + port + " is not a TCP port (0-65535)");
    }
    ChokepointCommand root = ChokepointCommand.root(spec);
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--bind " + bind + " is not an address of this machine");
    }
    Session session = root.session();
    // The workspace database opens in the background: analyses answer at once, workspace
    // endpoints wait for it.
    WorkspaceGate gate =
        WorkspaceGate.opening(
            () -> {
              try {
                WorkspaceServices ws =
                    session
                        .workspaceServices()
                        .open(line -> root.err().println("workspace database: " + line));
                // the day-10 reminders of crisis requests, checked every minute (D-crisis-4)
                ws.crisisReminders().start(Duration.ofMinutes(1));
                return ws;
              } catch (RuntimeException e) {
                root.err().println("error: workspace database: " + e.getMessage());
                throw e;
              }
            });
    ApiContext context =
        new ApiContext(
            session.dataDir(),
            session.workspace(),
            session.defaultPerspective(),
            session.defaultConcern(),
            session.screeningThresholds(),
            gate,
            session.trustForwardedProto());
    ApiServer server;
    try {
      server = ApiServer.start(context, address.getHostAddress(), port);
    } catch (RuntimeException e) {
      gate.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  gate.close();
                  stopped.countDown();
                },
                "chokepoint-serve-stop"));
    String host =
        address.getHostAddress().contains(":")
            ? "[" + address.getHostAddress() + "]"
            : address.getHostAddress();
    root.out()
        .printf(
            "Chokepoint serving http://%s:%d/ (API: /api, OpenAPI: /openapi.json)%n",
            host, server.port());
    root.err()
        .printf(
            "data directory: %s; ready in %d ms%n",
            session.dataDir(), (System.nanoTime() - start) / 1_000_000);
    if (!address.isLoopbackAddress()) {
      root.err()
          .println(
              "warning: listening on "
                  + bind
                  + ", reachable from other machines: the analyses answer anyone; workspace"
                  + " objects need accounts (chokepoint admin user add), and without them"
                  + " only TLP:CLEAR ones can be read");
    }
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
      gate.close();
    }
  }
}
