package org.chokepoint.cli;

import static org.chokepoint.cli.AdminCommand.audit;
import static org.chokepoint.cli.AdminCommand.org;
import static org.chokepoint.cli.AdminCommand.table;
import static org.chokepoint.cli.AdminCommand.withWorkspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.chokepoint.workspace.account.Organisation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint admin group add|member|list}: sharing groups. */
final class AdminGroups {
  private AdminGroups() {}

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
}
