package org.chokepoint.workspace.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.chokepoint.workspace.db.Jdbc;
import org.chokepoint.workspace.label.LabelledObject;
import org.chokepoint.workspace.label.Recipient;
import org.chokepoint.workspace.label.TlpLabel;

/**
 * Assessments and their recipient lists in the database. It decides nothing about access: callers
 * filter what it returns through the access policy.
 */
public final class AssessmentStore {
  static final String KIND = "assessment";

  private final DataSource ds;

  public AssessmentStore(DataSource ds) {
    this.ds = ds;
  }

  /** Stores a new assessment and returns it. */
  public Assessment insert(
      long owner,
      long author,
      TlpLabel label,
      String title,
      String body,
      List<Recipient> recipients,
      Instant now) {
    long id =
        Jdbc.transaction(
            ds,
            conn -> {
              long newId;
              try (PreparedStatement s =
                  conn.prepareStatement(
                      "INSERT INTO assessments (owner_org, created_by, label, title, body,"
                          + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                      Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, owner);
                s.setLong(2, author);
                s.setString(3, label.spelling());
                s.setString(4, title);
                s.setString(5, body);
                s.setTimestamp(6, Jdbc.ts(now));
                s.setTimestamp(7, Jdbc.ts(now));
                s.executeUpdate();
                try (ResultSet k = s.getGeneratedKeys()) {
                  k.next();
                  newId = k.getLong(1);
                }
              }
              writeRecipients(conn, newId, recipients);
              return newId;
            });
    return find(id).orElseThrow();
  }

  /**
   * Replaces the label and the recipient list. Both are part of a joint assessment's draft, so this
   * is a change to it: the revision goes up (or the next version starts) and sign-offs are voided.
   */
  public Assessment relabel(long id, TlpLabel label, List<Recipient> recipients, Instant now) {
    Jdbc.transaction(
        ds, conn -> JointStore.touch(conn, id, now, c -> relabel(c, id, label, recipients, now)));
    return find(id).orElseThrow();
  }

  private static void relabel(
      Connection conn, long id, TlpLabel label, List<Recipient> recipients, Instant now)
      throws SQLException {
    try (PreparedStatement s =
        conn.prepareStatement("UPDATE assessments SET label = ?, updated_at = ? WHERE id = ?")) {
      s.setString(1, label.spelling());
      s.setTimestamp(2, Jdbc.ts(now));
      s.setLong(3, id);
      s.executeUpdate();
    }
    try (PreparedStatement s =
        conn.prepareStatement(
            "DELETE FROM object_recipients WHERE object_kind = ? AND object_id = ?")) {
      s.setString(1, KIND);
      s.setLong(2, id);
      s.executeUpdate();
    }
    writeRecipients(conn, id, recipients);
  }

  private static void writeRecipients(Connection conn, long id, List<Recipient> recipients)
      throws SQLException {
    try (PreparedStatement s =
        conn.prepareStatement(
            "INSERT INTO object_recipients (object_kind, object_id, organisation_id, group_id,"
                + " user_id) VALUES (?, ?, ?, ?, ?)")) {
      for (Recipient r : recipients) {
        s.setString(1, KIND);
        s.setLong(2, id);
        s.setObject(3, r.kind() == Recipient.Kind.ORGANISATION ? r.id() : null);
        s.setObject(4, r.kind() == Recipient.Kind.GROUP ? r.id() : null);
        s.setObject(5, r.kind() == Recipient.Kind.USER ? r.id() : null);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  public Optional<Assessment> find(long id) {
    return load("WHERE a.id = ?", id).stream().findFirst();
  }

  /** Every assessment, newest first; the caller filters through the policy. */
  public List<Assessment> all() {
    return load("", null);
  }

  private List<Assessment> load(String where, Object arg) {
    return Jdbc.with(
        ds,
        conn -> {
          List<Object[]> rows = new ArrayList<>();
          try (PreparedStatement s =
              conn.prepareStatement(
                  "SELECT a.id, a.owner_org, a.created_by, a.label, a.title, a.body, o.name,"
                      + " u.email, a.created_at, a.updated_at FROM assessments a"
                      + " JOIN organisations o ON o.id = a.owner_org"
                      + " JOIN users u ON u.id = a.created_by "
                      + where
                      + " ORDER BY a.id DESC")) {
            if (arg != null) {
              s.setObject(1, arg);
            }
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                rows.add(
                    new Object[] {
                      r.getLong(1),
                      r.getLong(2),
                      r.getLong(3),
                      r.getString(4),
                      r.getString(5),
                      r.getString(6),
                      r.getString(7),
                      r.getString(8),
                      Jdbc.instant(r.getTimestamp(9)),
                      Jdbc.instant(r.getTimestamp(10))
                    });
              }
            }
          }
          if (rows.isEmpty()) {
            return List.<Assessment>of();
          }
          Map<Long, List<Recipient>> recipients = new HashMap<>();
          try (PreparedStatement s =
              conn.prepareStatement(
                  "SELECT r.object_id, r.organisation_id, o.name, r.group_id, g.name, r.user_id,"
                      + " u.email FROM object_recipients r"
                      + " LEFT JOIN organisations o ON o.id = r.organisation_id"
                      + " LEFT JOIN sharing_groups g ON g.id = r.group_id"
                      + " LEFT JOIN users u ON u.id = r.user_id"
                      + " WHERE r.object_kind = ?"
                      + (arg != null ? " AND r.object_id = ?" : ""))) {
            s.setString(1, KIND);
            if (arg != null) {
              s.setObject(2, arg);
            }
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                List<Recipient> list =
                    recipients.computeIfAbsent(r.getLong(1), k -> new ArrayList<>());
                long org = r.getLong(2);
                if (!r.wasNull()) {
                  list.add(new Recipient(Recipient.Kind.ORGANISATION, org, r.getString(3)));
                  continue;
                }
                long group = r.getLong(4);
                if (!r.wasNull()) {
                  list.add(new Recipient(Recipient.Kind.GROUP, group, r.getString(5)));
                  continue;
                }
                list.add(new Recipient(Recipient.Kind.USER, r.getLong(6), r.getString(7)));
              }
            }
          }
          Map<Long, Set<Long>> groupMembers = new HashMap<>();
          try (PreparedStatement s =
                  conn.prepareStatement(
                      "SELECT group_id, organisation_id FROM sharing_group_members");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              groupMembers.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getLong(2));
            }
          }
          List<Assessment> out = new ArrayList<>();
          for (Object[] row : rows) {
            long id = (Long) row[0];
            List<Recipient> rs = recipients.getOrDefault(id, List.of());
            Set<Long> orgs = new HashSet<>();
            Set<Long> users = new HashSet<>();
            for (Recipient rec : rs) {
              switch (rec.kind()) {
                case ORGANISATION -> orgs.add(rec.id());
                case GROUP -> orgs.addAll(groupMembers.getOrDefault(rec.id(), Set.of()));
                case USER -> users.add(rec.id());
              }
            }
            LabelledObject lo =
                new LabelledObject(
                    KIND,
                    id,
                    TlpLabel.parse((String) row[3]),
                    (Long) row[1],
                    (Long) row[2],
                    rs,
                    orgs,
                    users);
            out.add(
                new Assessment(
                    lo,
                    (String) row[4],
                    (String) row[5],
                    (String) row[6],
                    (String) row[7],
                    (Instant) row[8],
                    (Instant) row[9]));
          }
          return out;
        });
  }
}
