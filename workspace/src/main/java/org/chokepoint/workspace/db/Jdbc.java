package org.chokepoint.workspace.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/** Runs work on a pooled connection, turning SQL failures into unchecked exceptions. */
public final class Jdbc {
  private Jdbc() {}

  /** Work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs {@code work} on a connection in auto-commit mode. */
  public static <T> T with(DataSource ds, Work<T> work) {
    try (Connection c = ds.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  /** Runs {@code work} in one transaction, rolled back when it fails. */
  public static <T> T transaction(DataSource ds, Work<T> work) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  /** A unique-constraint violation becomes an {@link IllegalArgumentException}. */
  static RuntimeException translate(SQLException e) {
    if ("23505".equals(e.getSQLState())) {
      return new IllegalArgumentException("already exists: " + e.getMessage(), e);
    }
    return new IllegalStateException("workspace database: " + e.getMessage(), e);
  }

  /** Whether {@code e} is a unique-constraint violation. */
  public static boolean isDuplicate(RuntimeException e) {
    return e.getCause() instanceof SQLException s && "23505".equals(s.getSQLState());
  }

  public static Timestamp ts(Instant t) {
    return Timestamp.from(t);
  }

  public static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
