package org.chokepoint.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.User;
import org.chokepoint.workspace.admin.AdminListing;
import org.chokepoint.workspace.audit.AuditEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
      AdminTokens.Token.class,
      AdminGroups.Group.class
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
      List<List<String>> rows = orgs.stream().map(AdminListing::row).toList();
      output.writeListing(
          ChokepointCommand.root(spec).out(),
          AdminListing.ORGANISATION_COLUMNS,
          rows,
          () -> table(List.of("Id", "Name", "Kind", "Country", "Local"), rows),
          () -> orgs.stream().map(AdminListing::json).toList());
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
      List<List<String>> rows = users.stream().map(AdminListing::row).toList();
      output.writeListing(
          ChokepointCommand.root(spec).out(),
          AdminListing.USER_COLUMNS,
          rows,
          () -> table(List.of("Id", "E-mail", "Memberships", "Local", "Disabled"), rows),
          () -> users.stream().map(AdminListing::json).toList());
    }
  }

  static TextTable table(List<String> headers, List<List<String>> rows) {
    TextTable t = new TextTable();
    headers.forEach(h -> t.column(h, Align.LEFT));
    rows.forEach(t::row);
    return t;
  }
}
