package org.chokepoint.cli;

import java.util.List;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.report.TechnologyNetworkReportFormat;
import org.chokepoint.data.workspace.NetworkView;
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
  static final List<String> CSV_COLUMNS = TechnologyNetworkReportFormat.RESIDUAL_COLUMNS;

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
    TechnologyNetworkReportFormat.Residual result =
        TechnologyNetworkReportFormat.residual(view, session.workspace().groups(), stop, product);
    List<List<String>> rows = result.rows();
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
                  + String.join(", ", result.unknownShares())
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
