package org.chokepoint.workspace.admin;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationStore;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.chokepoint.workspace.account.TokenStore;
import org.chokepoint.workspace.account.User;
import org.chokepoint.workspace.account.UserStore;
import org.chokepoint.workspace.audit.AuditEvent;
import org.chokepoint.workspace.audit.AuditSink;
import org.chokepoint.workspace.policy.AccessDenied;
import org.chokepoint.workspace.policy.AccessPolicy;
import org.chokepoint.workspace.policy.Principal;

/**
 * What {@code chokepoint admin} does, for a signed-in principal: over the same stores, with every
 * change recorded in the audit log under the principal's name. Which organisations, users and
 * tokens a principal may see and change is the access policy's decision (DECISIONS D-ws-7): an
 * admin manages the organisations where it has the admin role and their users; everyone manages its
 * own API tokens; a token that is not the caller's to manage is answered as missing.
 */
public final class AdminService {
  private final OrganisationStore organisations;
  private final UserStore users;
  private final TokenStore tokens;
  private final AccessPolicy policy;
  private final AuditSink audit;
  private final Clock clock;

  public AdminService(
      OrganisationStore organisations,
      UserStore users,
      TokenStore tokens,
      AccessPolicy policy,
      AuditSink audit,
      Clock clock) {
    this.organisations = organisations;
    this.users = users;
    this.tokens = tokens;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** The organisations {@code p} administers, by name. */
  public List<Organisation> organisations(Principal p) {
    Set<Long> mine = policy.administered(p);
    return organisations.list().stream().filter(o -> mine.contains(o.id())).toList();
  }

  /**
   * The users with a membership in an organisation {@code p} administers, each with only those
   * memberships (what they are elsewhere is not the admin's business).
   */
  public List<User> users(Principal p) {
    Set<Long> mine = policy.administered(p);
    return users.list().stream()
        .map(
            u ->
                new User(
                    u.id(),
                    u.email(),
                    u.local(),
                    u.disabled(),
                    u.memberships().stream()
                        .filter(m -> mine.contains(m.organisationId()))
                        .toList()))
        .filter(u -> !u.memberships().isEmpty())
        .toList();
  }

  /** Adds a new user with a role in an organisation {@code p} administers. */
  public User addUser(
      Principal p, String email, String organisation, String role, String password) {
    Role r = Role.parse(role);
    if (password == null || password.codePointCount(0, password.length()) < 8) {
      throw new IllegalArgumentException("password: shorter than 8 characters");
    }
    Organisation o =
        organisations
            .byName(organisation)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "organisation: no organisation named \"" + organisation + "\""));
    policy.checkAdminister(p, o.id());
    User added = users.add(email, password, o, r);
    record(p, "admin.user.add", "user:" + added.id(), "organisation:" + o.id() + " " + r.id());
    return added;
  }

  /** The tokens {@code p} may manage (its own; an admin's also its organisations' users'). */
  public List<TokenStore.Token> tokens(Principal p) {
    if (p.isAnonymous()) {
      return List.of();
    }
    Map<Long, List<Long>> orgsOf = new HashMap<>();
    users
        .list()
        .forEach(
            u ->
                orgsOf.put(
                    u.id(),
                    u.memberships().stream().map(User.Membership::organisationId).toList()));
    return tokens.list().stream()
        .filter(
            t -> policy.mayManageToken(p, t.userId(), orgsOf.getOrDefault(t.userId(), List.of())))
        .toList();
  }

  /** Creates a token for {@code p} itself; the secret is in the answer only. */
  public TokenStore.Created createToken(Principal p, int days, String scope) {
    if (p.isAnonymous()) {
      throw new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "sign in to create a token");
    }
    if (p.scope() != TokenScope.READ_WRITE) {
      throw new AccessDenied(AccessDenied.Reason.FORBIDDEN, "this token is read-only");
    }
    TokenScope s = TokenScope.parse(scope);
    if (days < 1 || days > TokenStore.MAX_DAYS) {
      throw new IllegalArgumentException(
          "days: " + days + " is outside 1-" + TokenStore.MAX_DAYS + " (a token must expire)");
    }
    User me = users.byId(p.userId()).orElseThrow();
    TokenStore.Created c = tokens.create(me, s, days);
    record(
        p,
        "admin.token.create",
        "token:" + c.token().id(),
        "user:" + me.id() + " " + s.id() + " until " + c.token().expiresAt());
    return c;
  }

  /**
   * Revokes a token {@code p} may manage; one it may not is answered exactly as a missing one.
   *
   * @return the token as it is now, and whether this call revoked it
   */
  public Revoked revokeToken(Principal p, long id) {
    TokenStore.Token t =
        tokens
            .byId(id)
            .filter(
                x ->
                    policy.mayManageToken(
                        p,
                        x.userId(),
                        users.byId(x.userId()).stream()
                            .flatMap(u -> u.memberships().stream())
                            .map(User.Membership::organisationId)
                            .toList()))
            .orElseThrow(() -> new NoSuchElementException("no token " + id));
    if (p.scope() != TokenScope.READ_WRITE) {
      throw new AccessDenied(AccessDenied.Reason.FORBIDDEN, "this token is read-only");
    }
    boolean now = tokens.revoke(id);
    if (now) {
      record(p, "admin.token.revoke", "token:" + id, "user:" + t.userId());
    }
    return new Revoked(tokens.byId(id).orElseThrow(), now);
  }

  /** A token after a revocation, and whether that call revoked it (false: it was already). */
  public record Revoked(TokenStore.Token token, boolean revokedNow) {}

  private void record(Principal p, String action, String object, String detail) {
    audit.record(new AuditEvent(clock.instant(), p.actor(), action, object, "ok", detail));
  }
}
