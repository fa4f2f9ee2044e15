package org.chokepoint.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.chokepoint.workspace.account.TokenStore;
import org.chokepoint.workspace.account.User;
import org.chokepoint.workspace.audit.AuditEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint admin}: organisations, users and API tokens of the workspace database of the
 * data directory (embedded) or of {@code database.url}. Every change is recorded in the audit log.
 */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = {
      "Administer the workspace: organisations, users, API tokens and sharing groups.",
      "Works on the workspace database of the data directory, or on database.url from"
          + " config.yaml. Every change is recorded in the audit log."
    },
    subcommands = {
      AdminCommand.Org.class,
      AdminCommand.UserCmd.class,
      AdminCommand.Token.class,
      AdminCommand.Group.class
    })
final class AdminCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(ChokepointCommand.root(spec).out());
  }

  /** Opens the workspace, runs {@code work}, closes it. */
  static <T> T withWorkspace(CommandSpec spec, Function<WorkspaceServices, T> work) {
    ChokepointCommand root = ChokepointCommand.root(spec);
    try (WorkspaceServices ws =
        root.session().workspaceServices().open(line -> root.err().println(line))) {
      return work.apply(ws);
    }
  }

  static void audit(WorkspaceServices ws, String action, String object, String detail) {
    ws.audit()
        .record(
            new AuditEvent(
                Instant.now(),
                "cli:" + System.getProperty("user.name", "unknown"),
                action,
                object,
                "ok",
                detail));
  }

  static Organisation org(WorkspaceServices ws, String name) {
    return ws.organisations()
        .byName(name)
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "no organisation named \"" + name + "\"; see chokepoint admin org list"));
  }

  static User user(WorkspaceServices ws, String email) {
    return ws.users()
        .byEmail(email)
        .filter(u -> !u.local())
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "no user with e-mail " + email + "; see chokepoint admin user list"));
  }

  /** {@code admin org}. */
  @Command(
      name = "org",
      mixinStandardHelpOptions = true,
      description = "Organisations: add, list.",
      subcommands = {OrgAdd.class, OrgList.class})
  static final class Org implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(ChokepointCommand.root(spec).out());
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an organisation.")
  static final class OrgAdd implements Runnable {
    @Spec CommandSpec spec;

    @Option(names = "--name", required = true, description = "Its name, unique (any case).")
    String name;

    @Option(
        names = "--kind",
        required = true,
        paramLabel = "government|firm|other",
        description = "What it is.")
    String kind;

    @Option(
        names = "--country",
        required = true,
        paramLabel = "ISO3",
        description = "ISO 3166-1 alpha-3 code, e.g. JPN.")
    String country;

    @Override
    public void run() {
      OrganisationKind k = OrganisationKind.parse(kind);
      Organisation o =
          withWorkspace(
              spec,
              ws -> {
                Organisation added = ws.organisations().add(name, k, country);
                audit(
                    ws,
                    "admin.org.add",
                    "organisation:" + added.id(),
                    k.id() + " " + added.country());
                return added;
              });
      ChokepointCommand.root(spec)
          .out()
          .printf(
              "organisation %d added: %s (%s, %s)%n", o.id(), o.name(), o.kind().id(), o.country());
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List organisations.")
  static final class OrgList implements Runnable {
    @Spec CommandSpec spec;
    @Mixin OutputOptions output;

    @Override
    public void run() {
      List<Organisation> orgs = withWorkspace(spec, ws -> ws.organisations().list());
      List<List<String>> rows =
          orgs.stream()
              .map(
                  o ->
                      List.of(
                          String.valueOf(o.id()),
                          o.name(),
                          o.kind().id(),
                          o.country() == null ? "" : o.country(),
                          String.valueOf(o.local())))
              .toList();
      output.writeListing(
          ChokepointCommand.root(spec).out(),
          List.of("id", "name", "kind", "country", "local"),
          rows,
          () -> table(List.of("Id", "Name", "Kind", "Country", "Local"), rows),
          () ->
              orgs.stream()
                  .map(
                      o -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", o.id());
                        m.put("name", o.name());
                        m.put("kind", o.kind().id());
                        m.put("country", o.country());
                        m.put("local", o.local());
                        return m;
                      })
                  .toList());
    }
  }

  /** {@code admin user}. */
  @Command(
      name = "user",
      mixinStandardHelpOptions = true,
      description = "Users: add, join, list.",
      subcommands = {UserAdd.class, UserJoin.class, UserList.class})
  static final class UserCmd implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(ChokepointCommand.root(spec).out());
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add a user with a role in one organisation; the password is read from stdin.")
  static final class UserAdd implements Runnable {
    @Spec CommandSpec spec;

    @Option(names = "--email", required = true, description = "E-mail address, unique (any case).")
    String email;

    @Option(names = "--org", required = true, paramLabel = "NAME", description = "Organisation.")
    String org;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "viewer|analyst|contributor|admin",
        description = "Role in the organisation.")
    String role;

    @Option(
        names = "--password-stdin",
        required = true,
        description = "Read the password from the first line of standard input (8+ characters).")
    boolean passwordStdin;

    @Override
    public void run() {
      Role r = Role.parse(role);
      String password = readPassword();
      User u =
          withWorkspace(
              spec,
              ws -> {
                Organisation o = org(ws, org);
                User added = ws.users().add(email, password, o, r);
                audit(
                    ws,
                    "admin.user.add",
                    "user:" + added.id(),
                    "organisation:" + o.id() + " " + r.id());
                return added;
              });
      ChokepointCommand.root(spec)
          .out()
          .printf("user %d added: %s, %s of %s%n", u.id(), u.email(), r.id(), org);
    }
  }

  static String readPassword() {
    try {
      String line =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (line == null || line.isEmpty()) {
        throw new IllegalArgumentException("--password-stdin: standard input has no password");
      }
      if (line.codePointCount(0, line.length()) < 8) {
        throw new IllegalArgumentException("--password-stdin: the password is shorter than 8");
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Command(
      name = "join",
      mixinStandardHelpOptions = true,
      description = "Give an existing user a role in another organisation (or change it there).")
  static final class UserJoin implements Runnable {
    @Spec CommandSpec spec;

    @Option(names = "--email", required = true)
    String email;

    @Option(names = "--org", required = true, paramLabel = "NAME")
    String org;

    @Option(names = "--role", required = true, paramLabel = "viewer|analyst|contributor|admin")
    String role;

    @Override
    public void run() {
      Role r = Role.parse(role);
      withWorkspace(
          spec,
          ws -> {
            Organisation o = org(ws, org);
            User u = ws.users().join(user(ws, email).id(), o, r);
            audit(ws, "admin.user.join", "user:" + u.id(), "organisation:" + o.id() + " " + r.id());
            return u;
          });
      ChokepointCommand.root(spec).out().printf("%s is %s of %s%n", email, r.id(), org);
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List users.")
  static final class UserList implements Runnable {
    @Spec CommandSpec spec;
    @Mixin OutputOptions output;

    @Override
    public void run() {
      List<User> users = withWorkspace(spec, ws -> ws.users().list());
      List<List<String>> rows =
          users.stream()
              .map(
                  u ->
                      List.of(
                          String.valueOf(u.id()),
                          u.email(),
                          u.memberships().stream()
                              .map(m -> m.organisationName() + ":" + m.role().id())
                              .collect(Collectors.joining(";")),
                          String.valueOf(u.local()),
                          String.valueOf(u.disabled())))
              .toList();
      output.writeListing(
          ChokepointCommand.root(spec).out(),
          List.of("id", "email", "memberships", "local", "disabled"),
          rows,
          () -> table(List.of("Id", "E-mail", "Memberships", "Local", "Disabled"), rows),
          () ->
              users.stream()
                  .map(
                      u -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", u.id());
                        m.put("email", u.email());
                        m.put(
                            "memberships",
                            u.memberships().stream()
                                .map(
                                    x ->
                                        Map.of(
                                            "organisation",
                                            x.organisationName(),
                                            "role",
                                            x.role().id()))
                                .toList());
                        m.put("local", u.local());
                        m.put("disabled", u.disabled());
                        return m;
                      })
                  .toList());
    }
  }

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

  /** {@code admin group}. */
  @Command(
      name = "group",
      mixinStandardHelpOptions = true,
      description = "Sharing groups (named sets of organisations, recipients as group:NAME).",
      subcommands = {GroupAdd.class, GroupMember.class, GroupList.class})
  static final class Group implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(ChokepointCommand.root(spec).out());
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a sharing group.")
  static final class GroupAdd implements Runnable {
    @Spec CommandSpec spec;

    @Option(names = "--name", required = true, description = "Its name, unique (any case).")
    String name;

    @Override
    public void run() {
      var g =
          withWorkspace(
              spec,
              ws -> {
                var added = ws.sharingGroups().create(name);
                audit(ws, "admin.group.add", "group:" + added.id(), "");
                return added;
              });
      ChokepointCommand.root(spec)
          .out()
          .printf(
              "sharing group %d added: %s (no members yet: it grants nothing)%n", g.id(), g.name());
    }
  }

  @Command(
      name = "member",
      mixinStandardHelpOptions = true,
      description = "Add organisations to a sharing group.")
  static final class GroupMember implements Runnable {
    @Spec CommandSpec spec;

    @Option(names = "--name", required = true, description = "The group.")
    String name;

    @Option(
        names = "--org",
        required = true,
        paramLabel = "NAME",
        description = "An organisation to add; repeat for more.")
    List<String> orgs;

    @Override
    public void run() {
      var g =
          withWorkspace(
              spec,
              ws -> {
                var group =
                    ws.sharingGroups()
                        .byName(name)
                        .orElseThrow(
                            () ->
                                new NoSuchElementException(
                                    "no sharing group named \""
                                        + name
                                        + "\"; see chokepoint admin group list"));
                for (String o : orgs) {
                  Organisation org = org(ws, o);
                  group = ws.sharingGroups().addMember(group, org);
                  audit(
                      ws, "admin.group.member", "group:" + group.id(), "organisation:" + org.id());
                }
                return group;
              });
      ChokepointCommand.root(spec)
          .out()
          .printf("sharing group %s has %d member organisations%n", g.name(), g.members().size());
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List sharing groups.")
  static final class GroupList implements Runnable {
    @Spec CommandSpec spec;
    @Mixin OutputOptions output;

    @Override
    public void run() {
      record Row(long id, String name, List<String> members) {}
      List<Row> groups =
          withWorkspace(
              spec,
              ws -> {
                Map<Long, String> names = new LinkedHashMap<>();
                ws.organisations().list().forEach(o -> names.put(o.id(), o.name()));
                return ws.sharingGroups().list().stream()
                    .map(
                        g ->
                            new Row(
                                g.id(),
                                g.name(),
                                g.members().stream().map(names::get).sorted().toList()))
                    .toList();
              });
      List<List<String>> rows =
          groups.stream()
              .map(g -> List.of(String.valueOf(g.id()), g.name(), String.join(";", g.members())))
              .toList();
      output.writeListing(
          ChokepointCommand.root(spec).out(),
          List.of("id", "name", "members"),
          rows,
          () -> table(List.of("Id", "Name", "Members"), rows),
          () ->
              groups.stream()
                  .map(
                      g -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", g.id());
                        m.put("name", g.name());
                        m.put("members", g.members());
                        return m;
                      })
                  .toList());
    }
  }

  static TextTable table(List<String> headers, List<List<String>> rows) {
    TextTable t = new TextTable();
    headers.forEach(h -> t.column(h, Align.LEFT));
    rows.forEach(t::row);
    return t;
  }
}
