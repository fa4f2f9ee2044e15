package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.network.ExposureView;
import org.chokepoint.data.network.FirmNetworkData;
import org.chokepoint.data.network.FirmNetworkFormats;
import org.chokepoint.provenance.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint network exposure}: how much of each firm's inputs hang on a shocked set. */
@Command(
    name = "exposure",
    mixinStandardHelpOptions = true,
    description = {
      "Exposure of every node to a shock: the share of its purchased inputs (by amount) that comes"
          + " from the shocked set, directly or through its suppliers' exposure; 1 for shocked"
          + " nodes. Cycles are solved to the least fixed point (tolerance 1e-9).",
      "CSV and JSON list every node in file order; the table shows the most exposed."
    })
final class NetworkExposureCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--network", required = true, description = "Firm network dataset.")
  String network;

  @Option(
      names = "--shock",
      required = true,
      split = ",",
      paramLabel = "country:ISO3|node:ID",
      description = "Shocked nodes: every node of a country, or one node by its id.")
  List<String> shocks = new ArrayList<>();

  @Option(
      names = "--top",
      defaultValue = "20",
      description = "Rows of the table (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--min-exposure",
      defaultValue = "0",
      description = "CSV and JSON: only nodes with at least this exposure (default: all).")
  double minExposure;

  @Mixin OutputOptions output;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    long start = System.nanoTime();
    root.err().printf("reading firm network %s and computing exposure ...%n", network);
    ExposureView view = NetworkCommand.service(root).exposure(network, shocks);
    root.err()
        .printf(
            "%,d nodes, %,d links; %,d shocked; cycles converged after %d sweep(s)%s; %s%n",
            view.data().nodeCount(),
            view.data().network().linkCount(),
            view.shockedCount(),
            view.result().iterations(),
            view.result().converged() ? "" : " (NOT converged: iteration limit reached)",
            NetworkCommand.seconds(start));
    switch (output.format) {
      case CSV ->
          output.write(root.out(), w -> FirmNetworkFormats.writeExposureCsv(view, minExposure, w));
      case JSON ->
          output.write(root.out(), w -> FirmNetworkFormats.writeExposureJson(view, minExposure, w));
      default -> output.write(root.out(), w -> table(view, w));
    }
    for (Provenance p : view.sources()) {
      root.err().println("source: " + p.oneLine());
    }
    if (view.data().synthetic()) {
      root.err().println("note: " + network + " is SYNTHETIC data, not real firms");
    }
  }

  private void table(ExposureView view, Writer w) {
    FirmNetworkData d = view.data();
    StringBuilder b = new StringBuilder();
    if (d.synthetic()) {
      b.append("SYNTHETIC data: no figure below describes a real firm.\n");
    }
    b.append("Exposure of firm network ")
        .append(d.dataset())
        .append(" to ")
        .append(String.join(", ", view.shocks()))
        .append('\n')
        .append(
            String.format(
                Locale.ROOT,
                "%,d node(s) shocked; %,d of the other %,d exposed (%,d at least 10 %%, %,d at"
                    + " least 50 %%, %,d wholly); cycles converged after %d sweep(s)%n%n",
                view.shockedCount(),
                view.exposedCount(),
                d.nodeCount() - view.shockedCount(),
                view.countAtLeast(0.1),
                view.countAtLeast(0.5),
                view.countAtLeast(1 - 1e-6),
                view.result().iterations()));
    TextTable t =
        new TextTable()
            .column("Rank", Align.RIGHT)
            .column("Node", Align.LEFT, 24)
            .column("Name", Align.LEFT, 40)
            .column("Country", Align.LEFT)
            .column("Exposure", Align.RIGHT);
    int rank = 1;
    for (int v : view.top(top)) {
      t.row(
          List.of(
              Integer.toString(rank++),
              d.id(v),
              d.name(v),
              d.country(v),
              String.format(Locale.ROOT, "%.1f %%", 100 * view.result().exposure(v))));
    }
    b.append("Most exposed (outside the shocked set; equal exposures: largest buyer first)\n")
        .append(t.render());
    b.append(
        "\nExposure: the share of a node's purchased inputs, by amount, that comes from the"
            + " shocked set directly or through its suppliers' exposure.\nSources:\n");
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
