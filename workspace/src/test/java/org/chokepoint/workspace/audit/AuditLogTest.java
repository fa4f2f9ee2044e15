package org.chokepoint.workspace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chokepoint.workspace.db.Database;
import org.chokepoint.workspace.db.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The log on a real (embedded) PostgreSQL: appends, verification, and tampering found. */
class AuditLogTest {
  private Database db;
  private Path keyFolder;
  private AuditLog log;
  private PublicKey key;

  @BeforeEach
  void open() throws Exception {
    db = TestPostgres.freshDatabase();
    keyFolder = Files.createTempDirectory("audit-keys").resolve("audit");
    log = AuditLog.open(db.dataSource(), keyFolder);
  }

  @AfterEach
  void close() {
    log.close();
    db.close();
  }

  private static AuditEvent event(int i) {
    return new AuditEvent(
        Instant.parse("2026-11-27T00:00:00Z").plusSeconds(i),
        "user:" + (i % 3),
        i % 2 == 0 ? "object.read" : "auth.login",
        "assessment:" + i,
        i % 5 == 0 ? "deny" : "allow",
        "label=TLP:AMBER");
  }

  private void appendSequentially(int n) {
    for (int i = 0; i < n; i++) {
      assertThat(log.append(event(i))).isEqualTo(i);
    }
    key = AuditKeys.readPublicKey(keyFolder.resolve(AuditKeys.PUBLIC_FILE));
  }

  private AuditVerifier.Result verify() {
    return AuditVerifier.verify(db.dataSource(), key, line -> {});
  }

