package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.chokepoint.data.network.SupplierMapReader;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.chokepoint.workspace.account.User;
import org.chokepoint.workspace.contribution.Contribution;
import org.chokepoint.workspace.contribution.ContributionService;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint contribution add|list|withdraw}: a firm's confidential supplier map for pooled
 * views (docs/methods/pooled-contributions.md), through the same service as the REST API, acting as
 * the user named by {@code --as} (the access policy decides as for that user; the audit log names
 * the operating-system account too).
 */
@Command(
    name = "contribution",
    mixinStandardHelpOptions = true,
    description = {
      "Contributions: firms' confidential (TLP:RED) supplier maps for pooled views.",
      "Works on the workspace database of the data directory, or on database.url."
    },
    subcommands = {
      ContributionCommand.Add.class,
      ContributionCommand.ListCmd.class,
      ContributionCommand.Versions.class,
      ContributionCommand.Withdraw.class
    })
final class ContributionCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(ChokepointCommand.root(spec).out());
  }

  /** The user named by {@code --as}, as a principal of the command line. */
  static Principal as(WorkspaceServices ws, String email) {
    User u = AdminCommand.user(ws, email);
    Map<Long, Role> roles = new HashMap<>();
    if (!u.disabled()) {
      u.memberships().forEach(m -> roles.put(m.organisationId(), m.role()));
    }
    return new Principal(
        u.id(),
        u.email(),
        roles,
        TokenScope.READ_WRITE,
        "cli:" + System.getProperty("user.name", "unknown") + "/user:" + u.id());
  }

  static final String AS_HELP = "Act as this user (its roles decide what is allowed).";

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Upload FOLDER/nodes.csv (id,kind,name,country[,group]) and FOLDER/links.csv"
            + " (supplier,customer,product,amount) as a contribution; the name of a current"
            + " contribution of the organisation makes its next version.",
        "All or nothing: a bad file stores nothing; the error names file, line and column."
      })
  static final class Add implements Runnable {
    @Spec CommandSpec spec;

    @Option(names = "--as", required = true, paramLabel = "EMAIL", description = AS_HELP)
    String email;

    @Option(
        names = "--name",
        paramLabel = "NAME",
        description = "Contribution name (default: the folder's name).")
    String name;

    @Option(
        names = "--org",
        paramLabel = "NAME",
        description = "Owner organisation (default: the user's own).")
    String org;

    @Parameters(paramLabel = "FOLDER", description = "Folder with nodes.csv and links.csv.")
    Path folder;

    @Override
    public void run() {
      Path nodes = folder.resolve("nodes.csv");
      Path links = folder.resolve("links.csv");
      byte[] n = read(nodes);
      byte[] l = read(links);
      ChokepointCommand root = ChokepointCommand.root(spec);
      SupplierMapReader reader = SupplierMapReader.forCatalog(root.session().workspace().catalog());
      String label =
          name != null ? name : String.valueOf(folder.toAbsolutePath().normalize().getFileName());
      Contribution c =
          AdminCommand.withWorkspace(
              spec,
              ws ->
                  ws.contributions()
                      .upload(
                          as(ws, email),
                          new ContributionService.Upload(
                              label, org, nodes.toString(), n, links.toString(), l),
                          reader::read));
      root.out()
          .printf(
              "contribution %d \"%s\" of %s: version %d stored as %s (%d nodes, %d links)%n",
              c.id(),
              c.name(),
              c.owner(),
              c.current().version(),
              c.labelled().label().spelling(),
              c.current().nodes(),
              c.current().links());
    }

    private static byte[] read(Path p) {
      if (!Files.isRegularFile(p)) {
        throw ImportException.ofFile(p.toString(), "no such file");
      }
      try {
        return Files.readAllBytes(p);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the contributions the user may see (its organisations' own).")
  static final class ListCmd implements Runnable {
    @Spec CommandSpec spec;
    @Mixin OutputOptions output;

    @Option(names = "--as", required = true, paramLabel = "EMAIL", description = AS_HELP)
    String email;

    @Override
    public void run() {
      List<Contribution> list =
          AdminCommand.withWorkspace(
              spec, ws -> ws.contributions().list(as(ws, email), Action.LIST));
      List<List<String>> rows =
          list.stream()
              .map(
                  c ->
                      List.of(
                          String.valueOf(c.id()),
                          c.name(),
                          c.labelled().label().spelling(),
                          c.owner(),
                          String.valueOf(c.current().version()),
                          c.current().uploadedAt().toString(),
                          String.valueOf(c.current().links()),
                          c.withdrawnAt() == null ? "" : c.withdrawnAt().toString()))
              .toList();
      output.writeListing(
          ChokepointCommand.root(spec).out(),
          List.of(
              "id", "name", "label", "owner", "version", "uploaded_at", "links", "withdrawn_at"),
          rows,
          () ->
              AdminCommand.table(
                  List.of(
                      "Id", "Name", "Label", "Owner", "Version", "Uploaded", "Links", "Withdrawn"),
                  rows),
          () ->
              list.stream()
                  .map(
                      c -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", c.id());
                        m.put("name", c.name());
                        m.put("label", c.labelled().label().spelling());
                        m.put("owner", c.owner());
                        m.put("version", c.current().version());
                        m.put("uploaded_at", c.current().uploadedAt().toString());
                        m.put("links", c.current().links());
                        m.put("links_sha256", c.current().linksSha256());
                        m.put(
                            "withdrawn_at",
                            c.withdrawnAt() == null ? null : c.withdrawnAt().toString());
                        return m;
                      })
                  .toList());
    }
  }

  @Command(
      name = "versions",
      mixinStandardHelpOptions = true,
      description =
          "List every version of a contribution: uploader, time, counts and the SHA-256 of both"
              + " files (kept after withdrawal, when the rows are gone).")
  static final class Versions implements Runnable {
    @Spec CommandSpec spec;
    @Mixin OutputOptions output;

    @Option(names = "--as", required = true, paramLabel = "EMAIL", description = AS_HELP)
    String email;

    @Parameters(paramLabel = "ID", description = "The contribution's id.")
    long id;

    @Override
    public void run() {
      Contribution c;
      try {
        c =
            AdminCommand.withWorkspace(
                spec, ws -> ws.contributions().get(as(ws, email), id, Action.READ));
      } catch (NoSuchElementException e) {
        throw new NoSuchElementException(e.getMessage() + " (or not yours to see)");
      }
      List<List<String>> rows = c.versions().stream().map(Contribution.Version::row).toList();
      output.writeListing(
          ChokepointCommand.root(spec).out(),
          Contribution.Version.COLUMNS,
          rows,
          () -> AdminCommand.table(Contribution.Version.COLUMNS, rows),
          () -> c.versions().stream().map(Contribution.Version::toMap).toList());
    }
  }

  @Command(
      name = "withdraw",
      mixinStandardHelpOptions = true,
      description =
          "Withdraw a contribution from every later pooled view: the rows of all its versions are"
              + " deleted; the versions' times, uploaders and file hashes stay.")
  static final class Withdraw implements Runnable {
    @Spec CommandSpec spec;

    @Option(names = "--as", required = true, paramLabel = "EMAIL", description = AS_HELP)
    String email;

    @Parameters(paramLabel = "ID", description = "The contribution's id.")
    long id;

    @Override
    public void run() {
      Contribution c;
      try {
        c = AdminCommand.withWorkspace(spec, ws -> ws.contributions().withdraw(as(ws, email), id));
      } catch (NoSuchElementException e) {
        throw new NoSuchElementException(e.getMessage() + " (or not yours to see)");
      }
      ChokepointCommand.root(spec)
          .out()
          .printf(
              "contribution %d withdrawn at %s; rows of versions 1-%d deleted, their hashes kept%n",
              c.id(), c.withdrawnAt(), c.current().version());
    }
  }
}
