package org.chokepoint.workspace.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.chokepoint.workspace.db.Jdbc;

/**
 * API tokens: 32 random bytes shown once as {@code cpt_} and 43 base64url characters, stored only
 * as their SHA-256 digest, with a scope, an expiry and a revocation time.
 */
public final class TokenStore {
  /** The prefix of every token, so that scanners can recognise leaked ones. */
  public static final String PREFIX = "cpt_";

  /** The longest a token may live. */
  public static final int MAX_DAYS = 366;

  private final DataSource ds;
  private final Clock clock;
  private final java.util.concurrent.atomic.AtomicLong changes =
      new java.util.concurrent.atomic.AtomicLong();

  public TokenStore(DataSource ds, Clock clock) {
    this.ds = ds;
    this.clock = clock;
  }

  /** A token as listed: never the secret. */
  public record Token(
      long id,
      long userId,
      String email,
      TokenScope scope,
      Instant createdAt,
      Instant expiresAt,
      Instant revokedAt) {
    public boolean activeAt(Instant t) {
      return revokedAt == null && t.isBefore(expiresAt);
    }
  }

  /** A new token: its secret, shown once, and its record. */
  public record Created(String secret, Token token) {}

  public Created create(User user, TokenScope scope, int days) {
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException(
          "--days " + days + " is outside 1-" + MAX_DAYS + " (a token must expire)");
    }
    String secret = Secrets.random(PREFIX);
    Instant now = clock.instant();
    Instant expires = now.plus(Duration.ofDays(days));
    long id =
        Jdbc.with(
            ds,
            conn -> {
              try (PreparedStatement s =
                  conn.prepareStatement(
                      "INSERT INTO api_tokens (user_id, digest, scope, created_at, expires_at)"
                          + " VALUES (?, ?, ?, ?, ?)",
                      Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, user.id());
                s.setBytes(2, Secrets.sha256(secret));
                s.setString(3, scope.id());
                s.setTimestamp(4, Jdbc.ts(now));
                s.setTimestamp(5, Jdbc.ts(expires));
                s.executeUpdate();
                try (ResultSet k = s.getGeneratedKeys()) {
                  k.next();
                  return k.getLong(1);
                }
              }
            });
    return new Created(secret, new Token(id, user.id(), user.email(), scope, now, expires, null));
  }

  /** The active token with this secret: known, not expired, not revoked. */
  public Optional<Token> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<Token> t = find("WHERE t.digest = ?", Secrets.sha256(secret));
    return t.filter(x -> x.activeAt(now));
  }

  /**
   * How many revocations this store has made, so that a cache of checked tokens in this process can
   * forget them at once (revocations by another process reach it when its entries expire).
   */
  public long changes() {
    return changes.get();
  }

  /** Revokes a token; false when there is no such token or it was revoked already. */
  public boolean revoke(long id) {
    changes.incrementAndGet();
    return Jdbc.with(
        ds,
        conn -> {
          try (PreparedStatement s =
              conn.prepareStatement(
                  "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
            s.setTimestamp(1, Jdbc.ts(clock.instant()));
            s.setLong(2, id);
            return s.executeUpdate() == 1;
          }
        });
  }

  public Optional<Token> byId(long id) {
    return find("WHERE t.id = ?", id);
  }

  /** Every token, newest first. */
  public List<Token> list() {
    return query("", null);
  }

  private Optional<Token> find(String where, Object arg) {
    return query(where, arg).stream().findFirst();
  }

  private List<Token> query(String where, Object arg) {
    return Jdbc.with(
        ds,
        conn -> {
          try (PreparedStatement s =
              conn.prepareStatement(
                  "SELECT t.id, t.user_id, u.email, t.scope, t.created_at, t.expires_at,"
                      + " t.revoked_at FROM api_tokens t JOIN users u ON u.id = t.user_id "
                      + where
                      + " ORDER BY t.id DESC")) {
            if (arg != null) {
              s.setObject(1, arg);
            }
            return read(s);
          }
        });
  }

  private static List<Token> read(PreparedStatement s) throws SQLException {
    List<Token> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(
            new Token(
                r.getLong(1),
                r.getLong(2),
                r.getString(3),
                TokenScope.parse(r.getString(4)),
                Jdbc.instant(r.getTimestamp(5)),
                Jdbc.instant(r.getTimestamp(6)),
                Jdbc.instant(r.getTimestamp(7))));
      }
    }
    return out;
  }
}