  /** Runs SQL as the database owner with the append-only triggers off, as an intruder would. */
  private void tamper(String sql, Object... params) throws SQLException {
    try (Connection c = db.connection()) {
      try (Statement s = c.createStatement()) {
        s.execute("SET session_replication_role = replica");
      }
      try (PreparedStatement p = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          p.setObject(i + 1, params[i]);
        }
        p.executeUpdate();
      }
    }
  }

  private byte[] storedEntry(long seq) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement p = c.prepareStatement("SELECT entry FROM audit_entry WHERE seq = ?")) {
      p.setLong(1, seq);
      try (ResultSet rs = p.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getBytes(1);
      }
    }
  }

  @Test
  void theLogIsTheRfcTreeOfTheCanonicalEntriesAndVerifies() {
    appendSequentially(10);
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      leaves.add(Merkle.leafHash(EntryCodec.encode(i, event(i))));
    }
    Checkpoint latest = log.latestCheckpoint().orElseThrow();
    assertThat(latest.size()).isEqualTo(10);
    assertThat(latest.root()).isEqualTo(Merkle.naive(leaves).hash(0, 10));
    assertThat(latest.signatureValid(key)).isTrue();
    assertThat(log.entries(3, 2))
        .extracting(AuditEntry::seq, AuditEntry::event)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, event(3)),
            org.assertj.core.groups.Tuple.tuple(4L, event(4)));

    AuditVerifier.Result r = verify();
    assertThat(r.failure()).isNull();
    assertThat(r.entries()).isEqualTo(10);
    assertThat(r.checkpoints()).isEqualTo(10);
    assertThat(r.root()).isEqualTo(latest.root());
  }

  @Test
  void inclusionAndConsistencyProofsFromTheDatabaseCheckAgainstSignedCheckpoints() {
    appendSequentially(13);
    for (long size : new long[] {1, 7, 13}) {
      Checkpoint cp = log.checkpoint(size).orElseThrow();
      for (long i = 0; i < size; i++) {
        InclusionProof p = log.inclusionProof(i, size);
        assertThat(p.verifies()).isTrue();
        assertThat(p.root()).isEqualTo(cp.root());
        assertThat(p.checkpoint()).isEqualTo(cp);
      }
    }
    byte[] r5 = log.checkpoint(5).orElseThrow().root();
    byte[] r13 = log.checkpoint(13).orElseThrow().root();
    assertThat(Merkle.verifyConsistency(5, 13, r5, r13, log.consistencyProof(5, 13))).isTrue();
    assertThatThrownBy(() -> log.inclusionProof(13, 13))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> log.inclusionProof(0, 14))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("13 entries");
  }

  @Test
  void concurrentAppendersShareTransactionsAndEveryEntryIsThere() throws Exception {
    int threads = 8;
    int each = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Set<Long> seqs = ConcurrentHashMap.newKeySet();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int base = t * each;
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; i < each; i++) {
                  seqs.add(log.append(event(base + i)));
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertThat(seqs).hasSize(threads * each);
    assertThat(seqs).allMatch(s -> s >= 0 && s < threads * each);
    key = AuditKeys.readPublicKey(keyFolder.resolve(AuditKeys.PUBLIC_FILE));
    AuditVerifier.Result r = verify();
    assertThat(r.failure()).isNull();
    assertThat(r.entries()).isEqualTo(threads * each);
    assertThat(r.checkpoints()).isBetween(1L, (long) threads * each);
  }

  @Test
  void twoWritersOnOneDatabaseAsTwoServersWouldBeTakeTurns() throws Exception {
    try (AuditLog other = AuditLog.open(db.dataSource(), keyFolder)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      Set<Long> seqs = ConcurrentHashMap.newKeySet();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        AuditLog writer = t % 2 == 0 ? log : other;
        int base = t * 30;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 30; i++) {
                    assertThat(seqs.add(writer.append(event(base + i)))).isTrue();
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get(2, TimeUnit.MINUTES);
      }
      pool.shutdown();
      assertThat(seqs).hasSize(120);
    }
    key = AuditKeys.readPublicKey(keyFolder.resolve(AuditKeys.PUBLIC_FILE));
    AuditVerifier.Result r = verify();
    assertThat(r.failure()).isNull();
    assertThat(r.entries()).isEqualTo(120);
  }

  @Test
  void verifyPassesOnALiveLogWithConcurrentAppends() throws Exception {
    appendSequentially(5);
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      writers.add(
          pool.submit(
              () -> {
                int i = 100;
                while (!stop.get() && i < 400) {
                  log.append(event(i++));
                }
              }));
    }
    try {
      for (int round = 0; round < 5; round++) {
        AuditVerifier.Result r = verify();
        assertThat(r.failure()).as("round %d", round).isNull();
        assertThat(r.entries()).isGreaterThanOrEqualTo(5);
      }
    } finally {
      stop.set(true);
      for (Future<?> f : writers) {
        f.get(2, TimeUnit.MINUTES);
      }
      pool.shutdown();
    }
    assertThat(verify().failure()).isNull();
  }

  @Test
  void oneChangedByteOfAStoredEntryIsNamed() throws Exception {
    appendSequentially(10);
    byte[] entry = storedEntry(6);
    String text = new String(entry, StandardCharsets.UTF_8);
    int at = text.indexOf("TLP:AMBER") + 4; // 'A' -> 'B': still a canonical entry
    entry[at] = 'B';
    tamper("UPDATE audit_entry SET entry = ? WHERE seq = 6", entry);

    AuditVerifier.Result r = verify();
    assertThat(r.ok()).isFalse();
    assertThat(r.failedEntry()).isEqualTo(6);
    assertThat(r.failure())
        .startsWith("entry 6 (2026-11-27T00:00:06.000000Z, object.read, user:0)")
        .contains("changed after it was written");
    assertThat(r.entries()).isEqualTo(6);
  }

  @Test
  void aByteChangedAnywhereInAnEntryIsNamedWhateverItBreaks() throws Exception {
    appendSequentially(4);
    int length = storedEntry(2).length;
    for (int at = 0; at < length; at += 7) {
      byte[] entry = storedEntry(2);
      byte original = entry[at];
      entry[at] ^= 0x01;
      tamper("UPDATE audit_entry SET entry = ? WHERE seq = 2", entry);
      AuditVerifier.Result r = verify();
      assertThat(r.ok()).as("byte %d", at).isFalse();
      assertThat(r.failedEntry()).as("byte %d", at).isEqualTo(2);
      assertThat(r.failure()).as("byte %d", at).startsWith("entry 2");
      entry[at] = original;
      tamper("UPDATE audit_entry SET entry = ? WHERE seq = 2", entry);
    }
    assertThat(verify().ok()).isTrue();
  }

  @Test
  void anEntryChangedWithItsLeafHashIsCaughtByTheSignedRoot() throws Exception {
    appendSequentially(10);
    AuditEvent forged =
        new AuditEvent(event(4).time(), "user:1", "object.read", "assessment:4", "allow", "");
    byte[] entry = EntryCodec.encode(4, forged);
    tamper(
        "UPDATE audit_entry SET entry = ?, leaf_hash = ? WHERE seq = 4",
        entry,
        Merkle.leafHash(entry));

    AuditVerifier.Result r = verify();
    assertThat(r.ok()).isFalse();
    assertThat(r.failedEntry()).isEqualTo(4);
    assertThat(r.failedCheckpoint()).isEqualTo(5);
    assertThat(r.failure())
        .contains("checkpoint of 5 entries")
        .contains("one of entries 4..4")
        .contains("entry 4 (2026-11-27T00:00:04.000000Z, object.read, user:1)");
  }

  @Test
  void aDeletedEntryIsNamed() throws Exception {
    appendSequentially(10);
    tamper("DELETE FROM audit_entry WHERE seq = 3");
    AuditVerifier.Result r = verify();
    assertThat(r.failedEntry()).isEqualTo(3);
    assertThat(r.failure())
        .startsWith("entry 3 is missing: the next stored entry is entry 4 (")
        .contains("deleted");
  }

  @Test
  void twoReorderedEntriesAreNamed() throws Exception {
    appendSequentially(10);
    tamper("UPDATE audit_entry SET seq = 1000 + seq WHERE seq IN (2, 6)");
    tamper("UPDATE audit_entry SET seq = 6 WHERE seq = 1002");
    tamper("UPDATE audit_entry SET seq = 2 WHERE seq = 1006");
    AuditVerifier.Result r = verify();
    assertThat(r.failedEntry()).isEqualTo(2);
    assertThat(r.failure())
        .startsWith("entry 2 (2026-11-27T00:00:06.000000Z, object.read")
        .contains("written as entry 6")
        .contains("reordered");
  }

  @Test
  void anAlteredCheckpointIsNamed() throws Exception {
    appendSequentially(10);
    byte[] other = log.checkpoint(3).orElseThrow().root();
    tamper("UPDATE audit_checkpoint SET root_hash = ? WHERE tree_size = 7", other);
    AuditVerifier.Result r = verify();
    assertThat(r.failedCheckpoint()).isEqualTo(7);
    assertThat(r.failure())
        .startsWith("the checkpoint of 7 entries made ")
        .contains("signature does not verify");
  }

  @Test
  void aCheckpointMovedInTimeIsNamed() throws Exception {
    appendSequentially(6);
    tamper("UPDATE audit_checkpoint SET made_at = made_at - interval '1 day' WHERE tree_size = 2");
    AuditVerifier.Result r = verify();
    assertThat(r.failedCheckpoint()).isEqualTo(2);
    assertThat(r.failure()).contains("checkpoint of 2 entries").contains("signature");
  }

  @Test
  void aCutOffTailUnderAKeptCheckpointIsNamed() throws Exception {
    appendSequentially(10);
    tamper("DELETE FROM audit_entry WHERE seq >= 8");
    AuditVerifier.Result r = verify();
    assertThat(r.failedEntry()).isEqualTo(8);
    assertThat(r.failure()).startsWith("entries 8..9 are missing").contains("cut off");
  }

  @Test
  void aHistoryRewrittenWithTheKeyIsFoundByACheckpointHeldElsewhere() throws Exception {
    appendSequentially(6);
    Checkpoint held = log.checkpoint(4).orElseThrow();
    // the holder of the private key rewrites entry 1 and signs the whole log again
    AuditKeys keys = AuditKeys.loadOrCreate(keyFolder);
    AuditEvent forged = new AuditEvent(event(1).time(), "user:0", "auth.login", "", "ok", "");
    byte[] entry = EntryCodec.encode(1, forged);
    tamper(
        "UPDATE audit_entry SET entry = ?, leaf_hash = ? WHERE seq = 1",
        entry,
        Merkle.leafHash(entry));
    tamper("DELETE FROM audit_checkpoint");
    TreeHashes tree = new TreeHashes();
    Frontier frontier = Frontier.empty();
    for (int i = 0; i < 6; i++) {
      byte[] leaf = Merkle.leafHash(i == 1 ? entry : EntryCodec.encode(i, event(i)));
      tree.append(leaf);
      frontier.append(leaf);
    }
    Checkpoint resigned = Checkpoint.sign(6, tree.root(6), Instant.now(), keys);
    tamper(
        "INSERT INTO audit_checkpoint (tree_size, root_hash, made_at, key_id, signature, frontier)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        6L,
        resigned.root(),
        java.sql.Timestamp.from(resigned.time()),
        resigned.keyId(),
        resigned.signature(),
        frontier.bytes());

    assertThat(verify().ok()).as("the rewritten log is consistent in itself").isTrue();
    AuditVerifier.Result r = AuditVerifier.verify(db.dataSource(), key, List.of(held), line -> {});
    assertThat(r.ok()).isFalse();
    assertThat(r.failedCheckpoint()).isEqualTo(4);
    assertThat(r.failure())
        .contains("first 4 entries are not those of the checkpoint held outside the log")
        .contains("rewritten");
  }

  @Test
  void aCutOffTailWithItsCheckpointsIsFoundByACheckpointHeldElsewhere() throws Exception {
    appendSequentially(6);
    Checkpoint held = log.latestCheckpoint().orElseThrow();
    tamper("DELETE FROM audit_entry WHERE seq >= 4");
    tamper("DELETE FROM audit_checkpoint WHERE tree_size > 4");
    assertThat(verify().ok()).as("what the stored log alone cannot show").isTrue();
    AuditVerifier.Result r = AuditVerifier.verify(db.dataSource(), key, List.of(held), line -> {});
    assertThat(r.failedEntry()).isEqualTo(4);
    assertThat(r.failure()).startsWith("entries 4..5 are missing").contains("cut off");
  }

  @Test
  void anEntryAddedOutsideTheLogIsNamed() throws Exception {
    appendSequentially(3);
    byte[] entry = EntryCodec.encode(3, event(3));
    tamper(
        "INSERT INTO audit_entry (seq, entry, leaf_hash) VALUES (3, ?, ?)",
        entry,
        Merkle.leafHash(entry));
    AuditVerifier.Result r = verify();
    assertThat(r.failedEntry()).isEqualTo(3);
    assertThat(r.failure()).contains("covered by no signed checkpoint");
  }

  @Test
  void anotherKeyDoesNotVerify() throws Exception {
    appendSequentially(2);
    Path otherFolder = Files.createTempDirectory("other-keys");
    PublicKey other = AuditKeys.loadOrCreate(otherFolder).publicKey();
    AuditVerifier.Result r = AuditVerifier.verify(db.dataSource(), other, line -> {});
    assertThat(r.failedCheckpoint()).isEqualTo(1);
    assertThat(r.failure()).contains("names signing key");
  }

  @Test
  void theDatabaseRefusesChangesAndRemovals() throws Exception {
    appendSequentially(3);
    for (String sql :
        new String[] {
          "UPDATE audit_entry SET entry = entry WHERE seq = 1",
          "DELETE FROM audit_entry WHERE seq = 2",
          "TRUNCATE audit_entry",
          "UPDATE audit_checkpoint SET made_at = now()",
          "DELETE FROM audit_checkpoint",
          "TRUNCATE audit_checkpoint"
        }) {
      try (Connection c = db.connection();
          Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.execute(sql))
            .as(sql)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("append-only");
      }
    }
    assertThat(verify().ok()).isTrue();
  }

  @Test
  void theKeyPairIsKeptPrivateAndReusedAndTheCheckpointTextIsTheDocumentedOne() throws Exception {
    appendSequentially(1);
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keyFolder.resolve(AuditKeys.PRIVATE_FILE))))
        .isEqualTo("rw-------");
    assertThat(Files.readString(keyFolder.resolve(AuditKeys.PUBLIC_FILE)))
        .startsWith("-----BEGIN PUBLIC KEY-----\n");
    assertThat(AuditKeys.loadOrCreate(keyFolder).publicKey()).isEqualTo(key);

    Checkpoint cp = log.latestCheckpoint().orElseThrow();
    String text = new String(cp.signedText(), StandardCharsets.UTF_8);
    assertThat(text)
        .isEqualTo(
            "chokepoint audit log v1\n1\n"
                + java.util.Base64.getEncoder().encodeToString(cp.root())
                + "\n"
                + cp.timeText()
                + "\n");
    assertThat(cp.root()).isEqualTo(Merkle.leafHash(EntryCodec.encode(0, event(0))));
  }

  @Test
  void theFastSignatureIsByteForByteTheJdksAndVerifiesWithTheJdk() {
    AuditKeys keys = AuditKeys.loadOrCreate(keyFolder);
    for (int i = 0; i < 20; i++) {
      byte[] message = ("checkpoint text " + i).getBytes(StandardCharsets.UTF_8);
      byte[] fast = keys.sign(message);
      assertThat(fast).isEqualTo(keys.signWithJdk(message));
      assertThat(AuditKeys.verify(keys.publicKey(), message, fast)).isTrue();
    }
  }

  @Test
  void checkpointsCarryTheClocksTime() {
    Instant now = Instant.parse("2030-01-02T03:04:05.678901234Z");
    try (AuditLog fixed =
        new AuditLog(
            db.dataSource(),
            () -> AuditKeys.loadOrCreate(keyFolder),
            Clock.fixed(now, ZoneOffset.UTC))) {
      fixed.append(event(0));
    }
    assertThat(log.latestCheckpoint().orElseThrow().timeText())
        .isEqualTo("2030-01-02T03:04:05.678901Z");
  }

  @Test
  void anOversizedEventIsRefusedAndNothingIsWritten() {
    AuditEvent big =
        new AuditEvent(Instant.now(), "u", "object.read", "", "ok", "x".repeat(70_000));
    assertThatThrownBy(() -> log.append(big)).isInstanceOf(IllegalArgumentException.class);
    assertThat(log.size()).isZero();
    log.append(event(0));
    assertThat(log.size()).isEqualTo(1);
  }
}
