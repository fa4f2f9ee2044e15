package org.chokepoint.workspace.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.chokepoint.workspace.assessment.Joint.Comment;
import org.chokepoint.workspace.assessment.Joint.Participant;
import org.chokepoint.workspace.assessment.Joint.SignOff;
import org.chokepoint.workspace.assessment.Joint.Snapshot;
import org.chokepoint.workspace.db.Jdbc;

/**
 * The joint parts of assessments in the database: draft version and revision, participants,
 * comments, sign-offs and published snapshots. It decides nothing about access.
 */
public final class JointStore {
  private final DataSource ds;

  public JointStore(DataSource ds) {
    this.ds = ds;
  }

  DataSource dataSource() {
    return ds;
  }

  /** The draft's version, revision, analyses JSON and pooled-view JSON. */
  record DraftRow(int version, int revision, String analyses, String pooledViews) {}

  /** What a change did: the version and revision it made, how many sign-offs it voided. */
  public record Change(int version, int revision, int voided, boolean newVersion) {}

  /** Work done on the draft inside the transaction of a change. */
  @FunctionalInterface
  interface Edit {
    void apply(Connection c) throws SQLException;
  }

  Optional<DraftRow> draft(long id) {
    return Jdbc.with(ds, c -> draft(c, id, false));
  }

