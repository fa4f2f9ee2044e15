package org.chokepoint.workspace.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.chokepoint.workspace.db.Jdbc;

/**
 * Users, their password hashes and their memberships. E-mail addresses are unique regardless of
 * case and kept as given.
 */
public final class UserStore {
  /** The e-mail address of the local analyst of single-user mode. */
  public static final String LOCAL_EMAIL = "local@localhost";

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");

  private final DataSource ds;
  private final PasswordHasher hasher;
  private final java.util.concurrent.atomic.AtomicLong changes =
      new java.util.concurrent.atomic.AtomicLong();

  public UserStore(DataSource ds, PasswordHasher hasher) {
    this.ds = ds;
    this.hasher = hasher;
  }

  /** A user with its stored password hash, for sign-in. */
  public record Credentials(User user, String passwordHash) {}

  /** Adds a user with a password and one membership. */
  public User add(String email, String password, Organisation org, Role role) {
    String e = checkEmail(email);
    String hash = hasher.hash(password);
    try {
      long id =
          Jdbc.transaction(
              ds,
              conn -> {
                long uid = insert(conn, e, hash, false);
                join(conn, uid, org.id(), role);
                return uid;
              });
      return byId(id).orElseThrow();
    } catch (IllegalArgumentException ex) {
      if (Jdbc.isDuplicate(ex)) {
        throw new IllegalArgumentException("a user with e-mail " + e + " exists already", ex);
      }
      throw ex;
    }
  }

  /**
   * How many changes of existing users' roles this store has made, so that a cache of who a
   * credential stands for in this process can forget them at once.
   */
  public long changes() {
    return changes.get();
  }

  /** Gives an existing user a role in another organisation, or changes its role there. */
  public User join(long userId, Organisation org, Role role) {
    changes.incrementAndGet();
    Jdbc.with(
        ds,
        conn -> {
          join(conn, userId, org.id(), role);
          return null;
        });
    return byId(userId).orElseThrow();
  }

  private static void join(Connection conn, long userId, long orgId, Role role)
      throws SQLException {
    try (PreparedStatement s =
        conn.prepareStatement(
            "INSERT INTO memberships (user_id, organisation_id, role) VALUES (?, ?, ?)"
                + " ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = excluded.role")) {
      s.setLong(1, userId);
      s.setLong(2, orgId);
      s.setString(3, role.id());
      s.executeUpdate();
    }
  }

  private static long insert(Connection conn, String email, String hash, boolean local)
      throws SQLException {
    try (PreparedStatement s =
        conn.prepareStatement(
            "INSERT INTO users (email, password_hash, local) VALUES (?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, email);
      s.setString(2, hash);
      s.setBoolean(3, local);
      s.executeUpdate();
      try (ResultSet k = s.getGeneratedKeys()) {
        k.next();
        return k.getLong(1);
      }
    }
  }

  /** The local analyst of single-user mode, admin of the local organisation; made on first use. */
  public User local(Organisation localOrg) {
    long id =
        Jdbc.transaction(
            ds,
            conn -> {
              try (PreparedStatement s =
                  conn.prepareStatement("SELECT id FROM users WHERE local ORDER BY id LIMIT 1")) {
                try (ResultSet r = s.executeQuery()) {
                  if (r.next()) {
                    return r.getLong(1);
                  }
                }
              }
              long uid = insert(conn, LOCAL_EMAIL, null, true);
              join(conn, uid, localOrg.id(), Role.ADMIN);
              return uid;
            });
    return byId(id).orElseThrow();
  }

  /** Whether any account other than the local analyst exists. */
  public boolean accountsExist() {
    return Jdbc.with(
        ds,
        conn -> {
          try (PreparedStatement s =
                  conn.prepareStatement("SELECT EXISTS (SELECT 1 FROM users WHERE NOT local)");
              ResultSet r = s.executeQuery()) {
            r.next();
            return r.getBoolean(1);
          }
        });
  }

  public Optional<Credentials> credentials(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    String hash =
        Jdbc.with(
            ds,
            conn -> {
              try (PreparedStatement s =
                  conn.prepareStatement(
                      "SELECT id, password_hash FROM users WHERE lower(email) = lower(?)"
                          + " AND NOT local")) {
                s.setString(1, email.strip());
                try (ResultSet r = s.executeQuery()) {
                  return r.next() ? r.getLong(1) + "\t" + r.getString(2) : null;
                }
              }
            });
    if (hash == null) {
      return Optional.empty();
    }
    int tab = hash.indexOf('\t');
    long uid = Long.parseLong(hash.substring(0, tab));
    String stored = hash.substring(tab + 1);
    return byId(uid).map(u -> new Credentials(u, "null".equals(stored) ? null : stored));
  }

  public Optional<User> byEmail(String email) {
    return email == null
        ? Optional.empty()
        : all("WHERE lower(u.email) = lower(?)", email.strip()).stream().findFirst();
  }

  public Optional<User> byId(long id) {
    return all("WHERE u.id = ?", id).stream().findFirst();
  }

  /** Every user with its memberships, by e-mail. */
  public List<User> list() {
    return all("", null);
  }

  private List<User> all(String where, Object arg) {
    return Jdbc.with(
        ds,
        conn -> {
          try (PreparedStatement s =
              conn.prepareStatement(
                  "SELECT u.id, u.email, u.local, u.disabled, o.id, o.name, m.role FROM users u"
                      + " LEFT JOIN memberships m ON m.user_id = u.id"
                      + " LEFT JOIN organisations o ON o.id = m.organisation_id "
                      + where
                      + " ORDER BY lower(u.email), lower(o.name)")) {
            if (arg != null) {
              s.setObject(1, arg);
            }
            Map<Long, Object[]> rows = new LinkedHashMap<>();
            Map<Long, List<User.Membership>> ms = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                long id = r.getLong(1);
                rows.putIfAbsent(
                    id, new Object[] {r.getString(2), r.getBoolean(3), r.getBoolean(4)});
                List<User.Membership> list = ms.computeIfAbsent(id, k -> new ArrayList<>());
                long org = r.getLong(5);
                if (!r.wasNull()) {
                  list.add(new User.Membership(org, r.getString(6), Role.parse(r.getString(7))));
                }
              }
            }
            List<User> out = new ArrayList<>();
            rows.forEach(
                (id, v) ->
                    out.add(
                        new User(id, (String) v[0], (boolean) v[1], (boolean) v[2], ms.get(id))));
            return out;
          }
        });
  }

  static String checkEmail(String email) {
    if (email == null || !EMAIL.matcher(email.strip()).matches()) {
      throw new IllegalArgumentException(
          "\"" + (email == null ? "" : email.strip()) + "\" is not an e-mail address");
    }
    return email.strip();
  }

  /** Lower-cased address, the key of login throttling. */
  public static String normalise(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }
}
