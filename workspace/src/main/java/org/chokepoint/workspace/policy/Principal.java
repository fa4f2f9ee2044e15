package org.chokepoint.workspace.policy;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.chokepoint.workspace.account.User;

/**
 * Who is asking: anonymous, or a user with its roles per organisation, signed in by session, by API
 * token (with the token's scope) or as the local analyst of single-user mode.
 *
 * @param userId the user's id, or 0 when anonymous
 * @param roles role per organisation id
 * @param scope what the credential allows
 * @param actor how the audit log names who acted: {@code user:17}, {@code token:5}, {@code
 *     anonymous}
 */
public record Principal(
    long userId, String email, Map<Long, Role> roles, TokenScope scope, String actor) {
  private static final Principal ANONYMOUS =
      new Principal(0, "", Map.of(), TokenScope.READ, "anonymous");

  public Principal {
    roles = Map.copyOf(roles);
  }

  public static Principal anonymous() {
    return ANONYMOUS;
  }

  /** A user signed in by session (or the local analyst): full scope. */
  public static Principal session(User user) {
    return new Principal(
        user.id(), user.email(), roles(user), TokenScope.READ_WRITE, "user:" + user.id());
  }

  /** A user authenticated by an API token: the token's scope. */
  public static Principal token(User user, long tokenId, TokenScope scope) {
    return new Principal(
        user.id(), user.email(), roles(user), scope, "user:" + user.id() + "/token:" + tokenId);
  }

  private static Map<Long, Role> roles(User user) {
    if (user.disabled()) {
      return Map.of();
    }
    Map<Long, Role> m = new java.util.HashMap<>();
    user.memberships().forEach(x -> m.put(x.organisationId(), x.role()));
    return m;
  }

  public boolean isAnonymous() {
    return userId == 0;
  }

  /** The role in an organisation, if a member. */
  public Optional<Role> role(long organisationId) {
    return Optional.ofNullable(roles.get(organisationId));
  }

  /**
   * The organisation to act for: the one named (by {@code byName}), which must be one of the
   * caller's, else the caller's organisation with the highest role (lowest id on a tie).
   *
   * @throws AccessDenied when the caller is not a member of the one named, or of any
   */
  public long actingOrganisation(String name, Function<String, Optional<Organisation>> byName) {
    if (name != null && !name.isBlank()) {
      return byName
          .apply(name.strip())
          .filter(o -> roles.containsKey(o.id()))
          .orElseThrow(
              () ->
                  new AccessDenied(
                      AccessDenied.Reason.FORBIDDEN,
                      "you are not a member of an organisation by that name"))
          .id();
    }
    return roles.entrySet().stream()
        .sorted(
            Map.Entry.<Long, Role>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(
            () ->
                new AccessDenied(
                    AccessDenied.Reason.FORBIDDEN, "you are not a member of any organisation"));
  }
}
