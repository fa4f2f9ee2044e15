package org.chokepoint.cli;

import java.io.PrintStream;
import org.chokepoint.data.network.FirmNetworks;
import org.chokepoint.data.network.NetworkProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint network}: supply networks — the technology network's tree and residual
 * capacity, and firm networks at national scale (import, generate, exposure, dominators).
 */
@Command(
    name = "network",
    mixinStandardHelpOptions = true,
    description = {
      "Supply networks. Technology networks (eto-chips): the upstream tree of a product and the"
          + " capacity left when providers stop (docs/methods/supply-networks.md).",
      "Firm networks (who supplies whom, how much): import the generic layout, generate a"
          + " SYNTHETIC one, exposure to a shock, dominators of a firm"
          + " (docs/methods/firm-networks.md)."
    },
    subcommands = {
      UpstreamTreeCommand.class,
      ResidualCapacityCommand.class,
      NetworkImportCommand.class,
      NetworkGenerateCommand.class,
      NetworkExposureCommand.class,
      NetworkDominatorsCommand.class
    })
final class NetworkCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(ChokepointCommand.root(spec).out());
  }

  /** The firm-network service of the session's data directory. */
  static FirmNetworks service(ChokepointCommand root) {
    return new FirmNetworks(root.session().workspace().catalog());
  }

  /** Progress on standard error, at most once a second. */
  static NetworkProgress progress(PrintStream err) {
    long[] last = {System.nanoTime()};
    return (step, count) -> {
      long now = System.nanoTime();
      if (now - last[0] > 1_000_000_000L) {
        err.printf("  ... %s: %,d rows%n", step, count);
        last[0] = now;
      }
    };
  }

  /** Seconds since {@code start}, for messages. */
  static String seconds(long start) {
    return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
  }
}
