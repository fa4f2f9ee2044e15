package org.chokepoint.workspace.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.chokepoint.workspace.db.Jdbc;

/**
 * Sign-in sessions: a random id sent in the session cookie and stored only as its SHA-256 digest, a
 * CSRF token the browser echoes in a header for unsafe requests, and an absolute expiry.
 */
public final class SessionStore {
  /** How long a session lasts from sign-in. */
  public static final Duration LIFETIME = Duration.ofHours(12);

  private final DataSource ds;
  private final Clock clock;

  public SessionStore(DataSource ds, Clock clock) {
    this.ds = ds;
    this.clock = clock;
  }

  /** A live session. */
  public record Session(long userId, String csrf, Instant expiresAt) {}

  /** A new session: the id for the cookie (shown once) and its record. */
  public record Created(String id, Session session) {}

  public Created create(long userId) {
    String id = Secrets.random("");
    String csrf = Secrets.random("");
    Instant now = clock.instant();
    Instant expires = now.plus(LIFETIME);
    Jdbc.with(
        ds,
        conn -> {
          try (PreparedStatement s =
              conn.prepareStatement(
                  "INSERT INTO sessions (digest, user_id, csrf, created_at, expires_at)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            s.setBytes(1, Secrets.sha256(id));
            s.setLong(2, userId);
            s.setString(3, csrf);
            s.setTimestamp(4, Jdbc.ts(now));
            s.setTimestamp(5, Jdbc.ts(expires));
            return s.executeUpdate();
          }
        });
    return new Created(id, new Session(userId, csrf, expires));
  }

  /** The unexpired session with this id. */
  public Optional<Session> find(String id) {
    if (id == null || id.isEmpty() || id.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return Jdbc.with(
        ds,
        conn -> {
          try (PreparedStatement s =
              conn.prepareStatement(
                  "SELECT user_id, csrf, expires_at FROM sessions WHERE digest = ?")) {
            s.setBytes(1, Secrets.sha256(id));
            try (ResultSet r = s.executeQuery()) {
              if (!r.next()) {
                return Optional.<Session>empty();
              }
              Session found =
                  new Session(r.getLong(1), r.getString(2), Jdbc.instant(r.getTimestamp(3)));
              return now.isBefore(found.expiresAt()) ? Optional.of(found) : Optional.empty();
            }
          }
        });
  }

  /** Ends a session (sign-out); expired sessions go at the same time. */
  public void delete(String id) {
    Jdbc.with(
        ds,
        conn -> {
          try (PreparedStatement s =
              conn.prepareStatement("DELETE FROM sessions WHERE digest = ? OR expires_at <= ?")) {
            s.setBytes(1, Secrets.sha256(id == null ? "" : id));
            s.setTimestamp(2, Jdbc.ts(clock.instant()));
            return s.executeUpdate();
          }
        });
  }
}
