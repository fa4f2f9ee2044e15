package org.chokepoint.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.text.Decimals;
import org.chokepoint.data.workspace.NetworkView;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroups;
import org.chokepoint.network.Input;
import org.chokepoint.network.Removal;
import org.chokepoint.network.ResidualCapacity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint network residual}: what is left of every input and product when a provider, a
 * country or a whole group stops supplying.
 */
@Command(
    name = "residual",
    mixinStandardHelpOptions = true,
    description = {
      "Residual capacity of every input and product when providers stop supplying:",
      "--stop country:CHN, group:us-foreign-adversaries, provider:P45 (several, comma-separated)."
    })
final class ResidualCapacityCommand implements Runnable {
  static final List<String> CSV_COLUMNS = List.of("node", "name", "residual_capacity");

  @Spec CommandSpec spec;

  @Option(names = "--network", required = true, description = "Network dataset, e.g. eto-chips.")
  String network;

  @Option(
      names = "--stop",
      required = true,
      split = ",",
      paramLabel = "country:ISO3|group:NAME|provider:ID",
      description = "Who stops supplying.")
  List<String> stop;

  @Option(names = "--product", description = "Report this product or input only.")
  String product;

  @Mixin OutputOptions output;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    Session session = root.session();
    NetworkView view = session.workspace().technologyNetwork(network);
    CountryGroups groups = session.workspace().groups();
    Set<CountryCode> countries = new LinkedHashSet<>();
    Set<String> providers = new LinkedHashSet<>();
    for (String s : stop) {
      String[] kv = s.strip().split(":", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException(
            "--stop " + s + ": expected country:ISO3, group:NAME or provider:ID");
      }
      switch (kv[0]) {
        case "country" -> countries.add(CountryCode.of(kv[1]));
        case "group" -> countries.addAll(groups.resolve(kv[1]).members());
        case "provider" -> providers.add(view.network().getProvider(kv[1]).id());
        default -> throw new IllegalArgumentException("--stop " + s + ": unknown kind " + kv[0]);
      }
    }
    ResidualCapacity.Result r =
        new ResidualCapacity(view.network())
            .compute(new Removal(countries, providers, java.util.Optional.empty()));
    List<List<String>> rows = new ArrayList<>();
    for (Input i : view.network().listInputs()) {
      if (product != null ? i.id().equals(product) : r.of(i.id()) < 1) {
        rows.add(List.of(i.id(), i.name(), Decimals.plain(r.of(i.id()))));
      }
    }
    if (product != null && rows.isEmpty()) {
      view.network().getInput(product); // says which id is unknown
    }
    rows.sort((a, b) -> Double.compare(Double.parseDouble(a.get(2)), Double.parseDouble(b.get(2))));
    output.writeListing(
        root.out(),
        CSV_COLUMNS,
        rows,
        () -> {
          TextTable t =
              new TextTable()
                  .column("Node", Align.LEFT)
                  .column("Name", Align.LEFT, 50)
                  .column("Left", Align.RIGHT);
          rows.forEach(
              x ->
                  t.row(
                      List.of(
                          x.get(0),
                          x.get(1),
                          String.format(
                              java.util.Locale.ROOT,
                              "%.1f%%",
                              Double.parseDouble(x.get(2)) * 100))));
          return t.caption(
              "Stopped: "
                  + String.join(", ", stop)
                  + ". Inputs with providers named without shares count as unaffected: "
                  + String.join(", ", new java.util.TreeSet<>(r.unknownShares()))
                  + "\nSource: "
                  + view.source().oneLine());
        },
        () ->
            rows.stream()
                .map(
                    x ->
                        java.util.Map.of(
                            "node",
                            x.get(0),
                            "name",
                            x.get(1),
                            "residual_capacity",
                            Double.parseDouble(x.get(2))))
                .toList());
    root.err().println("source: " + view.source().oneLine());
  }
}
