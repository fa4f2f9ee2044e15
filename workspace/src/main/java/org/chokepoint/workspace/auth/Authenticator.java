package org.chokepoint.workspace.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chokepoint.workspace.account.LoginThrottle;
import org.chokepoint.workspace.account.OrganisationStore;
import org.chokepoint.workspace.account.PasswordHasher;
import org.chokepoint.workspace.account.Secrets;
import org.chokepoint.workspace.account.SessionStore;
import org.chokepoint.workspace.account.TokenStore;
import org.chokepoint.workspace.account.User;
import org.chokepoint.workspace.account.UserStore;
import org.chokepoint.workspace.audit.AuditEvent;
import org.chokepoint.workspace.audit.AuditSink;
import org.chokepoint.workspace.policy.Principal;

/**
 * Who a request comes from: password sign-in (throttled, recorded), sessions, API tokens and the
 * local analyst of single-user mode. An external identity provider plugs in by implementing {@link
 * IdentityProvider} and handing the user it vouches for to {@link #signIn}.
 */
public final class Authenticator {
  private final UserStore users;
  private final OrganisationStore organisations;
  private final SessionStore sessions;
  private final TokenStore tokens;
  private final LoginThrottle throttle;
  private final PasswordHasher hasher;
  private final AuditSink audit;
  private final Clock clock;
  private volatile long accountsCheckedAt = Long.MIN_VALUE;
  private volatile boolean accountsExist;

  public Authenticator(
      UserStore users,
      OrganisationStore organisations,
      SessionStore sessions,
      TokenStore tokens,
      LoginThrottle throttle,
      PasswordHasher hasher,
      AuditSink audit,
      Clock clock) {
    this.users = users;
    this.organisations = organisations;
    this.sessions = sessions;
    this.tokens = tokens;
    this.throttle = throttle;
    this.hasher = hasher;
    this.audit = audit;
    this.clock = clock;
  }

  /** A sign-in that succeeded: the user and its new session (whose id goes in the cookie). */
  public record SignedIn(User user, SessionStore.Created session) {}

  /** A refused sign-in: wrong e-mail or password (one message for both), or too many tries. */
  public static final class LoginRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Duration retryAfter;

    LoginRefused(String message, Duration retryAfter) {
      super(message);
      this.retryAfter = retryAfter;
    }

    /** How long to wait before trying again; zero when the credentials were simply wrong. */
    public Duration retryAfter() {
      return retryAfter;
    }
  }

  /**
   * Signs in with e-mail and password from a client address. Unknown users cost the same hashing
   * time as known ones, and get the same answer.
   */
  public SignedIn login(String email, String password, String address) {
    List<String> keys = List.of(LoginThrottle.emailKey(email), LoginThrottle.addressKey(address));
    Duration wait = throttle.wait(keys);
    if (!wait.isZero()) {
      record("anonymous", "auth.login", "fail", "throttled");
      throw new LoginRefused(
          "too many failed sign-ins; try again in " + Math.max(1, wait.toSeconds()) + " s", wait);
    }
    Optional<UserStore.Credentials> c = users.credentials(email);
    boolean ok;
    if (c.isEmpty() || c.get().passwordHash() == null) {
      hasher.verifyDummy(password);
      ok = false;
    } else {
      ok = hasher.verify(password, c.get().passwordHash()) && !c.get().user().disabled();
    }
    if (!ok) {
      throttle.failure(keys);
      record(
          c.map(x -> "user:" + x.user().id()).orElse("anonymous"),
          "auth.login",
          "fail",
          c.isPresent() ? "wrong password" : "unknown account");
      throw new LoginRefused("wrong e-mail or password", Duration.ZERO);
    }
    throttle.success(keys.get(0));
    return signIn(c.get().user(), "password");
  }

  /** Opens a session for a user an identity provider (or the password check) vouched for. */
  public SignedIn signIn(User user, String method) {
    SessionStore.Created s = sessions.create(user.id());
    record("user:" + user.id(), "auth.login", "ok", method);
    return new SignedIn(user, s);
  }

  /** Ends a session. */
  public void logout(Principal p, String sessionId) {
    sessions.delete(sessionId);
    record(p.actor(), "auth.logout", "ok", "");
  }

  /** A session's user and CSRF token, if the session is live. */
  public record SessionPrincipal(Principal principal, String csrf) {}

  public Optional<SessionPrincipal> bySession(String sessionId) {
    return sessions
        .find(sessionId)
        .flatMap(
            s ->
                users
                    .byId(s.userId())
                    .filter(u -> !u.disabled())
                    .map(u -> new SessionPrincipal(Principal.session(u), s.csrf())));
  }

  /** The user of an active API token, with the token's scope. */
  public Optional<Principal> byToken(String secret) {
    if (secret == null || !secret.startsWith(TokenStore.PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    String key = java.util.HexFormat.of().formatHex(Secrets.sha256(secret));
    long now = System.nanoTime();
    long changes = tokens.changes() + users.changes();
    KnownToken known = knownTokens.get(key);
    if (known != null
        && now - known.checkedAt() < TOKEN_RECHECK_NANOS
        && known.changes() == changes
        && clock.instant().isBefore(known.expiresAt())) {
      return Optional.of(known.principal());
    }
    Optional<TokenStore.Token> token = tokens.authenticate(secret);
    Optional<Principal> p =
        token.flatMap(
            t ->
                users
                    .byId(t.userId())
                    .filter(u -> !u.disabled())
                    .map(u -> Principal.token(u, t.id(), t.scope())));
    if (p.isPresent()) {
      if (knownTokens.size() >= TOKEN_CACHE_SIZE) {
        knownTokens.clear();
      }
      knownTokens.put(key, new KnownToken(p.get(), token.get().expiresAt(), now, changes));
    } else {
      knownTokens.remove(key);
    }
    return p;
  }

  /**
   * How long a checked token is trusted without asking the database again: a token revoked, or a
   * role changed, by another process (the {@code admin} commands) takes effect within this time; in
   * this process at once (DECISIONS D-ws-8).
   */
  public static final long TOKEN_RECHECK_NANOS = 2_000_000_000L;

  /** Most tokens kept checked at a time (the cache starts over when full). */
  static final int TOKEN_CACHE_SIZE = 10_000;

  /** A token found valid: who it stands for, until when, and when it was checked. */
  private record KnownToken(Principal principal, Instant expiresAt, long checkedAt, long changes) {}

  private final java.util.concurrent.ConcurrentHashMap<String, KnownToken> knownTokens =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The local analyst of single-user mode: admin of the local organisation. */
  public Principal local() {
    return Principal.session(users.local(organisations.local()));
  }

  /** Whether accounts exist (checked at most every two seconds; the CLI may add some meanwhile). */
  public boolean accountsExist() {
    long now = System.nanoTime();
    if (now - accountsCheckedAt > 2_000_000_000L || accountsCheckedAt == Long.MIN_VALUE) {
      accountsExist = users.accountsExist();
      accountsCheckedAt = now;
    }
    return accountsExist;
  }

  private void record(String actor, String action, String outcome, String detail) {
    audit.record(new AuditEvent(clock.instant(), actor, action, "", outcome, detail));
  }
}
