package org.chokepoint.workspace.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.workspace.db.Jdbc;

/** The organisations of the workspace; names are unique regardless of case. */
public final class OrganisationStore {
  /** The name of the local organisation of single-user mode. */
  public static final String LOCAL_NAME = "local";

  private static final String COLUMNS = "id, name, kind, country, local";
  private final DataSource ds;

  public OrganisationStore(DataSource ds) {
    this.ds = ds;
  }

  /** Adds an organisation; the country must be an ISO 3166-1 alpha-3 code. */
  public Organisation add(String name, OrganisationKind kind, String country) {
    String n = checkName(name, "organisation");
    String c = CountryCode.of(country).alpha3();
    try {
      return Jdbc.with(ds, conn -> insert(conn, n, kind, c, false));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("an organisation named \"" + n + "\" exists already", e);
    }
  }

  private static Organisation insert(
      java.sql.Connection conn, String name, OrganisationKind kind, String country, boolean local)
      throws SQLException {
    try (PreparedStatement s =
        conn.prepareStatement(
            "INSERT INTO organisations (name, kind, country, local) VALUES (?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, name);
      s.setString(2, kind.id());
      s.setString(3, country);
      s.setBoolean(4, local);
      s.executeUpdate();
      try (ResultSet k = s.getGeneratedKeys()) {
        k.next();
        return new Organisation(k.getLong(1), name, kind, country, local);
      }
    }
  }

  /** The local organisation of single-user mode, made on first use. */
  public Organisation local() {
    return Jdbc.transaction(
        ds,
        conn -> {
          try (PreparedStatement s =
              conn.prepareStatement(
                  "SELECT " + COLUMNS + " FROM organisations WHERE local ORDER BY id LIMIT 1")) {
            List<Organisation> found = read(s);
            if (!found.isEmpty()) {
              return found.get(0);
            }
          }
          return insert(conn, LOCAL_NAME, OrganisationKind.OTHER, null, true);
        });
  }

  public Optional<Organisation> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return Jdbc.with(
        ds,
        conn -> {
          try (PreparedStatement s =
              conn.prepareStatement(
                  "SELECT " + COLUMNS + " FROM organisations WHERE lower(name) = lower(?)")) {
            s.setString(1, name.strip());
            return read(s).stream().findFirst();
          }
        });
  }

  public Optional<Organisation> byId(long id) {
    return Jdbc.with(
        ds,
        conn -> {
          try (PreparedStatement s =
              conn.prepareStatement("SELECT " + COLUMNS + " FROM organisations WHERE id = ?")) {
            s.setLong(1, id);
            return read(s).stream().findFirst();
          }
        });
  }

  /** Every organisation, by name. */
  public List<Organisation> list() {
    return Jdbc.with(
        ds,
        conn -> {
          try (PreparedStatement s =
              conn.prepareStatement(
                  "SELECT " + COLUMNS + " FROM organisations ORDER BY lower(name)")) {
            return read(s);
          }
        });
  }

  private static List<Organisation> read(PreparedStatement s) throws SQLException {
    List<Organisation> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(
            new Organisation(
                r.getLong(1),
                r.getString(2),
                OrganisationKind.parse(r.getString(3)),
                r.getString(4),
                r.getBoolean(5)));
      }
    }
    return out;
  }

  static String checkName(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("the " + what + " name is empty");
    }
    String n = name.strip();
    if (n.length() > 200) {
      throw new IllegalArgumentException("the " + what + " name is longer than 200 characters");
    }
    if (n.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("the " + what + " name has control characters");
    }
    return n;
  }
}
