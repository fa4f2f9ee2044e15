package org.chokepoint.workspace.contribution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.chokepoint.network.NodeKind;
import org.chokepoint.network.SupplierMap;
import org.chokepoint.workspace.db.Jdbc;
import org.chokepoint.workspace.label.LabelledObject;
import org.chokepoint.workspace.label.TlpLabel;

/**
 * Contributions, their versions and the rows of each version in the database. It decides nothing
 * about access: the service asks the access policy first. Every change is one transaction, so an
 * upload is stored whole or not at all.
 */
public final class ContributionStore {
  static final String KIND = "contribution";

  private final DataSource ds;

  public ContributionStore(DataSource ds) {
    this.ds = ds;
  }

  /** What one upload stores besides its rows. */
  record Upload(long owner, long user, String name, String nodesSha256, String linksSha256) {}

  /**
   * Stores {@code map} as the next version of the organisation's current contribution of that name
   * (case-insensitive), or as version 1 of a new one. Returns the contribution's id.
   */
  long upload(Upload u, SupplierMap map, Instant now) {
    return Jdbc.transaction(
        ds,
        conn -> {
          Long id = null;
          try (PreparedStatement s =
              conn.prepareStatement(
                  "SELECT id FROM contributions WHERE owner_org = ? AND lower(name) = lower(?)"
                      + " AND withdrawn_at IS NULL FOR UPDATE")) {
            s.setLong(1, u.owner());
            s.setString(2, u.name());
            try (ResultSet r = s.executeQuery()) {
              if (r.next()) {
                id = r.getLong(1);
              }
            }
          }
          if (id == null) {
            try (PreparedStatement s =
                conn.prepareStatement(
                    "INSERT INTO contributions (owner_org, created_by, name, created_at)"
                        + " VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
              s.setLong(1, u.owner());
              s.setLong(2, u.user());
              s.setString(3, u.name());
              s.setTimestamp(4, Jdbc.ts(now));
              s.executeUpdate();
              try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                id = k.getLong(1);
              }
            }
          }
          int version;
          try (PreparedStatement s =
              conn.prepareStatement(
                  "SELECT coalesce(max(version), 0) + 1 FROM contribution_versions"
                      + " WHERE contribution_id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
              r.next();
              version = r.getInt(1);
            }
          }
          try (PreparedStatement s =
              conn.prepareStatement(
                  "INSERT INTO contribution_versions (contribution_id, version, uploaded_by,"
                      + " uploaded_at, nodes_sha256, links_sha256, node_count, link_count)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setInt(2, version);
            s.setLong(3, u.user());
            s.setTimestamp(4, Jdbc.ts(now));
            s.setString(5, u.nodesSha256());
            s.setString(6, u.linksSha256());
            s.setInt(7, map.nodes().size());
            s.setInt(8, map.links().size());
            s.executeUpdate();
          }
          writeRows(conn, id, version, map);
          return id;
        });
  }

  private static void writeRows(Connection conn, long id, int version, SupplierMap map)
      throws SQLException {
    try (PreparedStatement s =
        conn.prepareStatement(
            "INSERT INTO contribution_nodes (contribution_id, version, idx, node_id, kind, name,"
                + " country, grp) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (SupplierMap.Node n : map.nodes()) {
        s.setLong(1, id);
        s.setInt(2, version);
        s.setInt(3, i++);
        s.setString(4, n.id());
        s.setString(5, n.kind().name().toLowerCase(Locale.ROOT));
        s.setString(6, n.name());
        s.setString(7, n.country());
        s.setString(8, n.group());
        s.addBatch();
        if (i % 1000 == 0) {
          s.executeBatch();
        }
      }
      s.executeBatch();
    }
    try (PreparedStatement s =
        conn.prepareStatement(
            "INSERT INTO contribution_links (contribution_id, version, seq, supplier, customer,"
                + " product, amount) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (SupplierMap.Link l : map.links()) {
        s.setLong(1, id);
        s.setInt(2, version);
        s.setInt(3, i++);
        s.setInt(4, l.supplier());
        s.setInt(5, l.customer());
        s.setString(6, l.product());
        s.setDouble(7, l.amount());
        s.addBatch();
        if (i % 1000 == 0) {
          s.executeBatch();
        }
      }
      s.executeBatch();
    }
  }

  /**
   * Marks the contribution withdrawn and deletes the rows of all its versions; the versions'
   * metadata (uploader, time, file hashes, counts) stays. Returns false when it was already
   * withdrawn.
   */
  boolean withdraw(long id, long user, Instant now) {
    return Jdbc.transaction(
        ds,
        conn -> {
          try (PreparedStatement s =
              conn.prepareStatement(
                  "UPDATE contributions SET withdrawn_at = ?, withdrawn_by = ?"
                      + " WHERE id = ? AND withdrawn_at IS NULL")) {
            s.setTimestamp(1, Jdbc.ts(now));
            s.setLong(2, user);
            s.setLong(3, id);
            if (s.executeUpdate() == 0) {
              return false;
            }
          }
          for (String table : List.of("contribution_links", "contribution_nodes")) {
            try (PreparedStatement s =
                conn.prepareStatement("DELETE FROM " + table + " WHERE contribution_id = ?")) {
              s.setLong(1, id);
              s.executeUpdate();
            }
          }
          try (PreparedStatement s =
              conn.prepareStatement(
                  "UPDATE contribution_versions SET rows_deleted_at = ? WHERE contribution_id = ?")) {
            s.setTimestamp(1, Jdbc.ts(now));
            s.setLong(2, id);
            s.executeUpdate();
          }
          return true;
        });
  }

  public Optional<Contribution> find(long id) {
    return load("WHERE c.id = ?", id).stream().findFirst();
  }

  /** Every contribution, newest first; the caller filters through the policy. */
  public List<Contribution> all() {
    return load("", null);
  }

  /** The organisations with at least one contribution that is not withdrawn. */
  public Set<Long> contributingOrganisations() {
    return Jdbc.with(
        ds,
        conn -> {
          Set<Long> out = new java.util.TreeSet<>();
          try (PreparedStatement s =
                  conn.prepareStatement(
                      "SELECT DISTINCT owner_org FROM contributions WHERE withdrawn_at IS NULL");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              out.add(r.getLong(1));
            }
          }
          return out;
        });
  }

