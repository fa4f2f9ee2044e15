package org.chokepoint.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.chokepoint.data.network.NetworkProgress;
import org.chokepoint.data.network.SyntheticFirmNetwork;
import org.chokepoint.data.network.SyntheticWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chokepoint network generate}: a SYNTHETIC firm network for tests and benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a SYNTHETIC firm network in the generic layout (nodes.csv, links.csv, README.txt),"
          + " shaped like the published Japanese inter-firm networks: heavy-tailed degrees"
          + " (exponents about 2.4), a skewed country mix, log-normal amounts.",
      "Not real data: for tests and benchmarks only. The same arguments give the same files."
    })
final class NetworkGenerateCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--firms",
      defaultValue = "1000000",
      description = "Firms (default: ${DEFAULT-VALUE}).")
  int firms;

  @Option(
      names = "--links",
      defaultValue = "5000000",
      description = "Links (default: ${DEFAULT-VALUE}).")
  int links;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Parameters(index = "0", paramLabel = "FOLDER", description = "Where to write the files.")
  Path folder;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    long start = System.nanoTime();
    NetworkProgress progress = NetworkCommand.progress(root.err());
    root.err().printf("generating a SYNTHETIC firm network: %,d firms, %,d links%n", firms, links);
    SyntheticFirmNetwork net = SyntheticFirmNetwork.generate(firms, links, seed, progress);
    SyntheticWriter.Summary s = SyntheticWriter.write(net, folder, progress);
    root.out()
        .printf(
            Locale.ROOT,
            "wrote a SYNTHETIC firm network (not real data) to %s in %s:%n"
                + "  %,d firms, %,d links, seed %d%n"
                + "  firms without suppliers %,d, without customers %,d, without links %,d%n"
                + "  largest degree: %,d suppliers, %,d customers;"
                + " exponents (degree >= 10): %.2f in, %.2f out%n"
                + "  largest strongly connected component: %,d firms; firms in JPN: %.1f %%%n"
                + "  see %s; import with: chokepoint network import NAME %s%n",
            folder,
            NetworkCommand.seconds(start),
            s.firms(),
            s.links(),
            s.seed(),
            s.withoutSuppliers(),
            s.withoutCustomers(),
            s.isolated(),
            s.maxInDegree(),
            s.maxOutDegree(),
            s.inExponent(),
            s.outExponent(),
            s.largestCycle(),
            100 * s.firstCountryShare(),
            folder.resolve("README.txt"),
            folder);
  }
}
