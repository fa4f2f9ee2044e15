package org.chokepoint.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chokepoint groups}: the country groups in force, with their sources. */
@Command(
    name = "groups",
    mixinStandardHelpOptions = true,
    description = "List the country groups (shipped, from config.yaml and from --group).")
final class GroupsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Mixin OutputOptions output;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    List<CountryGroup> groups = root.session().workspace().groups().listGroups();
    output.writeListing(
        root.out(),
        List.of("name", "title", "members", "source", "note"),
        groups.stream()
            .map(g -> List.of(g.name(), g.title(), members(g, ";"), g.source(), g.note()))
            .toList(),
        () -> {
          TextTable t =
              new TextTable()
                  .column("Name", Align.LEFT)
                  .column("Members", Align.LEFT, 60)
                  .column("Source", Align.LEFT, 70);
          groups.forEach(g -> t.row(List.of(g.name(), members(g, ","), g.source())));
          return t;
        },
        () ->
            groups.stream()
                .map(
                    g -> {
                      Map<String, Object> o = new LinkedHashMap<>();
                      o.put("name", g.name());
                      o.put("title", g.title());
                      o.put("members", g.members().stream().map(CountryCode::alpha3).toList());
                      o.put("source", g.source());
                      o.put("note", g.note());
                      return o;
                    })
                .toList());
  }

  private static String members(CountryGroup g, String sep) {
    return g.members().stream().map(CountryCode::alpha3).collect(Collectors.joining(sep));
  }
}
