package org.chokepoint.cli;

import static org.chokepoint.cli.AdminCommand.audit;
import static org.chokepoint.cli.AdminCommand.org;
import static org.chokepoint.cli.AdminCommand.table;
import static org.chokepoint.cli.AdminCommand.user;
import static org.chokepoint.cli.AdminCommand.withWorkspace;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.chokepoint.workspace.account.TokenScope;
import org.chokepoint.workspace.account.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chokepoint admin token create|revoke|list}. */
final class AdminTokens {
  private AdminTokens() {}

  /** {@code admin token}. */
  @Command(
      name = "token",
      mixinStandardHelpOptions = true,
      description = "API tokens: create, revoke, list.",
      subcommands = {TokenCreate.class, TokenRevoke.class, TokenList.class})
  static final class Token implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(ChokepointCommand.root(spec).out());
    }
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
        "Create an API token for a user and print it once: it is stored only as a SHA-256 digest.",
        "Send it as 'Authorization: Bearer TOKEN'."
      })
  static final class TokenCreate implements Runnable {
    @Spec CommandSpec spec;

    @Option(names = "--email", required = true, description = "The user it acts for.")
    String email;

    @Option(
        names = "--days",
        defaultValue = "90",
        description = "Days until it expires, 1-366 (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(
        names = "--scope",
        defaultValue = "read-write",
        paramLabel = "read|read-write",
        description = "read: safe methods only; read-write: all (default: ${DEFAULT-VALUE}).")
    String scope;

    @Override
    public void run() {
      TokenScope s = TokenScope.parse(scope);
      TokenStore.Created t =
          withWorkspace(
              spec,
              ws -> {
                TokenStore.Created c = ws.tokens().create(user(ws, email), s, days);
                audit(
                    ws,
                    "admin.token.create",
                    "token:" + c.token().id(),
                    "user:"
                        + c.token().userId()
                        + " "
                        + s.id()
                        + " until "
                        + c.token().expiresAt());
                return c;
              });
      ChokepointCommand root = ChokepointCommand.root(spec);
      root.out().println(t.secret());
      root.err()
          .printf(
              "token %d for %s, %s, expires %s; shown once, keep it safe%n",
              t.token().id(), t.token().email(), s.id(), t.token().expiresAt());
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an API token.")
  static final class TokenRevoke implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The token's id (see admin token list).")
    long id;

    @Override
    public void run() {
      boolean revoked =
          withWorkspace(
              spec,
              ws -> {
                if (ws.tokens().byId(id).isEmpty()) {
                  throw new NoSuchElementException("no token " + id + "; see admin token list");
                }
                boolean r = ws.tokens().revoke(id);
                if (r) {
                  audit(ws, "admin.token.revoke", "token:" + id, "");
                }
                return r;
              });
      ChokepointCommand.root(spec)
          .out()
          .println(revoked ? "token " + id + " revoked" : "token " + id + " was revoked already");
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List API tokens (never their secrets).")
  static final class TokenList implements Runnable {
    @Spec CommandSpec spec;
    @Mixin OutputOptions output;

    @Override
    public void run() {
      List<TokenStore.Token> tokens = withWorkspace(spec, ws -> ws.tokens().list());
      Instant now = Instant.now();
      List<List<String>> rows =
          tokens.stream()
              .map(
                  t ->
                      List.of(
                          String.valueOf(t.id()),
                          t.email(),
                          t.scope().id(),
                          t.createdAt().toString(),
                          t.expiresAt().toString(),
                          t.revokedAt() == null ? "" : t.revokedAt().toString(),
                          t.activeAt(now)
                              ? "active"
                              : t.revokedAt() != null ? "revoked" : "expired"))
              .toList();
      output.writeListing(
          ChokepointCommand.root(spec).out(),
          List.of("id", "email", "scope", "created_at", "expires_at", "revoked_at", "status"),
          rows,
          () ->
              table(
                  List.of("Id", "E-mail", "Scope", "Created", "Expires", "Revoked", "Status"),
                  rows),
          () ->
              tokens.stream()
                  .map(
                      t -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", t.id());
                        m.put("email", t.email());
                        m.put("scope", t.scope().id());
                        m.put("created_at", t.createdAt().toString());
                        m.put("expires_at", t.expiresAt().toString());
                        m.put(
                            "revoked_at", t.revokedAt() == null ? null : t.revokedAt().toString());
                        m.put(
                            "status",
                            t.activeAt(now)
                                ? "active"
                                : t.revokedAt() != null ? "revoked" : "expired");
                        return m;
                      })
                  .toList());
    }
  }
}
