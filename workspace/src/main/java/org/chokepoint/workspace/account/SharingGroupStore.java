package org.chokepoint.workspace.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.chokepoint.workspace.db.Jdbc;

/**
 * Sharing groups: named sets of organisations an object can be shared with at once. A group with no
 * members grants nothing; a recipient naming a deleted group grants nothing.
 */
public final class SharingGroupStore {
  private final DataSource ds;

  public SharingGroupStore(DataSource ds) {
    this.ds = ds;
  }

  /** A sharing group and its member organisations' ids. */
  public record SharingGroup(long id, String name, List<Long> members) {
    public SharingGroup {
      members = List.copyOf(members);
    }
  }

  public SharingGroup create(String name) {
    String n = OrganisationStore.checkName(name, "sharing group");
    try {
      long id =
          Jdbc.with(
              ds,
              conn -> {
                try (PreparedStatement s =
                    conn.prepareStatement(
                        "INSERT INTO sharing_groups (name) VALUES (?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                  s.setString(1, n);
                  s.executeUpdate();
                  try (ResultSet k = s.getGeneratedKeys()) {
                    k.next();
                    return k.getLong(1);
                  }
                }
              });
      return new SharingGroup(id, n, List.of());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a sharing group named \"" + n + "\" exists already", e);
    }
  }

  public SharingGroup addMember(SharingGroup group, Organisation org) {
    Jdbc.with(
        ds,
        conn -> {
          try (PreparedStatement s =
              conn.prepareStatement(
                  "INSERT INTO sharing_group_members (group_id, organisation_id) VALUES (?, ?)"
                      + " ON CONFLICT DO NOTHING")) {
            s.setLong(1, group.id());
            s.setLong(2, org.id());
            return s.executeUpdate();
          }
        });
    return byId(group.id()).orElseThrow();
  }

  public Optional<SharingGroup> byName(String name) {
    return query("WHERE lower(g.name) = lower(?)", name == null ? "" : name.strip()).stream()
        .findFirst();
  }

  public Optional<SharingGroup> byId(long id) {
    return query("WHERE g.id = ?", id).stream().findFirst();
  }

  public List<SharingGroup> list() {
    return query("", null);
  }

  private List<SharingGroup> query(String where, Object arg) {
    return Jdbc.with(
        ds,
        conn -> {
          try (PreparedStatement s =
              conn.prepareStatement(
                  "SELECT g.id, g.name, m.organisation_id FROM sharing_groups g"
                      + " LEFT JOIN sharing_group_members m ON m.group_id = g.id "
                      + where
                      + " ORDER BY lower(g.name), m.organisation_id")) {
            if (arg != null) {
              s.setObject(1, arg);
            }
            List<SharingGroup> out = new ArrayList<>();
            long current = -1;
            String name = null;
            List<Long> members = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                long id = r.getLong(1);
                if (id != current) {
                  if (current >= 0) {
                    out.add(new SharingGroup(current, name, members));
                  }
                  current = id;
                  name = r.getString(2);
                  members = new ArrayList<>();
                }
                long m = r.getLong(3);
                if (!r.wasNull()) {
                  members.add(m);
                }
              }
            }
            if (current >= 0) {
              out.add(new SharingGroup(current, name, members));
            }
            return out;
          }
        });
  }
}
