package org.chokepoint.workspace.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The tamper-evident audit log on PostgreSQL (docs/methods/audit-log.md): every recorded event
 * becomes an entry of an RFC 9162 Merkle tree, and every batch of entries is committed together
 * with a checkpoint (size, root hash, time) signed with Ed25519.
 *
 * <p>Appends are group-committed: a {@link #record} call that finds no batch being written takes
 * every event waiting and appends them in one transaction with their checkpoint; the callers that
 * arrive meanwhile wait and form the next batch; each returns once its transaction is committed
 * (durable with PostgreSQL's default {@code synchronous_commit}). A batch is one statement (the
 * entries and the checkpoint together), so one round trip to the server. The writer keeps the right
 * edge of the tree in memory; writers in other processes on the same database are detected by the
 * primary keys (a batch numbered from a stale size collides with the entries another writer added),
 * after which the batch reads the right edge stored with the latest checkpoint and is written
 * again, so several servers may share a log.
 *
 * <p>Reading (listing, proofs, the latest checkpoint) needs no key; the key pair is loaded (or
 * generated) on the first append.
 */
public final class AuditLog implements AuditSink, AutoCloseable {
  /** How often a batch is numbered again after colliding with another process's appends. */
  static final int MAX_ATTEMPTS = 100;

  /** The largest number of events committed in one transaction. */
  static final int MAX_BATCH = 1024;

  private final DataSource db;
  private final Supplier<AuditKeys> keySource;
  private final Clock clock;

  /** Guards the queue, {@code leading}, {@code closed} and the keys. */
  private final Object monitor = new Object();

  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private volatile AuditKeys keys;

  /**
   * Whether a caller is writing a batch now (it alone uses {@code connection} and {@code head}).
   */
  private boolean leading;

  private boolean closed;
  private Connection connection;

  /** The right edge after the last batch this log committed; null: read it from the database. */
  private Frontier head;

  private record Pending(AuditEvent event, CompletableFuture<Long> done) {}

  /**
   * @param db the workspace database (migrated)
   * @param keys the signing key pair, asked for on the first append
   */
  public AuditLog(DataSource db, Supplier<AuditKeys> keys, Clock clock) {
    this.db = db;
    this.keySource = keys;
    this.clock = clock;
  }

  /** The log of a workspace database, its key pair kept in {@code keyFolder}. */
  public static AuditLog open(DataSource db, java.nio.file.Path keyFolder) {
    return new AuditLog(db, () -> AuditKeys.loadOrCreate(keyFolder), Clock.systemUTC());
  }

  @Override
  public void record(AuditEvent event) {
    append(event);
  }

  /**
   * Appends the event and returns its sequence number once it is committed with its checkpoint.
   *
   * @throws IllegalArgumentException when the event is larger than an entry may be
   * @throws IllegalStateException when it could not be stored; the event is then not in the log
   */
  public long append(AuditEvent event) {
    EntryCodec.encode(0, event);
    Pending mine = new Pending(event, new CompletableFuture<>());
    synchronized (monitor) {
      if (closed) {
        throw new IllegalStateException("the audit log is closed");
      }
      if (keys == null) {
        keys = keySource.get();
      }
      queue.add(mine);
    }
    boolean interrupted = false;
    // Group commit by leader and followers: whoever finds no batch being written takes every
    // waiting event and writes them in one statement; the others wait for it and then either find
    // their event written or lead the next batch. One appender alone writes its own event, with no
    // hand-over to another thread.
    while (true) {
      List<Pending> batch = new ArrayList<>();
      synchronized (monitor) {
        while (leading && !mine.done.isDone()) {
          try {
            monitor.wait();
          } catch (InterruptedException e) {
            interrupted = true; // the event is queued: see it through, then pass the interrupt on
          }
        }
        if (mine.done.isDone()) {
          break;
        }
        leading = true;
        for (int i = 0; i < MAX_BATCH && !queue.isEmpty(); i++) {
          batch.add(queue.poll());
        }
      }
      try {
        write(batch);
      } finally {
        synchronized (monitor) {
          leading = false;
          monitor.notifyAll();
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    try {
      return mine.done.join();
    } catch (java.util.concurrent.CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("writing the audit log: " + cause.getMessage(), cause);
    }
  }

  /** Writes one batch; every event of it is done, written or failed, when this returns. */
  private void write(List<Pending> batch) {
    try {
      if (connection == null) {
        connection = db.getConnection();
        connection.setAutoCommit(true);
        head = null;
      }
      writeBatch(connection, batch);
    } catch (SQLException | RuntimeException | Error e) {
      RuntimeException failure =
          e instanceof RuntimeException r
              ? r
              : new IllegalStateException("writing the audit log: " + e.getMessage(), e);
      batch.forEach(p -> p.done.completeExceptionally(failure));
      connection = discard(connection);
      head = null;
    }
  }

  private static Connection discard(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // the pool replaces a broken connection
      }
    }
    return null;
  }

  /**
   * Writes a batch as one statement, numbered from the size this writer knows; when another process
   * appended meanwhile, the numbers collide, nothing is written, and the batch is numbered again
   * from the size stored with the latest checkpoint.
   */
  private void writeBatch(Connection c, List<Pending> batch) throws SQLException {
    List<Pending> todo = new ArrayList<>(batch);
    for (int attempt = 1; ; attempt++) {
      if (head == null) {
        head = readHead(c);
      }
      Frontier tree = head.copy();
      long first = tree.size();
      List<byte[]> entries = new ArrayList<>(todo.size());
      List<byte[]> leaves = new ArrayList<>(todo.size());
      List<Pending> written = new ArrayList<>(todo.size());
      for (Pending p : todo) {
        byte[] entry;
        try {
          entry = EntryCodec.encode(tree.size(), p.event);
        } catch (IllegalArgumentException tooLarge) {
          p.done.completeExceptionally(tooLarge);
          continue;
        }
        byte[] leaf = Merkle.leafHash(entry);
        entries.add(entry);
        leaves.add(leaf);
        tree.append(leaf);
        written.add(p);
      }
      if (written.isEmpty()) {
        return;
      }
      Checkpoint cp = Checkpoint.sign(tree.size(), tree.root(), clock.instant(), keys);
      try (PreparedStatement ins =
          c.prepareStatement(
              "WITH e AS (INSERT INTO audit_entry (seq, entry, leaf_hash)"
                  + " SELECT ? + n - 1, entry, leaf_hash"
                  + " FROM unnest(?::bytea[], ?::bytea[]) WITH ORDINALITY AS u(entry, leaf_hash, n))"
                  + " INSERT INTO audit_checkpoint"
                  + " (tree_size, root_hash, made_at, key_id, signature, frontier)"
                  + " VALUES (?, ?, ?, ?, ?, ?)")) {
        ins.setLong(1, first);
        ins.setArray(2, c.createArrayOf("bytea", entries.toArray(byte[][]::new)));
        ins.setArray(3, c.createArrayOf("bytea", leaves.toArray(byte[][]::new)));
        ins.setLong(4, cp.size());
        ins.setBytes(5, cp.root());
        ins.setTimestamp(6, Timestamp.from(cp.time()));
        ins.setString(7, cp.keyId());
        ins.setBytes(8, cp.signature());
        ins.setBytes(9, tree.bytes());
        ins.executeUpdate();
      } catch (SQLException e) {
        head = null;
        if ("23505".equals(e.getSQLState()) && attempt < MAX_ATTEMPTS) {
          todo = written;
          backOff(attempt);
          continue;
        }
        throw e;
      }
      head = tree;
      for (int i = 0; i < written.size(); i++) {
        written.get(i).done.complete(first + i);
      }
      return;
    }
  }

  /**
   * Waits a random time that grows with the attempts (at most 64 ms), so that a writer that keeps
   * losing the race to another process's writer gets its turn rather than colliding again at once.
   */
  private static void backOff(int attempt) {
    int bound = 1 << Math.min(attempt, 6);
    try {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(1, bound + 1));
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
  }

  /** The right edge stored with the latest checkpoint. */
  private static Frontier readHead(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT tree_size, frontier FROM audit_checkpoint"
                    + " ORDER BY tree_size DESC LIMIT 1")) {
      if (!rs.next()) {
        return Frontier.empty();
      }
      return Frontier.of(rs.getLong(1), rs.getBytes(2));
    }
  }

  /** The latest checkpoint, or empty for a log with no entries. */
  public Optional<Checkpoint> latestCheckpoint() {
    List<Checkpoint> list =
        checkpoints("SELECT " + CHECKPOINT_COLUMNS + " ORDER BY tree_size DESC LIMIT 1", -1);
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  /** The checkpoint of exactly {@code size} entries, if there is one. */
  public Optional<Checkpoint> checkpoint(long size) {
    List<Checkpoint> list =
        checkpoints("SELECT " + CHECKPOINT_COLUMNS + " WHERE tree_size = ?", size);
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  static final String CHECKPOINT_COLUMNS =
      "tree_size, root_hash, made_at, key_id, signature FROM audit_checkpoint";

  private List<Checkpoint> checkpoints(String sql, long param) {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      if (param >= 0) {
        s.setLong(1, param);
      }
      List<Checkpoint> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(checkpointOf(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("reading the audit log: " + e.getMessage(), e);
    }
  }

  static Checkpoint checkpointOf(ResultSet rs) throws SQLException {
    return new Checkpoint(
        rs.getLong(1),
        rs.getBytes(2),
        rs.getTimestamp(3).toInstant(),
        rs.getString(4),
        rs.getBytes(5));
  }

  /** The number of entries committed (the size of the latest checkpoint). */
  public long size() {
    return latestCheckpoint().map(Checkpoint::size).orElse(0L);
  }

  /**
   * Up to {@code limit} entries from sequence number {@code from} on.
   *
   * @throws IllegalStateException when a stored entry is not a canonical entry (run verify)
   */
  public List<AuditEntry> entries(long from, int limit) {
    if (from < 0 || limit < 0) {
      throw new IllegalArgumentException("from and limit are not negative");
    }
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT seq, entry, leaf_hash FROM audit_entry WHERE seq >= ?"
                    + " ORDER BY seq LIMIT ?")) {
      s.setLong(1, from);
      s.setInt(2, limit);
      List<AuditEntry> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(entryOf(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("reading the audit log: " + e.getMessage(), e);
    }
  }

  private static AuditEntry entryOf(long seq, byte[] bytes, byte[] leaf) {
    try {
      return new AuditEntry(seq, EntryCodec.decode(bytes).event(), leaf);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "audit entry "
              + seq
              + " is damaged ("
              + e.getMessage()
              + "); run 'chokepoint audit verify'");
    }
  }

  /**
   * The leaf hashes of the first {@code size} entries, as stored. Proofs are made from these: a
   * proof from a damaged log does not verify against a signed checkpoint.
   */
  public TreeHashes tree(long size) {
    TreeHashes t = new TreeHashes();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement("SELECT seq, leaf_hash FROM audit_entry WHERE seq < ? ORDER BY seq")) {
        s.setFetchSize(10_000);
        s.setLong(1, size);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            if (rs.getLong(1) != t.size()) {
              throw new IllegalStateException(
                  "audit entry " + t.size() + " is missing; run 'chokepoint audit verify'");
            }
            t.append(rs.getBytes(2));
          }
        }
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the audit log: " + e.getMessage(), e);
    }
    if (t.size() != size) {
      throw new IllegalArgumentException(
          "the audit log has " + t.size() + " entries, fewer than the " + size + " asked for");
    }
    return t;
  }

  /**
   * The inclusion proof of entry {@code seq} in the tree of the first {@code size} entries, with
   * the checkpoint of that size if there is one.
   */
  public InclusionProof inclusionProof(long seq, long size) {
    if (seq < 0 || seq >= size) {
      throw new IllegalArgumentException(
          "entry " + seq + " is not in a tree of " + size + " entries (0 <= entry < size)");
    }
    long committed = size();
    if (size > committed) {
      throw new IllegalArgumentException(
          "the audit log has " + committed + " entries; no tree of " + size);
    }
    TreeHashes t = tree(size);
    AuditEntry entry = entries(seq, 1).get(0);
    return new InclusionProof(
        entry,
        size,
        t.root(size),
        Merkle.inclusionProof(seq, size, t),
        checkpoint(size).orElse(null));
  }

  /** The consistency proof between the trees of the first {@code m} and {@code n} entries. */
  public List<byte[]> consistencyProof(long m, long n) {
    if (m < 0 || m > n || n > size()) {
      throw new IllegalArgumentException(
          "no consistency proof from " + m + " to " + n + " in a log of " + size() + " entries");
    }
    return Merkle.consistencyProof(m, n, tree(n));
  }

  /** The public key that signs this log's checkpoints (loading or creating the pair). */
  public AuditKeys keys() {
    synchronized (monitor) {
      if (keys == null) {
        keys = keySource.get();
      }
      return keys;
    }
  }

  /** Refuses further appends, waits for the batch being written, and returns the connection. */
  @Override
  public void close() {
    synchronized (monitor) {
      closed = true;
      while (leading || !queue.isEmpty()) {
        try {
          monitor.wait(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      connection = discard(connection);
    }
  }
}
