package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Writer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.TokenStore;
import org.chokepoint.workspace.account.User;
import org.chokepoint.workspace.admin.AdminListing;
import org.chokepoint.workspace.admin.AdminService;
import org.chokepoint.workspace.policy.RouteAccess;

/**
 * {@code /api/v1/admin/...}: what {@code chokepoint admin org list}, {@code user add|list} and
 * {@code token create|revoke|list} do, for the signed-in caller through {@link AdminService}. Which
 * organisations, users and tokens the caller may see or change is the access policy's decision
 * (DECISIONS D-ws-7); handlers only read the request and write the answer.
 */
final class AdminApi implements Capability {
  static final List<String> TOKEN_COLUMNS =
      List.of("id", "email", "scope", "created_at", "expires_at", "revoked_at", "active");

  @Override
  public List<Route> routes(ApiContext c) {
    return List.of(
        Route.get("/api/v1/admin/organisations", "admin")
            .summary("The organisations the caller administers")
            .description("Same columns as `chokepoint admin org list`.")
            .access(RouteAccess.ADMIN)
            .handler(r -> organisations(c, r)),
        Route.get("/api/v1/admin/users", "admin")
            .summary("The users of the organisations the caller administers")
            .description(
                "Each with its memberships in those organisations only. Same columns as"
                    + " `chokepoint admin user list`.")
            .access(RouteAccess.ADMIN)
            .handler(r -> users(c, r)),
        Route.post("/api/v1/admin/users", "admin")
            .summary("Add a user with a role in an organisation the caller administers")
            .description(
                "Body (application/json): email, organisation (name), role (viewer, analyst,"
                    + " contributor, admin), password (8 characters or more). Recorded in the"
                    + " audit log. Answers 201; 403 for an organisation the caller does not"
                    + " administer.")
            .body(
                "application/json",
                "{\"email\": ..., \"organisation\": ..., \"role\": ..., \"password\": ...}",
                8 << 10)
            .jsonOnly()
            .access(RouteAccess.ADMIN)
            .handler(r -> addUser(c, r)),
        Route.get("/api/v1/admin/tokens", "admin")
            .summary("API tokens the caller may manage (never their secrets)")
            .description(
                "The caller's own; for an admin also those of the users of its organisations.")
            .access(RouteAccess.MEMBER)
            .handler(r -> tokens(c, r)),
        Route.post("/api/v1/admin/tokens", "admin")
            .summary("Create an API token for the caller; the secret is answered once")
            .description(
                "Body (application/json): days (1-366, default 90), scope (read or read-write,"
                    + " default read-write). Stored only as a SHA-256 digest; recorded in the"
                    + " audit log. Answers 201.")
            .body("application/json", "{\"days\": 90, \"scope\": \"read-write\"}", 4 << 10)
            .jsonOnly()
            .access(RouteAccess.MEMBER)
            .handler(r -> createToken(c, r)),
        Route.post("/api/v1/admin/tokens/{id}/revoke", "admin")
            .summary("Revoke an API token the caller may manage")
            .description(
                "404 for a token that does not exist or is not the caller's to manage, alike."
                    + " Revoking twice answers revoked_now false.")
            .param(Param.path("id", Param.Type.INTEGER, "The token's id."))
            .jsonOnly()
            .access(RouteAccess.MEMBER)
            .handler(r -> revoke(c, r)));
  }

  private static AdminService service(ApiContext c) {
    return c.workspaceServices().await().admin();
  }

  private static Reply organisations(ApiContext c, Request r) {
    List<Organisation> list = service(c).organisations(r.caller().principal());
    return listing(
        "organisations",
        list.stream().map(AdminListing::json).toList(),
        AdminListing.ORGANISATION_COLUMNS,
        list.stream().map(AdminListing::row).toList());
  }

  private static Reply users(ApiContext c, Request r) {
    List<User> list = service(c).users(r.caller().principal());
    return listing(
        "users",
        list.stream().map(AdminListing::json).toList(),
        AdminListing.USER_COLUMNS,
        list.stream().map(AdminListing::row).toList());
  }

  private static Reply addUser(ApiContext c, Request r) {
    JsonNode j = r.json();
    User u =
        service(c)
            .addUser(
                r.caller().principal(),
                text(j, "email"),
                text(j, "organisation"),
                text(j, "role"),
                text(j, "password"));
    Map<String, Object> o = AdminListing.json(u);
    return new Reply(w -> Json.write(w, o), null, List.of(), "user", 201, List.of());
  }

  private static Reply tokens(ApiContext c, Request r) {
    List<TokenStore.Token> list = service(c).tokens(r.caller().principal());
    Instant now = Instant.now();
    return listing(
        "tokens",
        list.stream().map(t -> json(t, now)).toList(),
        TOKEN_COLUMNS,
        list.stream()
            .map(
                t ->
                    List.of(
                        String.valueOf(t.id()),
                        t.email(),
                        t.scope().id(),
                        t.createdAt().toString(),
                        t.expiresAt().toString(),
                        t.revokedAt() == null ? "" : t.revokedAt().toString(),
                        String.valueOf(t.activeAt(now))))
            .toList());
  }

  private static Map<String, Object> json(TokenStore.Token t, Instant now) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("email", t.email());
    m.put("scope", t.scope().id());
    m.put("created_at", t.createdAt().toString());
    m.put("expires_at", t.expiresAt().toString());
    m.put("revoked_at", t.revokedAt() == null ? null : t.revokedAt().toString());
    m.put("active", t.activeAt(now));
    return m;
  }

  private static Reply createToken(ApiContext c, Request r) {
    JsonNode j = r.json();
    int days = 90;
    JsonNode d = j.get("days");
    if (d != null && !d.isNull()) {
      if (!d.canConvertToInt() || !d.isIntegralNumber()) {
        throw field("days", "must be a whole number from 1 to " + TokenStore.MAX_DAYS);
      }
      days = d.asInt();
    }
    JsonNode s = j.get("scope");
    String scope = s == null || s.isNull() ? "read-write" : s.isTextual() ? s.asText() : "?";
    TokenStore.Created t = service(c).createToken(r.caller().principal(), days, scope);
    Map<String, Object> o = json(t.token(), Instant.now());
    o.put("token", t.secret());
    return new Reply(w -> Json.write(w, o), null, List.of(), "token", 201, List.of());
  }

  private static Reply revoke(ApiContext c, Request r) {
    AdminService.Revoked v = service(c).revokeToken(r.caller().principal(), r.integer("id"));
    Map<String, Object> o = json(v.token(), Instant.now());
    o.put("revoked_now", v.revokedNow());
    return new Reply(w -> Json.write(w, o), null, List.of(), "token");
  }

  private static Reply listing(
      String name, List<Map<String, Object>> items, List<String> columns, List<List<String>> rows) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put(name, items);
    return new Reply(
        w -> Json.write(w, o),
        (Writer w) -> {
          CsvWriter csv = new CsvWriter(w);
          csv.row(columns);
          rows.forEach(csv::row);
          csv.flush();
        },
        List.of(),
        name);
  }

  private static String text(JsonNode j, String name) {
    JsonNode v = j.get(name);
    if (v == null || !v.isTextual() || v.asText().isEmpty()) {
      throw field(name, "required, a string");
    }
    return v.asText();
  }

  private static ApiException field(String name, String message) {
    return new ApiException(
        Problem.of(
            Problem.Kind.INVALID_REQUEST,
            name + ": " + message,
            List.of(new Problem.Error(name, message))));
  }
}
