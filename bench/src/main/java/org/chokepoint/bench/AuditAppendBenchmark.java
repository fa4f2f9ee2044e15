package org.chokepoint.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.chokepoint.workspace.audit.AuditEvent;
import org.chokepoint.workspace.audit.AuditKeys;
import org.chokepoint.workspace.audit.AuditLog;
import org.chokepoint.workspace.audit.AuditVerifier;
import org.chokepoint.workspace.db.Database;
import org.chokepoint.workspace.db.EmbeddedPostgres;

/**
 * End to end: audit events appended to the tamper-evident log ({@link AuditLog}: group commit, a
 * signed checkpoint per transaction) on the embedded PostgreSQL, against what an application would
 * otherwise do, one plain autocommit {@code INSERT} per event into an ordinary table, in the same
 * run, on the same server, with 1, 4 and 16 appending threads. Every {@code record} call returns
 * only once its event is committed, in both. The events are SYNTHETIC (made-up users and objects).
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.chokepoint.bench.AuditAppendBenchmark [seconds
 * per run] [folder]}; results in {@code docs/benchmarks.md}, section 10.
 */
public final class AuditAppendBenchmark {
  private AuditAppendBenchmark() {}

  private static AuditEvent event(long i) {
    return new AuditEvent(
        Instant.now(),
        "user:" + (i % 97),
        i % 3 == 0 ? "object.read" : "object.list",
        "assessment:" + (i % 1009),
        i % 11 == 0 ? "deny" : "allow",
        "label=TLP:AMBER recipients=org:3,org:7"
            + " sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  }

  interface Sink {
    void record(AuditEvent e) throws Exception;
  }

  record Run(String what, int threads, long events, double seconds, long transactions) {
    double rate() {
      return events / seconds;
    }
  }

  private static Run run(String what, int threads, double seconds, Sink sink, Counter tx)
      throws Exception {
    // warm-up: a second of the same work, not counted
    drive(threads, 1.0, sink);
    long txBefore = tx.count();
    long start = System.nanoTime();
    long events = drive(threads, seconds, sink);
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Run(what, threads, events, elapsed, tx.count() - txBefore);
  }

  interface Counter {
    long count() throws Exception;
  }

  private static long drive(int threads, double seconds, Sink sink) throws Exception {
    AtomicLong done = new AtomicLong();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    CountDownLatch finished = new CountDownLatch(threads);
    List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < threads; t++) {
      Thread th =
          new Thread(
              () -> {
                try {
                  long i = 0;
                  while (System.nanoTime() < end) {
                    sink.record(event(i++));
                    done.incrementAndGet();
                  }
                } catch (Throwable e) {
                  errors.add(e);
                } finally {
                  finished.countDown();
                }
              });
      th.start();
    }
    finished.await();
    if (!errors.isEmpty()) {
      throw new IllegalStateException("an appender failed", errors.get(0));
    }
    return done.get();
  }

  private static long scalar(HikariDataSource ds, String sql) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static HikariDataSource pool(EmbeddedPostgres pg, String db, int size) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(pg.jdbcUrl(db));
    c.setUsername(pg.user());
    c.setPassword(pg.password());
    c.setMaximumPoolSize(size);
    return new HikariDataSource(c);
  }

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    Path folder =
        Path.of(args.length > 1 ? args[1] : "bench/target/audit-bench-postgres").toAbsolutePath();
    Files.createDirectories(folder);
    List<Run> runs = new ArrayList<>();
    try (EmbeddedPostgres pg = EmbeddedPostgres.start(folder.resolve("pg"), System.err::println)) {
      try (Connection c = pg.connect("postgres");
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SHOW synchronous_commit")) {
        rs.next();
        System.err.println("synchronous_commit = " + rs.getString(1));
      }
      int n = 0;
      for (int threads : new int[] {1, 4, 16}) {
        // the log, on a fresh database
        String name = "audit_bench_" + (n++);
        pg.dropDatabase(name);
        try (Database db = Database.on(pg, name);
            HikariDataSource counter = pool(pg, name, 1);
            AuditLog log = AuditLog.open(db.dataSource(), folder.resolve("keys"))) {
          Run r =
              run(
                  "audit log",
                  threads,
                  seconds,
                  log::record,
                  () -> scalar(counter, "SELECT count(*) FROM audit_checkpoint"));
          runs.add(r);
          print(r);
          long t0 = System.nanoTime();
          AuditVerifier.Result v =
              AuditVerifier.verify(
                  db.dataSource(),
                  AuditKeys.loadOrCreate(folder.resolve("keys")).publicKey(),
                  line -> {});
          System.err.printf(
              Locale.ROOT,
              "  verify: %s, %d entries, %d checkpoints in %.2f s%n",
              v.ok() ? "ok" : v.failure(),
              v.entries(),
              v.checkpoints(),
              (System.nanoTime() - t0) / 1e9);
        }
        // the baseline: one INSERT per event, autocommit, a connection per thread
        String plain = "plain_bench_" + (n++);
        pg.dropDatabase(plain);
        pg.createDatabase(plain);
        try (HikariDataSource ds = pool(pg, plain, threads)) {
          try (Connection c = ds.getConnection();
              Statement s = c.createStatement()) {
            s.execute(
                "CREATE TABLE audit_plain (id bigserial PRIMARY KEY, time timestamptz NOT NULL,"
                    + " actor text NOT NULL, action text NOT NULL, object text NOT NULL,"
                    + " outcome text NOT NULL, detail text NOT NULL)");
          }
          Run r =
              run(
                  "plain INSERT per event",
                  threads,
                  seconds,
                  e -> {
                    try (Connection c = ds.getConnection();
                        PreparedStatement p =
                            c.prepareStatement(
                                "INSERT INTO audit_plain (time, actor, action, object, outcome,"
                                    + " detail) VALUES (?, ?, ?, ?, ?, ?)")) {
                      p.setTimestamp(1, Timestamp.from(e.time()));
                      p.setString(2, e.actor());
                      p.setString(3, e.action());
                      p.setString(4, e.object());
                      p.setString(5, e.outcome());
                      p.setString(6, e.detail());
                      p.executeUpdate();
                    }
                  },
                  () -> scalar(ds, "SELECT count(*) FROM audit_plain"));
          runs.add(r);
          print(r);
        }
      }
    }
    System.out.println();
    System.out.println("| appender | threads | events | seconds | events/s | transactions |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (Run r : runs) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %,d | %.1f | %,.0f | %,d |%n",
          r.what(),
          r.threads(),
          r.events(),
          r.seconds(),
          r.rate(),
          r.transactions());
    }
  }

  private static void print(Run r) {
    System.err.printf(
        Locale.ROOT,
        "%s, %d threads: %,d events in %.1f s = %,.0f events/s, %,d transactions%n",
        r.what(),
        r.threads(),
        r.events(),
        r.seconds(),
        r.rate(),
        r.transactions());
  }
}
