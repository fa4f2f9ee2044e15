package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.report.TechnologyNetworkReportFormat;
import org.chokepoint.data.workspace.NetworkView;
import org.chokepoint.network.TechnologyNetwork;
import org.chokepoint.network.UpstreamTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint network tree}: the upstream tree of a product with providers' shares. */
@Command(
    name = "tree",
    mixinStandardHelpOptions = true,
    description = "Upstream tree of a product to a depth: required inputs and kinds, with shares.")
final class UpstreamTreeCommand implements Runnable {
  static final List<String> CSV_COLUMNS = TechnologyNetworkReportFormat.TREE_COLUMNS;

  @Spec CommandSpec spec;

  @Option(names = "--network", required = true, description = "Network dataset, e.g. eto-chips.")
  String network;

  @Option(names = "--product", required = true, description = "Product or input id, e.g. N99.")
  String product;

  @Option(names = "--depth", defaultValue = "3", description = "Levels below the product.")
  int depth;

  @Mixin OutputOptions output;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    NetworkView view = root.session().workspace().technologyNetwork(network);
    TechnologyNetwork net = view.network();
    TechnologyNetworkReportFormat.Tree result =
        TechnologyNetworkReportFormat.tree(view, product, depth);
    List<UpstreamTree.Node> tree = result.nodes();
    List<List<String>> rows = result.rows();
    output.writeListing(
        root.out(),
        CSV_COLUMNS,
        rows,
        () -> table(net, tree).caption("Source: " + view.source().oneLine()),
        () -> rows.stream().map(r -> zip(CSV_COLUMNS, r)).toList());
    root.err().println("source: " + view.source().oneLine());
  }

  private static java.util.Map<String, String> zip(List<String> keys, List<String> values) {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      m.put(keys.get(i), values.get(i));
    }
    return m;
  }

  private static TextTable table(TechnologyNetwork net, List<UpstreamTree.Node> tree) {
    TextTable t =
        new TextTable()
            .column("Node", Align.LEFT, 60)
            .column("Main providers (share)", Align.LEFT, 70);
    for (UpstreamTree.Node n : tree) {
      String label =
          "  ".repeat(n.depth())
              + (n.relation() == UpstreamTree.Relation.KIND ? "kind: " : "")
              + net.getInput(n.id()).name()
              + " ["
              + n.id()
              + "]";
      String providers =
          n.provisions().stream()
              .filter(
                  p ->
                      p.share().isPresent()
                          && net.getProvider(p.providerId()).kind()
                              == org.chokepoint.network.NodeKind.COUNTRY)
              .limit(4)
              .map(
                  p ->
                      net.getProvider(p.providerId()).name()
                          + String.format(Locale.ROOT, " %.0f%%", p.share().getAsDouble() * 100))
              .collect(Collectors.joining(", "));
      t.row(List.of(label, providers));
    }
    return t;
  }

  static void print(Writer w, String s) {
    try {
      w.write(s);
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
