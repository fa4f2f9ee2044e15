package org.chokepoint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint groups}: the country groups in force, with their sources. */
@Command(
    name = "groups",
    mixinStandardHelpOptions = true,
    description = "List the country groups (shipped, from config.yaml and from --group).")
final class GroupsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or json.")
  OutputFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path output;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    List<CountryGroup> groups = root.session().workspace().groups().listGroups();
    Output.write(
        output,
        root.out(),
        w -> {
          try {
            switch (format) {
              case CSV -> {
                CsvWriter csv = new CsvWriter(w);
                csv.row("name", "title", "members", "source", "note");
                groups.forEach(
                    g -> csv.row(g.name(), g.title(), members(g, ";"), g.source(), g.note()));
                csv.flush();
              }
              case JSON -> {
                ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                ArrayNode a = m.createArrayNode();
                for (CountryGroup g : groups) {
                  ObjectNode o = a.addObject();
                  o.put("name", g.name());
                  o.put("title", g.title());
                  ArrayNode mem = o.putArray("members");
                  g.members().forEach(c -> mem.add(c.alpha3()));
                  o.put("source", g.source());
                  o.put("note", g.note());
                }
                m.writeValue(w, a);
              }
              default -> {
                TextTable t =
                    new TextTable()
                        .column("Name", Align.LEFT)
                        .column("Members", Align.LEFT, 60)
                        .column("Source", Align.LEFT, 70);
                groups.forEach(g -> t.row(List.of(g.name(), members(g, ","), g.source())));
                w.write(t.render());
                w.flush();
              }
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static String members(CountryGroup g, String sep) {
    return g.members().stream().map(CountryCode::alpha3).collect(Collectors.joining(sep));
  }
}