  static Optional<DraftRow> draft(Connection c, long id, boolean lock) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT version, revision, analyses, pooled_views FROM assessments WHERE id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(new DraftRow(r.getInt(1), r.getInt(2), r.getString(3), r.getString(4)))
            : Optional.empty();
      }
    }
  }

  /**
   * Changes the draft: {@code edit} runs, then the revision goes up (or, when the current version
   * is published, the next version starts at revision 0) and every live sign-off is voided.
   */
  Change change(long id, Instant now, Edit edit) {
    return Jdbc.transaction(ds, c -> touch(c, id, now, edit));
  }

  /** {@link #change} inside a transaction the caller holds. */
  static Change touch(Connection c, long id, Instant now, Edit edit) throws SQLException {
    DraftRow d = draft(c, id, true).orElseThrow();
    edit.apply(c);
    boolean published = published(c, id, d.version());
    int version = published ? d.version() + 1 : d.version();
    int revision = published ? 0 : d.revision() + 1;
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE assessments SET version = ?, revision = ?, updated_at = ? WHERE id = ?")) {
      s.setInt(1, version);
      s.setInt(2, revision);
      s.setTimestamp(3, Jdbc.ts(now));
      s.setLong(4, id);
      s.executeUpdate();
    }
    int voided;
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE assessment_signoffs SET voided_at = ? WHERE assessment_id = ?"
                + " AND voided_at IS NULL")) {
      s.setTimestamp(1, Jdbc.ts(now));
      s.setLong(2, id);
      voided = s.executeUpdate();
    }
    return new Change(version, revision, voided, published);
  }

  static void updateDraft(
      Connection c, long id, String title, String body, String analyses, String pooled)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE assessments SET title = ?, body = ?, analyses = ?, pooled_views = ?"
                + " WHERE id = ?")) {
      s.setString(1, title);
      s.setString(2, body);
      s.setString(3, analyses);
      s.setString(4, pooled);
      s.setLong(5, id);
      s.executeUpdate();
    }
  }

  /** Adds a participant and, unless already there, the organisation as a recipient. */
  static void addParticipant(Connection c, long id, long org, long by, Instant now)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO assessment_participants (assessment_id, organisation_id, invited_by,"
                + " invited_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      s.setLong(1, id);
      s.setLong(2, org);
      s.setLong(3, by);
      s.setTimestamp(4, Jdbc.ts(now));
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO object_recipients (object_kind, object_id, organisation_id)"
                + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM object_recipients"
                + " WHERE object_kind = ? AND object_id = ? AND organisation_id = ?)")) {
      s.setString(1, AssessmentStore.KIND);
      s.setLong(2, id);
      s.setLong(3, org);
      s.setString(4, AssessmentStore.KIND);
      s.setLong(5, id);
      s.setLong(6, org);
      s.executeUpdate();
    }
  }

  static boolean published(Connection c, long id, int version) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT 1 FROM assessment_snapshots WHERE assessment_id = ? AND version = ?")) {
      s.setLong(1, id);
      s.setInt(2, version);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  /** The owner first, then the invited organisations in the order invited. */
  List<Participant> participants(long id) {
    return Jdbc.with(ds, c -> participants(c, id));
  }

  static List<Participant> participants(Connection c, long id) throws SQLException {
    List<Participant> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT o.id, o.name, o.kind, o.country, true, a.created_at, 0 FROM assessments a"
                + " JOIN organisations o ON o.id = a.owner_org WHERE a.id = ?"
                + " UNION ALL SELECT o.id, o.name, o.kind, o.country, false, p.invited_at, 1"
                + " FROM assessment_participants p JOIN organisations o"
                + " ON o.id = p.organisation_id JOIN assessments a ON a.id = p.assessment_id"
                + " WHERE p.assessment_id = ? AND p.organisation_id <> a.owner_org"
                + " ORDER BY 7, 6, 1")) {
      s.setLong(1, id);
      s.setLong(2, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(
              new Participant(
                  r.getLong(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4) == null ? "" : r.getString(4),
                  r.getBoolean(5),
                  Jdbc.instant(r.getTimestamp(6))));
        }
      }
    }
    return out;
  }

  long addComment(
      long id, int version, long parent, long author, long org, String body, Instant now) {
    return Jdbc.with(
        ds,
        c -> {
          if (parent != 0) {
            try (PreparedStatement s =
                c.prepareStatement(
                    "SELECT 1 FROM assessment_comments WHERE id = ? AND assessment_id = ?")) {
              s.setLong(1, parent);
              s.setLong(2, id);
              try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                  throw new IllegalArgumentException(
                      "parent: no comment " + parent + " on this assessment");
                }
              }
            }
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO assessment_comments (assessment_id, version, parent_id, author,"
                      + " organisation_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                      + " RETURNING id")) {
            s.setLong(1, id);
            s.setInt(2, version);
            s.setObject(3, parent == 0 ? null : parent);
            s.setLong(4, author);
            s.setLong(5, org);
            s.setString(6, body);
            s.setTimestamp(7, Jdbc.ts(now));
            try (ResultSet r = s.executeQuery()) {
              r.next();
              return r.getLong(1);
            }
          }
        });
  }

  /** The comments on a version, oldest first. */
  List<Comment> comments(long id, int version) {
    return Jdbc.with(
        ds,
        c -> {
          List<Comment> out = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT m.id, m.version, coalesce(m.parent_id, 0), u.email, o.name, m.body,"
                      + " m.created_at FROM assessment_comments m JOIN users u ON u.id = m.author"
                      + " JOIN organisations o ON o.id = m.organisation_id"
                      + " WHERE m.assessment_id = ? AND m.version = ? ORDER BY m.id")) {
            s.setLong(1, id);
            s.setInt(2, version);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(
                    new Comment(
                        r.getLong(1),
                        r.getInt(2),
                        r.getLong(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        Jdbc.instant(r.getTimestamp(7))));
              }
            }
          }
          return out;
        });
  }

  List<SignOff> signOffs(long id) {
    return Jdbc.with(ds, c -> signOffs(c, id));
  }

  /** The live sign-offs, by organisation name. */
  static List<SignOff> signOffs(Connection c, long id) throws SQLException {
    List<SignOff> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT o.id, o.name, u.email, g.version, g.revision, g.signed_at"
                + " FROM assessment_signoffs g JOIN organisations o ON o.id = g.organisation_id"
                + " JOIN users u ON u.id = g.signer WHERE g.assessment_id = ?"
                + " AND g.voided_at IS NULL ORDER BY o.name, o.id")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(
              new SignOff(
                  r.getLong(1),
                  r.getString(2),
                  r.getString(3),
                  r.getInt(4),
                  r.getInt(5),
                  Jdbc.instant(r.getTimestamp(6))));
        }
      }
    }
    return out;
  }

  /** Records a sign-off; false when the organisation has already signed this revision. */
  static boolean insertSignOff(
      Connection c, long id, int version, int revision, long org, long user, Instant now)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO assessment_signoffs (assessment_id, version, revision, organisation_id,"
                + " signer, signed_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      s.setLong(1, id);
      s.setInt(2, version);
      s.setInt(3, revision);
      s.setLong(4, org);
      s.setLong(5, user);
      s.setTimestamp(6, Jdbc.ts(now));
      return s.executeUpdate() == 1;
    }
  }

  static void insertSnapshot(Connection c, Snapshot snap) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO assessment_snapshots (assessment_id, version, content_hash, canonical,"
                + " published_at) VALUES (?, ?, ?, ?, ?)")) {
      s.setLong(1, snap.assessmentId());
      s.setInt(2, snap.version());
      s.setString(3, snap.hash());
      s.setString(4, snap.canonical());
      s.setTimestamp(5, Jdbc.ts(snap.publishedAt()));
      s.executeUpdate();
    }
  }

  /** The published versions, oldest first. */
  List<Snapshot> snapshots(long id) {
    return Jdbc.with(
        ds,
        c -> {
          List<Snapshot> out = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT version, content_hash, canonical, published_at FROM"
                      + " assessment_snapshots WHERE assessment_id = ? ORDER BY version")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(
                    new Snapshot(
                        id,
                        r.getInt(1),
                        r.getString(2),
                        r.getString(3),
                        Jdbc.instant(r.getTimestamp(4))));
              }
            }
          }
          return out;
        });
  }
}
