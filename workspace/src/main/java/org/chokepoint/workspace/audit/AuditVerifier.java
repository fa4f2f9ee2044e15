package org.chokepoint.workspace.audit;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Checks a stored log from its bytes up: every entry is canonical and stored at the position it
 * names, its leaf hash is recomputed from its bytes, every checkpoint's root is recomputed from the
 * entries it covers and its signature checked, and each checkpoint is shown consistent with the one
 * before it by an RFC 9162 consistency proof. Stops at the first thing that does not match and
 * names it.
 *
 * <p>Reads one snapshot (repeatable read), so it may run while the log is being appended to.
 */
public final class AuditVerifier {
  private AuditVerifier() {}

  /**
   * What verification found.
   *
   * @param entries the entries checked (all of them when {@code ok})
   * @param checkpoints the checkpoints checked
   * @param size the size of the last checkpoint checked
   * @param root its root hash (null when there is none)
   * @param failedEntry the sequence number of the entry named in the failure, or -1
   * @param failedCheckpoint the size of the checkpoint named in the failure, or -1
   * @param failure why verification failed, or null
   */
  public record Result(
      long entries,
      long checkpoints,
      long size,
      byte[] root,
      long failedEntry,
      long failedCheckpoint,
      String failure) {
    public boolean ok() {
      return failure == null;
    }

    public String rootHex() {
      return root == null ? "" : HexFormat.of().formatHex(root);
    }
  }

  private static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;
    final long entry;
    final long checkpoint;

