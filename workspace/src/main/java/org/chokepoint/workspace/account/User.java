package org.chokepoint.workspace.account;

import java.util.List;

/**
 * A user and the organisations it belongs to.
 *
 * @param local the local analyst of single-user mode, who has no password
 */
public record User(
    long id, String email, boolean local, boolean disabled, List<Membership> memberships) {
  public User {
    memberships = List.copyOf(memberships);
  }

  /** One organisation a user belongs to, with the role it has there. */
  public record Membership(long organisationId, String organisationName, Role role) {}
}
