package org.chokepoint.server;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.account.Secrets;
import org.chokepoint.workspace.auth.Authenticator;
import org.chokepoint.workspace.policy.AccessPolicy;
import org.chokepoint.workspace.policy.Principal;
import org.chokepoint.workspace.policy.RouteAccess;

/**
 * Who a request comes from (session cookie, bearer token, local single-user mode or nobody) and the
 * CSRF check of ambient credentials. It decides nothing about access: that is the {@link
 * AccessPolicy}'s, which {@link ApiServer} asks for every route. See docs/security.md.
 */
final class WebSecurity {
  /** The session cookie. */
  static final String SESSION_COOKIE = "chokepoint_session";

  /** The header unsafe requests with a session (or in single-user mode) must carry. */
  static final String CSRF_HEADER = "X-CSRF-Token";

  private final WorkspaceGate gate;
  private final boolean loopback;
  private final boolean trustForwardedProto;
  private final AccessPolicy policy = new AccessPolicy();

  /** The CSRF token of single-user mode, one per server process. */
  private final String localCsrf = Secrets.random("");

  WebSecurity(WorkspaceGate gate, boolean loopback, boolean trustForwardedProto) {
    this.gate = gate;
    this.loopback = loopback;
    this.trustForwardedProto = trustForwardedProto;
  }

  AccessPolicy policy() {
    return policy;
  }

  WorkspaceGate gate() {
    return gate;
  }

  /**
   * Identifies the caller of a route. Public routes need no identity (and no database): a session
   * cookie is not looked up there, but an {@code Authorization} header is checked as on every other
   * route, so a client with a bad, expired or revoked token learns it at once instead of being
   * served as anonymous (DECISIONS D-ws-8). The other routes wait for the workspace database. A
   * bearer token that does not check out is refused rather than treated as anonymous.
   */
  Caller identify(Route route, Context ctx) {
    if (route.access() == RouteAccess.PUBLIC) {
      String authorization = ctx.header("Authorization");
      if (authorization == null) {
        return Caller.anonymous(false);
      }
      if (!gate.configured()) {
        throw ApiException.of(
            Problem.Kind.UNAUTHORIZED,
            "this server has no accounts: send the request without an Authorization header");
      }
      WorkspaceServices ws = gate.await();
      return bearer(ws.authenticator(), authorization, ws.authenticator().accountsExist());
    }
    if (!gate.configured()) {
      if (route.access() == RouteAccess.MEMBER || route.access() == RouteAccess.ADMIN) {
        // no workspace database: as before accounts existed, the one analyst may do everything
        return Caller.anonymous(false);
      }
      gate.await(); // 503
    }
    WorkspaceServices ws = gate.await();
    Authenticator auth = ws.authenticator();
    boolean accounts = auth.accountsExist();
    String authorization = ctx.header("Authorization");
    if (authorization != null) {
      return bearer(auth, authorization, accounts);
    }
    String sid = ctx.cookie(SESSION_COOKIE);
    if (sid != null) {
      Optional<Authenticator.SessionPrincipal> s = auth.bySession(sid);
      if (s.isPresent()) {
        return new Caller(s.get().principal(), "session", sid, s.get().csrf(), accounts);
      }
    }
    if (!accounts && loopback && loopbackHost(ctx.header("Host"))) {
      return new Caller(auth.local(), "local", null, localCsrf, false);
    }
    return Caller.anonymous(accounts);
  }

  /**
   * The caller of an {@code Authorization: Bearer TOKEN} header; refused when it does not check
   * out.
   */
  private static Caller bearer(Authenticator auth, String authorization, boolean accounts) {
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiException.of(
          Problem.Kind.UNAUTHORIZED, "the Authorization header must be 'Bearer TOKEN'");
    }
    Optional<Principal> p = auth.byToken(authorization.substring(7).strip());
    if (p.isEmpty()) {
      throw ApiException.of(Problem.Kind.UNAUTHORIZED, "the token is unknown, expired or revoked");
    }
    return new Caller(p.get(), "token", null, null, accounts);
  }

  /**
   * Refuses an unsafe request to a workspace or sign-in route made with an ambient credential
   * (session cookie, single-user mode) unless it echoes the caller's CSRF token in {@value
   * #CSRF_HEADER}. Bearer tokens are not ambient and need no such header. Sign-in itself is
   * protected by requiring {@code Content-Type: application/json}, which no cross-site form can
   * send without a CORS preflight the server never grants.
   */
  void checkCsrf(Route route, Context ctx, Caller caller) {
    if (!route.unsafe() || route.access() == RouteAccess.PUBLIC) {
      return;
    }
    if (route.access() == RouteAccess.MEMBER) {
      return; // analyses of uploads change nothing (ADMIN routes do, and are checked)
    }
    if (route.path().equals(AuthApi.LOGIN)) {
      return;
    }
    if (caller.csrf() != null && !Secrets.equal(caller.csrf(), ctx.header(CSRF_HEADER))) {
      throw ApiException.of(
          Problem.Kind.FORBIDDEN,
          "missing or wrong "
              + CSRF_HEADER
              + " header: send the csrf_token of GET /api/v1/auth/me with every change");
    }
  }

  /** Whether the request came over TLS, directly or (when trusted) through a proxy. */
  boolean secure(Context ctx) {
    if ("https".equalsIgnoreCase(ctx.scheme())) {
      return true;
    }
    return trustForwardedProto
        && "https".equalsIgnoreCase(String.valueOf(ctx.header("X-Forwarded-Proto")).strip());
  }

  /** The session cookie for a new session. */
  static String sessionCookie(String id, long maxAgeSeconds, boolean secure) {
    return SESSION_COOKIE
        + "="
        + id
        + "; Path=/; Max-Age="
        + maxAgeSeconds
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }

  /** The cookie that removes the session cookie. */
  static String clearedCookie(boolean secure) {
    return sessionCookie("", 0, secure);
  }

  /**
   * Whether a Host header names this machine's loopback interface: single-user mode trusts only
   * requests addressed to loopback, so a web page cannot reach it through DNS rebinding.
   */
  static boolean loopbackHost(String host) {
    if (host == null) {
      return false;
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      h = end < 0 ? h : h.substring(1, end);
    } else if (h.indexOf(':') == h.lastIndexOf(':') && h.contains(":")) {
      h = h.substring(0, h.indexOf(':'));
    }
    if (h.equals("localhost")) {
      return true;
    }
    if (!h.matches("[0-9.]+|[0-9a-f:]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
