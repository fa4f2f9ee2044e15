package org.chokepoint.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.network.DominatorsView;
import org.chokepoint.data.network.FirmNetworkData;
import org.chokepoint.data.network.FirmNetworkFormats;
import org.chokepoint.provenance.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint network dominators}: the nodes every supply path to a target passes. */
@Command(
    name = "dominators",
    mixinStandardHelpOptions = true,
    description = {
      "Dominators of a node: the nodes that every supply path from a node without suppliers to"
          + " it passes through, nearest first (depth 1 = immediate dominator).",
      "A node that no supply path reaches (on or below a cycle with no entry) has none."
    })
final class NetworkDominatorsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--network", required = true, description = "Firm network dataset.")
  String network;

  @Option(names = "--target", required = true, paramLabel = "ID", description = "Node id.")
  String target;

  @Mixin OutputOptions output;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    long start = System.nanoTime();
    root.err().printf("reading firm network %s and computing its dominator tree ...%n", network);
    DominatorsView view = NetworkCommand.service(root).dominators(network, target);
    root.err().printf("done in %s%n", NetworkCommand.seconds(start));
    switch (output.format) {
      case CSV -> output.write(root.out(), w -> FirmNetworkFormats.writeDominatorsCsv(view, w));
      case JSON -> output.write(root.out(), w -> FirmNetworkFormats.writeDominatorsJson(view, w));
      default -> output.write(root.out(), w -> table(view, w));
    }
    if (output.format != OutputFormat.TABLE) {
      note(view, root.err());
    }
    for (Provenance p : view.sources()) {
      root.err().println("source: " + p.oneLine());
    }
    if (view.data().synthetic()) {
      root.err().println("note: " + network + " is SYNTHETIC data, not real firms");
    }
  }

  /** Why the list is empty, when it is. */
  private static String why(DominatorsView v) {
    String id = v.data().id(v.target());
    if (!v.reachable()) {
      return "No supply path from a node without suppliers reaches "
          + id
          + " (it lies on or below a cycle with no entry), so no dominators are reported.";
    }
    if (!v.hasSuppliers()) {
      return id + " has no suppliers: nothing dominates it.";
    }
    if (v.dominators().isEmpty()) {
      return id + " is reached by supply paths that share no node: nothing dominates it.";
    }
    return "";
  }

  private static void note(DominatorsView view, PrintStream err) {
    if (!why(view).isEmpty()) {
      err.println("note: " + why(view));
    }
  }

  private static void table(DominatorsView view, Writer w) {
    FirmNetworkData d = view.data();
    StringBuilder b = new StringBuilder();
    if (d.synthetic()) {
      b.append("SYNTHETIC data: no figure below describes a real firm.\n");
    }
    int t = view.target();
    b.append("Dominators of ")
        .append(d.id(t))
        .append(" (")
        .append(d.name(t))
        .append(d.country(t).isEmpty() ? "" : ", " + d.country(t))
        .append(") in firm network ")
        .append(d.dataset())
        .append('\n');
    if (view.dominators().isEmpty()) {
      b.append(why(view)).append('\n');
    } else {
      b.append("Every supply path to it passes through these, nearest first:\n");
      TextTable table =
          new TextTable()
              .column("Depth", Align.RIGHT)
              .column("Dominator", Align.LEFT, 24)
              .column("Name", Align.LEFT, 40)
              .column("Country", Align.LEFT)
              .column("Dominates", Align.RIGHT);
      for (DominatorsView.Dominator x : view.dominators()) {
        table.row(
            List.of(
                Integer.toString(x.depth()),
                d.id(x.node()),
                d.name(x.node()),
                d.country(x.node()),
                String.format("%,d", x.dominated())));
      }
      b.append(table.render());
      b.append("\nDominates: how many nodes lose every supply path if the dominator fails.\n");
    }
    b.append("Sources:\n");
    for (Provenance p : view.sources()) {
      b.append("  ").append(p.oneLine()).append('\n');
    }
    try {
      w.write(b.toString());
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
