package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.account.SessionStore;
import org.chokepoint.workspace.auth.Authenticator;
import org.chokepoint.workspace.policy.Principal;
import org.chokepoint.workspace.policy.RouteAccess;

/**
 * {@code /api/v1/auth/login}, {@code /logout} and {@code /me}: password sign-in into a session
 * cookie, sign-out, and who the caller is (with the CSRF token the web UI echoes).
 */
final class AuthApi implements Capability {
  static final String LOGIN = "/api/v1/auth/login";

  @Override
  public List<Route> routes(ApiContext c) {
    return List.of(
        Route.post(LOGIN, "auth")
            .summary("Sign in with e-mail and password; sets the session cookie")
            .description(
                "Body: {\"email\": ..., \"password\": ...} as application/json. Answers the user"
                    + " and the csrf_token to send as X-CSRF-Token with every change; sets"
                    + " chokepoint_session (HttpOnly, SameSite=Strict, Secure over TLS). Wrong"
                    + " e-mail or password: 401; after 5 failures per e-mail or address, 429 with"
                    + " Retry-After, the delay doubling from 1 s to 15 min.")
            .body("application/json", "{\"email\": \"...\", \"password\": \"...\"}", 8 << 10)
            .jsonOnly()
            .access(RouteAccess.SIGN_IN)
            .handler(r -> login(c, r)),
        Route.post("/api/v1/auth/logout", "auth")
            .summary("Sign out: ends the session and clears its cookie")
            .jsonOnly()
            .access(RouteAccess.SIGN_IN)
            .handler(r -> logout(c, r)),
        Route.get("/api/v1/auth/me", "auth")
            .summary("Who the caller is: e-mail, organisations and roles, how signed in")
            .description(
                "Also the csrf_token that unsafe requests made with the session cookie (or in"
                    + " single-user mode) must echo in the X-CSRF-Token header.")
            .jsonOnly()
            .access(RouteAccess.SIGN_IN)
            .handler(r -> me(c, r.caller(), r.caller().csrf(), List.of(), 200)));
  }

  private static String field(JsonNode j, String name) {
    JsonNode v = j.get(name);
    if (v == null || !v.isTextual() || v.asText().isEmpty()) {
      throw new ApiException(
          Problem.of(
              Problem.Kind.INVALID_REQUEST,
              name + ": required, a string",
              List.of(new Problem.Error(name, "required, a string"))));
    }
    return v.asText();
  }

  private static Reply login(ApiContext c, Request r) {
    JsonNode j = r.json();
    String email = field(j, "email");
    String password = field(j, "password");
    Authenticator.SignedIn in =
        c.workspaceServices().await().authenticator().login(email, password, r.clientAddress());
    Caller caller =
        new Caller(
            Principal.session(in.user()),
            "session",
            in.session().id(),
            in.session().session().csrf(),
            true);
    return me(
        c,
        caller,
        in.session().session().csrf(),
        List.of(
            WebSecurity.sessionCookie(
                in.session().id(), SessionStore.LIFETIME.toSeconds(), r.secure())),
        200);
  }

  private static Reply logout(ApiContext c, Request r) {
    Caller caller = r.caller();
    if (caller.sessionId() != null) {
      c.workspaceServices().await().authenticator().logout(caller.principal(), caller.sessionId());
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("signed_out", caller.sessionId() != null);
    return new Reply(
        w -> Json.write(w, o),
        null,
        List.of(),
        "logout",
        200,
        List.of(WebSecurity.clearedCookie(r.secure())));
  }

  private static Reply me(
      ApiContext c, Caller caller, String csrf, List<String> cookies, int status) {
    Principal p = caller.principal();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("signed_in", !p.isAnonymous());
    o.put("via", caller.via());
    o.put("email", p.isAnonymous() ? null : p.email());
    List<Map<String, Object>> orgs = new ArrayList<>();
    if (!p.roles().isEmpty()) {
      WorkspaceServices ws = c.workspaceServices().await();
      p.roles()
          .forEach(
              (id, role) ->
                  ws.organisations()
                      .byId(id)
                      .ifPresent(
                          org -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("id", org.id());
                            m.put("name", org.name());
                            m.put("role", role.id());
                            orgs.add(m);
                          }));
      orgs.sort((a, b) -> String.valueOf(a.get("name")).compareTo(String.valueOf(b.get("name"))));
    }
    o.put("organisations", orgs);
    o.put("accounts", caller.accountsExist());
    o.put("csrf_token", csrf);
    return new Reply(w -> Json.write(w, o), null, List.of(), "me", status, cookies);
  }
}
