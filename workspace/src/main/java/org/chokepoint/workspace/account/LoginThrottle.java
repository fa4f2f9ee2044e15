package org.chokepoint.workspace.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.chokepoint.workspace.db.Jdbc;

/**
 * Login throttling per e-mail address and per client address: the first {@value #FREE} failures
 * cost nothing; each further one locks the key for a delay that doubles, 1 s after the 5th failure,
 * 2 s after the 6th and so on up to 15 minutes. A success clears the e-mail's key; failures are
 * forgotten after a day without one. Kept in the database, so restarts and several servers share
 * it.
 */
public final class LoginThrottle {
  /** Failures allowed before delays start. */
  public static final int FREE = 5;

  /** The longest delay. */
  public static final Duration MAX_DELAY = Duration.ofMinutes(15);

  private static final Duration FORGET = Duration.ofDays(1);

  private final DataSource ds;
  private final Clock clock;

  public LoginThrottle(DataSource ds, Clock clock) {
    this.ds = ds;
    this.clock = clock;
  }

  /** The key of an e-mail address. */
  public static String emailKey(String email) {
    return "email:" + UserStore.normalise(email);
  }

  /** The key of a client address. */
  public static String addressKey(String address) {
    return "address:" + (address == null ? "" : address);
  }

  /** The delay after {@code failures} failures. */
  public static Duration delayAfter(int failures) {
    if (failures < FREE) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - FREE, 20);
    Duration d = Duration.ofSeconds(1L << doublings);
    return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
  }

  /** How long until any of these keys may try again; zero when all may now. */
  public Duration wait(List<String> keys) {
    Instant now = clock.instant();
    Duration longest = Duration.ZERO;
    for (String key : keys) {
      Instant until =
          Jdbc.with(
              ds,
              conn -> {
                try (PreparedStatement s =
                    conn.prepareStatement(
                        "SELECT locked_until FROM login_failures WHERE key = ?")) {
                  s.setString(1, key);
                  try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Jdbc.instant(r.getTimestamp(1)) : null;
                  }
                }
              });
      if (until != null && until.isAfter(now)) {
        Duration d = Duration.between(now, until);
        longest = d.compareTo(longest) > 0 ? d : longest;
      }
    }
    return longest;
  }

  /** Counts a failure against each key. */
  public void failure(List<String> keys) {
    Instant now = clock.instant();
    for (String key : keys) {
      Jdbc.transaction(
          ds,
          conn -> {
            int failures = 0;
            try (PreparedStatement s =
                conn.prepareStatement(
                    "SELECT failures, last_failure FROM login_failures WHERE key = ? FOR UPDATE")) {
              s.setString(1, key);
              try (ResultSet r = s.executeQuery()) {
                if (r.next() && Jdbc.instant(r.getTimestamp(2)).plus(FORGET).isAfter(now)) {
                  failures = r.getInt(1);
                }
              }
            }
            failures++;
            Duration d = delayAfter(failures);
            try (PreparedStatement s =
                conn.prepareStatement(
                    "INSERT INTO login_failures (key, failures, last_failure, locked_until)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET failures ="
                        + " excluded.failures, last_failure = excluded.last_failure,"
                        + " locked_until = excluded.locked_until")) {
              s.setString(1, key);
              s.setInt(2, failures);
              s.setTimestamp(3, Jdbc.ts(now));
              s.setTimestamp(4, d.isZero() ? null : Jdbc.ts(now.plus(d)));
              s.executeUpdate();
            }
            return null;
          });
    }
  }

  /** Clears a key after a successful sign-in. */
  public void success(String key) {
    Jdbc.with(
        ds,
        conn -> {
          try (PreparedStatement s =
              conn.prepareStatement("DELETE FROM login_failures WHERE key = ?")) {
            s.setString(1, key);
            return s.executeUpdate();
          }
        });
  }
}
