package org.chokepoint.workspace.crisis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chokepoint.workspace.db.Jdbc;
import org.chokepoint.workspace.label.LabelledObject;
import org.chokepoint.workspace.label.Recipient;
import org.chokepoint.workspace.label.TlpLabel;

/** Reads crisis requests with their recipients, responses and links, for {@link CrisisStore}. */
final class CrisisReader {
  private static final String SELECT =
      "SELECT c.id, c.owner_org, c.created_by, c.label, c.title, c.impact, c.cause,"
          + " c.expected_duration, c.sectors, c.measures, c.assistance, o.name, o.country,"
          + " u.email, c.raised_at, c.reminder_sent_at, c.meeting_at, c.status, c.ended_at,"
          + " c.updated_at FROM crisis_requests c JOIN organisations o ON o.id = c.owner_org"
          + " JOIN users u ON u.id = c.created_by ";

  private CrisisReader() {}

  /**
   * The requests matching {@code where} (with {@code id} as its one parameter, if not null), newest
   * first, each with its recipients, responses and links.
   */
  static List<CrisisRequest> load(Connection conn, String where, Long id) throws SQLException {
    List<CrisisRequest> out = new ArrayList<>();
    List<ResultRow> rows = new ArrayList<>();
    try (PreparedStatement s = conn.prepareStatement(SELECT + where + " ORDER BY c.id DESC")) {
      if (id != null) {
        s.setLong(1, id);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(ResultRow.of(r));
        }
      }
    }
    if (rows.isEmpty()) {
      return out;
    }
    Map<Long, List<Recipient>> recipients = recipients(conn, id);
    Map<Long, List<CrisisRequest.Response>> responses = responses(conn, id);
    Map<Long, List<CrisisRequest.Link>> links = links(conn, id);
    for (ResultRow row : rows) {
      List<Recipient> rs = recipients.getOrDefault(row.id, List.of());
      Set<Long> orgs = new HashSet<>();
      rs.forEach(x -> orgs.add(x.id()));
      LabelledObject lo =
          new LabelledObject(
              CrisisStore.KIND, row.id, row.label, row.owner, row.author, rs, orgs, Set.of());
      out.add(
          new CrisisRequest(
              lo,
              row.fields,
              row.ownerName,
              row.ownerCountry,
              row.authorEmail,
              row.raisedAt,
              row.reminderSentAt,
              row.meetingAt,
              row.status,
              row.endedAt,
              row.updatedAt,
              responses.getOrDefault(row.id, List.of()),
              links.getOrDefault(row.id, List.of())));
    }
    return out;
  }

  private record ResultRow(
      long id,
      long owner,
      long author,
      TlpLabel label,
      CrisisFields fields,
      String ownerName,
      String ownerCountry,
      String authorEmail,
      Instant raisedAt,
      Instant reminderSentAt,
      Instant meetingAt,
      CrisisStatus status,
      Instant endedAt,
      Instant updatedAt) {
    static ResultRow of(ResultSet r) throws SQLException {
      return new ResultRow(
          r.getLong(1),
          r.getLong(2),
          r.getLong(3),
          TlpLabel.parse(r.getString(4)),
          new CrisisFields(
              r.getString(5),
              r.getString(6),
              r.getString(7),
              r.getString(8),
              r.getString(9),
              r.getString(10),
              r.getString(11)),
          r.getString(12),
          r.getString(13),
          r.getString(14),
          Jdbc.instant(r.getTimestamp(15)),
          Jdbc.instant(r.getTimestamp(16)),
          Jdbc.instant(r.getTimestamp(17)),
          CrisisStatus.parse(r.getString(18)),
          Jdbc.instant(r.getTimestamp(19)),
          Jdbc.instant(r.getTimestamp(20)));
    }
  }

  private static Map<Long, List<Recipient>> recipients(Connection conn, Long id)
      throws SQLException {
    Map<Long, List<Recipient>> out = new HashMap<>();
    try (PreparedStatement s =
        conn.prepareStatement(
            "SELECT r.object_id, r.organisation_id, o.name FROM object_recipients r"
                + " JOIN organisations o ON o.id = r.organisation_id WHERE r.object_kind = ?"
                + (id != null ? " AND r.object_id = ?" : "")
                + " ORDER BY o.name")) {
      s.setString(1, CrisisStore.KIND);
      if (id != null) {
        s.setLong(2, id);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
              .add(new Recipient(Recipient.Kind.ORGANISATION, r.getLong(2), r.getString(3)));
        }
      }
    }
    return out;
  }

  private static Map<Long, List<CrisisRequest.Response>> responses(Connection conn, Long id)
      throws SQLException {
    return byRequest(
        conn,
        "SELECT x.request_id, x.id, o.name, u.email, x.kind, x.body, x.created_at"
            + " FROM crisis_responses x JOIN organisations o ON o.id = x.organisation_id"
            + " JOIN users u ON u.id = x.created_by",
        id,
        r ->
            new CrisisRequest.Response(
                r.getLong(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                Jdbc.instant(r.getTimestamp(7))));
  }

  private static Map<Long, List<CrisisRequest.Link>> links(Connection conn, Long id)
      throws SQLException {
    return byRequest(
        conn,
        "SELECT x.request_id, x.id, x.kind, x.ref, u.email, x.created_at FROM crisis_links x"
            + " JOIN users u ON u.id = x.created_by",
        id,
        r ->
            new CrisisRequest.Link(
                r.getLong(2),
                r.getString(3),
                r.getString(4),
                null,
                r.getString(5),
                Jdbc.instant(r.getTimestamp(6))));
  }

  /** Reads one value from the current row of a result set. */
  private interface RowReader<T> {
    T read(ResultSet r) throws SQLException;
  }

  /**
   * Rows of a table {@code x} that belongs to requests, grouped by request id (column 1), in the
   * order of {@code x.id}; those of request {@code id} only, or of every request when it is null.
   */
  private static <T> Map<Long, List<T>> byRequest(
      Connection conn, String select, Long id, RowReader<T> reader) throws SQLException {
    Map<Long, List<T>> out = new HashMap<>();
    try (PreparedStatement s =
        conn.prepareStatement(
            select + (id != null ? " WHERE x.request_id = ?" : "") + " ORDER BY x.id")) {
      if (id != null) {
        s.setLong(1, id);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(reader.read(r));
        }
      }
    }
    return out;
  }
}
