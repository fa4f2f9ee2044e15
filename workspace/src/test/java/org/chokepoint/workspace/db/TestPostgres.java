package org.chokepoint.workspace.db;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL server for the tests of a JVM, kept in {@code target/test-postgres} of
 * the module under test and stopped when the JVM ends; each test takes a database of its own.
 */
public final class TestPostgres {
  private static EmbeddedPostgres server;
  private static final AtomicInteger NEXT = new AtomicInteger();

  private TestPostgres() {}

  /** The shared server, started on first use. */
  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      server =
          EmbeddedPostgres.start(
              Path.of("target", "test-postgres"), line -> System.err.println("[postgres] " + line));
      EmbeddedPostgres s = server;
      Runtime.getRuntime().addShutdownHook(new Thread(s::close, "stop-test-postgres"));
    }
    return server;
  }

  /** A new, empty, migrated workspace database on the shared server. */
  public static Database freshDatabase() {
    String name = "test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
    EmbeddedPostgres s = server();
    s.dropDatabase(name);
    return Database.on(s, name);
  }
}
