package org.chokepoint.workspace.crisis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.chokepoint.workspace.db.Jdbc;
import org.chokepoint.workspace.label.Recipient;
import org.chokepoint.workspace.label.TlpLabel;

/**
 * Crisis requests, their addressed governments (as recipients), responses and links in the
 * database. It decides nothing about access: the service filters what it returns through the
 * policy.
 */
public final class CrisisStore {
  /** The object kind of a request, as recipients and the audit log name it. */
  public static final String KIND = "crisis_request";

  private final DataSource ds;

  public CrisisStore(DataSource ds) {
    this.ds = ds;
  }

  /** Stores a new open request addressed to {@code addressed}; returns it. */
  public CrisisRequest insert(
      long owner,
      long author,
      TlpLabel label,
      CrisisFields f,
      List<Recipient> addressed,
      Instant raisedAt) {
    long id =
        Jdbc.transaction(
            ds,
            conn -> {
              long newId;
              try (PreparedStatement s =
                  conn.prepareStatement(
                      "INSERT INTO crisis_requests (owner_org, created_by, label, title, impact,"
                          + " cause, expected_duration, sectors, measures, assistance, raised_at,"
                          + " meeting_deadline, reminder_due, status, updated_at)"
                          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)",
                      Statement.RETURN_GENERATED_KEYS)) {
                int i = 1;
                s.setLong(i++, owner);
                s.setLong(i++, author);
                s.setString(i++, label.spelling());
                for (String v :
                    List.of(
                        f.title(),
                        f.impact(),
                        f.cause(),
                        f.expectedDuration(),
                        f.sectors(),
                        f.measures(),
                        f.assistance())) {
                  s.setString(i++, v);
                }
                s.setTimestamp(i++, Jdbc.ts(raisedAt));
                s.setTimestamp(i++, Jdbc.ts(CrisisClock.deadline(raisedAt)));
                s.setTimestamp(i++, Jdbc.ts(CrisisClock.reminderDue(raisedAt)));
                s.setTimestamp(i, Jdbc.ts(raisedAt));
                s.executeUpdate();
                try (ResultSet k = s.getGeneratedKeys()) {
                  k.next();
                  newId = k.getLong(1);
                }
              }
              try (PreparedStatement s =
                  conn.prepareStatement(
                      "INSERT INTO object_recipients (object_kind, object_id, organisation_id)"
                          + " VALUES (?, ?, ?)")) {
                for (Recipient r : addressed) {
                  s.setString(1, KIND);
                  s.setLong(2, newId);
                  s.setLong(3, r.id());
                  s.addBatch();
                }
                s.executeBatch();
              }
              return newId;
            });
    return find(id).orElseThrow();
  }

  /** Sets the meeting time of a request that has not ended; false when it has ended in between. */
  public boolean scheduleMeeting(long id, Instant meetingAt, Instant now) {
    return update(
        "UPDATE crisis_requests SET meeting_at = ?, status = 'meeting-scheduled', updated_at = ?"
            + " WHERE id = ? AND status IN ('open', 'meeting-scheduled')",
        meetingAt,
        now,
        id);
  }

  /** Closes or withdraws a request that has not ended; false when it had ended already. */
  public boolean end(long id, CrisisStatus status, Instant now) {
    if (!status.ended()) {
      throw new IllegalArgumentException("not an ending status: " + status.id());
    }
    return update(
        "UPDATE crisis_requests SET status = '"
            + status.id()
            + "', ended_at = ?, updated_at = ? WHERE id = ? AND status IN ('open',"
            + " 'meeting-scheduled')",
        now,
        now,
        id);
  }

  /**
   * Records the reminder of a request still open without a meeting, once: true only for the call
   * that recorded it (a second call, from this process or another, finds it recorded).
   */
  public boolean markReminder(long id, Instant now) {
    return update(
        "UPDATE crisis_requests SET reminder_sent_at = ? WHERE id = ? AND status = 'open'"
            + " AND reminder_sent_at IS NULL AND reminder_due <= ?",
        now,
        id,
        now);
  }

  /** The ids of open requests without a meeting whose reminder is due at {@code now}. */
  public List<Long> remindersDue(Instant now) {
    return Jdbc.with(
        ds,
        conn -> {
          List<Long> out = new ArrayList<>();
          try (PreparedStatement s =
              conn.prepareStatement(
                  "SELECT id FROM crisis_requests WHERE status = 'open' AND reminder_sent_at"
                      + " IS NULL AND reminder_due <= ? ORDER BY id")) {
            s.setTimestamp(1, Jdbc.ts(now));
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(r.getLong(1));
              }
            }
          }
          return out;
        });
  }

  public void addResponse(
      long id, long organisation, long author, String kind, String body, Instant now) {
    Jdbc.with(
        ds,
        conn -> {
          try (PreparedStatement s =
              conn.prepareStatement(
                  "INSERT INTO crisis_responses (request_id, organisation_id, created_by, kind,"
                      + " body, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setLong(2, organisation);
            s.setLong(3, author);
            s.setString(4, kind);
            s.setString(5, body);
            s.setTimestamp(6, Jdbc.ts(now));
            return s.executeUpdate();
          }
        });
  }

  /** Adds a link; false when the same analysis is linked already. */
  public boolean addLink(long id, String kind, String ref, long author, Instant now) {
    return Jdbc.with(
        ds,
        conn -> {
          try (PreparedStatement s =
              conn.prepareStatement(
                  "INSERT INTO crisis_links (request_id, kind, ref, created_by, created_at)"
                      + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setLong(1, id);
            s.setString(2, kind);
            s.setString(3, ref);
            s.setLong(4, author);
            s.setTimestamp(5, Jdbc.ts(now));
            return s.executeUpdate() == 1;
          }
        });
  }

  private boolean update(String sql, Object... args) {
    return Jdbc.with(
        ds,
        conn -> {
          try (PreparedStatement s = conn.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
              Object a = args[i];
              if (a instanceof Instant t) {
                s.setTimestamp(i + 1, Jdbc.ts(t));
              } else {
                s.setObject(i + 1, a);
              }
            }
            return s.executeUpdate() == 1;
          }
        });
  }

  public Optional<CrisisRequest> find(long id) {
    return load("WHERE c.id = ?", id).stream().findFirst();
  }

  /** Every request, newest first; the caller filters through the policy. */
  public List<CrisisRequest> all() {
    return load("", null);
  }

  private List<CrisisRequest> load(String where, Long id) {
    return Jdbc.with(ds, conn -> CrisisReader.load(conn, where, id));
  }
}