    Failed(long entry, long checkpoint, String message) {
      super(message, null, false, false);
      this.entry = entry;
      this.checkpoint = checkpoint;
    }
  }

  /**
   * Verifies the log of {@code db} against {@code key}.
   *
   * @param progress receives a line now and then on long logs
   */
  public static Result verify(DataSource db, PublicKey key, Consumer<String> progress) {
    return verify(db, key, List.of(), progress);
  }

  /**
   * Verifies the log of {@code db} against {@code key}, and then checks that it still holds the
   * history of each of {@code held}: checkpoints kept outside the database (exported earlier,
   * received by another party). This finds what the stored log alone cannot show: entries cut off
   * from the end together with their checkpoints, or a history rewritten and signed again.
   */
  public static Result verify(
      DataSource db, PublicKey key, List<Checkpoint> held, Consumer<String> progress) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      c.setReadOnly(true);
      try {
        return run(c, key, held, progress);
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the audit log: " + e.getMessage(), e);
    }
  }

  private static Result run(
      Connection c, PublicKey key, List<Checkpoint> held, Consumer<String> progress)
      throws SQLException {
    List<Checkpoint> cps = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement("SELECT " + AuditLog.CHECKPOINT_COLUMNS + " ORDER BY tree_size");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        cps.add(AuditLog.checkpointOf(rs));
      }
    }
    String keyId = AuditKeys.keyId(key);
    TreeHashes tree = new TreeHashes();
    int ci = 0;
    Checkpoint previous = null;
    String firstSincePrevious = null;
    try (PreparedStatement s =
        c.prepareStatement("SELECT seq, entry, leaf_hash FROM audit_entry ORDER BY seq")) {
      s.setFetchSize(10_000);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long seq = rs.getLong(1);
          byte[] bytes = rs.getBytes(2);
          byte[] stored = rs.getBytes(3);
          long expected = tree.size();
          if (seq != expected) {
            throw new Failed(
                expected,
                -1,
                "entry "
                    + expected
                    + " is missing: the next stored entry is "
                    + named(seq, bytes)
                    + "; entries were deleted");
          }
          EntryCodec.Decoded d;
          try {
            d = EntryCodec.decode(bytes);
          } catch (IllegalArgumentException e) {
            throw new Failed(
                seq, -1, "entry " + seq + " is not a well-formed entry: " + e.getMessage());
          }
          String name = named(seq, d.event());
          if (d.seq() != seq) {
            throw new Failed(
                seq,
                -1,
                name
                    + " is stored at position "
                    + seq
                    + " but was written as entry "
                    + d.seq()
                    + "; entries were moved or reordered");
          }
          byte[] leaf = Merkle.leafHash(bytes);
          if (!MessageDigest.isEqual(leaf, stored)) {
            throw new Failed(
                seq,
                -1,
                name
                    + ": its bytes no longer match its stored leaf hash; the entry was changed"
                    + " after it was written");
          }
          if (firstSincePrevious == null) {
            firstSincePrevious = name;
          }
          tree.append(leaf);
          while (ci < cps.size() && cps.get(ci).size() == tree.size()) {
            checkCheckpoint(cps.get(ci), previous, tree, key, keyId, firstSincePrevious);
            previous = cps.get(ci);
            firstSincePrevious = null;
            ci++;
          }
          if (tree.size() % 100_000 == 0) {
            progress.accept("audit verify: " + tree.size() + " entries checked");
          }
        }
      }
      if (ci < cps.size()) {
        Checkpoint cp = cps.get(ci);
        Checkpoint last = cps.get(cps.size() - 1);
        throw new Failed(
            tree.size(),
            cp.size(),
            "entries "
                + tree.size()
                + ".."
                + (last.size() - 1)
                + " are missing: the checkpoint of "
                + cp.timeText()
                + " covers "
                + cp.size()
                + " entries and the latest, of "
                + last.timeText()
                + ", "
                + last.size()
                + ", but only "
                + tree.size()
                + " are stored; the end of the log was cut off");
      }
      long covered = previous == null ? 0 : previous.size();
      if (tree.size() > covered) {
        throw new Failed(
            covered,
            -1,
            "entries "
                + covered
                + ".."
                + (tree.size() - 1)
                + " (from "
                + firstSincePrevious
                + ") are covered by no signed checkpoint; they were added outside the log");
      }
      for (Checkpoint h : held) {
        checkHeld(h, tree, key, keyId);
      }
      return new Result(
          tree.size(),
          cps.size(),
          covered,
          previous == null ? null : previous.root(),
          -1,
          -1,
          null);
    } catch (Failed f) {
      return new Result(
          tree.size(),
          ci,
          previous == null ? 0 : previous.size(),
          previous == null ? null : previous.root(),
          f.entry,
          f.checkpoint,
          f.getMessage());
    }
  }

  private static void checkHeld(Checkpoint h, TreeHashes tree, PublicKey key, String keyId)
      throws Failed {
    String name =
        "the checkpoint held outside the log, of " + h.size() + " entries made " + h.timeText();
    if (!h.keyId().equals(keyId) || !AuditKeys.verify(key, h.signedText(), h.signature())) {
      throw new Failed(-1, h.size(), name + ", is not signed by this key");
    }
    if (h.size() > tree.size()) {
      throw new Failed(
          tree.size(),
          h.size(),
          "entries "
              + tree.size()
              + ".."
              + (h.size() - 1)
              + " are missing: "
              + name
              + ", covers "
              + h.size()
              + " entries but the log holds "
              + tree.size()
              + "; the end of the log was cut off with its checkpoints");
    }
    if (!MessageDigest.isEqual(tree.root(h.size()), h.root())) {
      throw new Failed(
          -1,
          h.size(),
          "the log's first "
              + h.size()
              + " entries are not those of "
              + name
              + "; the history was rewritten and signed again");
    }
  }

  private static void checkCheckpoint(
      Checkpoint cp,
      Checkpoint previous,
      TreeHashes tree,
      PublicKey key,
      String keyId,
      String firstSincePrevious)
      throws Failed {
    String name = "the checkpoint of " + cp.size() + " entries made " + cp.timeText();
    if (!cp.keyId().equals(keyId)) {
      throw new Failed(
          -1, cp.size(), name + " names signing key " + cp.keyId() + ", not this key " + keyId);
    }
    if (!AuditKeys.verify(key, cp.signedText(), cp.signature())) {
      throw new Failed(
          -1,
          cp.size(),
          name + ": its signature does not verify; the checkpoint was altered after signing");
    }
    byte[] root = tree.root(cp.size());
    if (!MessageDigest.isEqual(root, cp.root())) {
      long from = previous == null ? 0 : previous.size();
      throw new Failed(
          from,
          cp.size(),
          name
              + ": the root of the stored entries does not match its signed root; one of entries "
              + from
              + ".."
              + (cp.size() - 1)
              + " (the first is "
              + firstSincePrevious
              + ") was changed together with its leaf hash");
    }
    if (previous != null) {
      List<byte[]> proof = Merkle.consistencyProof(previous.size(), cp.size(), tree);
      if (!Merkle.verifyConsistency(
          previous.size(), cp.size(), previous.root(), cp.root(), proof)) {
        throw new Failed(
            previous.size(),
            cp.size(),
            name + " is not consistent with the checkpoint of " + previous.size() + " entries");
      }
    }
  }

  private static String named(long seq, AuditEvent e) {
    return "entry "
        + seq
        + " ("
        + Checkpoint.signedTimeText(e.time())
        + ", "
        + e.action()
        + ", "
        + e.actor()
        + ")";
  }

  private static String named(long seq, byte[] bytes) {
    try {
      return named(seq, EntryCodec.decode(bytes).event());
    } catch (IllegalArgumentException e) {
      return "entry " + seq;
    }
  }
}