  /** The rows of one version, or empty when they were deleted (withdrawn) or never existed. */
  public Optional<SupplierMap> map(long id, int version) {
    return Jdbc.with(ds, conn -> readMap(conn, id, version));
  }

  private static Optional<SupplierMap> readMap(Connection conn, long id, int version)
      throws SQLException {
    List<SupplierMap.Node> nodes = new ArrayList<>();
    try (PreparedStatement s =
        conn.prepareStatement(
            "SELECT node_id, kind, name, country, grp FROM contribution_nodes"
                + " WHERE contribution_id = ? AND version = ? ORDER BY idx")) {
      s.setLong(1, id);
      s.setInt(2, version);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          nodes.add(
              new SupplierMap.Node(
                  r.getString(1),
                  NodeKind.valueOf(r.getString(2).toUpperCase(Locale.ROOT)),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5)));
        }
      }
    }
    if (nodes.isEmpty()) {
      return Optional.empty();
    }
    List<SupplierMap.Link> links = new ArrayList<>();
    try (PreparedStatement s =
        conn.prepareStatement(
            "SELECT supplier, customer, product, amount FROM contribution_links"
                + " WHERE contribution_id = ? AND version = ? ORDER BY seq")) {
      s.setLong(1, id);
      s.setInt(2, version);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          links.add(new SupplierMap.Link(r.getInt(1), r.getInt(2), r.getString(3), r.getDouble(4)));
        }
      }
    }
    return Optional.of(new SupplierMap(nodes, links));
  }

  /**
   * The latest version of every contribution that is not withdrawn, with its rows, read in one
   * transaction so that a pooled view sees one consistent state.
   */
  List<PoolAggregator.Source> current() {
    return Jdbc.transaction(
        ds,
        conn -> {
          List<long[]> heads = new ArrayList<>();
          try (PreparedStatement s =
                  conn.prepareStatement(
                      "SELECT c.id, c.owner_org, max(v.version) FROM contributions c"
                          + " JOIN contribution_versions v ON v.contribution_id = c.id"
                          + " WHERE c.withdrawn_at IS NULL GROUP BY c.id, c.owner_org"
                          + " ORDER BY c.id");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              heads.add(new long[] {r.getLong(1), r.getLong(2), r.getInt(3)});
            }
          }
          List<PoolAggregator.Source> out = new ArrayList<>();
          for (long[] h : heads) {
            SupplierMap m =
                readMap(conn, h[0], (int) h[2]).orElse(new SupplierMap(List.of(), List.of()));
            out.add(new PoolAggregator.Source(h[1], h[0], (int) h[2], m));
          }
          return out;
        });
  }

  private List<Contribution> load(String where, Object arg) {
    return Jdbc.with(
        ds,
        conn -> {
          Map<Long, Object[]> heads = new LinkedHashMap<>();
          try (PreparedStatement s =
              conn.prepareStatement(
                  "SELECT c.id, c.owner_org, c.created_by, c.label, c.name, o.name, u.email,"
                      + " c.created_at, c.withdrawn_at FROM contributions c"
                      + " JOIN organisations o ON o.id = c.owner_org"
                      + " JOIN users u ON u.id = c.created_by "
                      + where
                      + " ORDER BY c.id DESC")) {
            if (arg != null) {
              s.setObject(1, arg);
            }
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                heads.put(
                    r.getLong(1),
                    new Object[] {
                      r.getLong(2),
                      r.getLong(3),
                      r.getString(4),
                      r.getString(5),
                      r.getString(6),
                      r.getString(7),
                      Jdbc.instant(r.getTimestamp(8)),
                      Jdbc.instant(r.getTimestamp(9))
                    });
              }
            }
          }
          if (heads.isEmpty()) {
            return List.<Contribution>of();
          }
          Map<Long, List<Contribution.Version>> versions = new LinkedHashMap<>();
          try (PreparedStatement s =
              conn.prepareStatement(
                  "SELECT v.contribution_id, v.version, u.email, v.uploaded_at, v.nodes_sha256,"
                      + " v.links_sha256, v.node_count, v.link_count, v.rows_deleted_at"
                      + " FROM contribution_versions v JOIN users u ON u.id = v.uploaded_by"
                      + (arg != null ? " WHERE v.contribution_id = ?" : "")
                      + " ORDER BY v.contribution_id, v.version")) {
            if (arg != null) {
              s.setObject(1, arg);
            }
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                versions
                    .computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                    .add(
                        new Contribution.Version(
                            r.getInt(2),
                            r.getString(3),
                            Jdbc.instant(r.getTimestamp(4)),
                            r.getString(5),
                            r.getString(6),
                            r.getInt(7),
                            r.getInt(8),
                            r.getTimestamp(9) == null));
              }
            }
          }
          List<Contribution> out = new ArrayList<>();
          heads.forEach(
              (id, row) -> {
                LabelledObject lo =
                    new LabelledObject(
                        KIND,
                        id,
                        TlpLabel.parse((String) row[2]),
                        (Long) row[0],
                        (Long) row[1],
                        List.of(),
                        Set.of(),
                        Set.of());
                out.add(
                    new Contribution(
                        lo,
                        (String) row[3],
                        (String) row[4],
                        (String) row[5],
                        (Instant) row[6],
                        (Instant) row[7],
                        versions.getOrDefault(id, List.of())));
              });
          return out;
        });
  }
}
