package org.chokepoint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chokepoint.bench.NetworkMeasure.Timing;
import org.chokepoint.data.catalog.ColumnTable;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.network.FirmNetworkData;
import org.chokepoint.data.network.FirmNetworks;
import org.chokepoint.data.network.NetworkProgress;
import org.chokepoint.data.network.SyntheticFirmNetwork;
import org.chokepoint.data.network.SyntheticWriter;
import org.chokepoint.network.firm.DominatorTree;
import org.chokepoint.network.firm.Dominators;
import org.chokepoint.network.firm.Exposure;
import org.chokepoint.network.firm.ExposureResult;
import org.chokepoint.network.firm.FirmNetwork;

/**
 * End-to-end timer (not JMH: each step takes seconds, allocates hundreds of megabytes and is what a
 * user waits for) of the firm-network steps on a SYNTHETIC national-scale network, each compared in
 * the same run with JGraphT ({@link NetworkJGraphT}) and, with {@code --networkx}, networkx's
 * dominators ({@link NetworkNetworkx}): import of the generic layout, exposure to every Chinese
 * firm to convergence, and the dominator tree. Results are checked against each other before
 * timings are printed. Usage:
 *
 * <pre>
 * java -Xmx2g -cp bench/target/benchmarks.jar org.chokepoint.bench.NetworkBenchmark \
 *     [--firms 1000000] [--links 5000000] [--seed 1] [--runs 5] [--dir /tmp/chokepoint-network-bench]
 *     [--side chokepoint|jgrapht|both] [--networkx]
 * </pre>
 *
 * Targets on 2 cores: import ≤ 10 s, exposure ≤ 2 s, dominator tree ≤ 2 s, heap ≤ 2 GB. Results:
 * {@code docs/benchmarks.md}, section 3.
 */
public final class NetworkBenchmark {
  private final Map<String, String> opt;
  private final int runs;
  private final Path dir;
  private final Path folder;
  private final List<Timing> timings = new ArrayList<>();

  private NetworkBenchmark(Map<String, String> opt) {
    this.opt = opt;
    this.runs = Integer.parseInt(opt.getOrDefault("runs", "5"));
    this.dir = Path.of(opt.getOrDefault("dir", "/tmp/chokepoint-network-bench"));
    this.folder = dir.resolve("network");
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> opt = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String key = args[i].replaceFirst("^--", "");
      boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
      opt.put(key, flag ? "true" : args[++i]);
    }
    new NetworkBenchmark(opt).run();
  }

  private void run() throws IOException {
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "Java %s, %d processors, max heap %,d MB%n",
        System.getProperty("java.runtime.version"), rt.availableProcessors(), rt.maxMemory() >> 20);
    SyntheticFirmNetwork generated = generate();
    String side = opt.getOrDefault("side", "both");
    Object[] chokepointResults = null;
    if (!side.equals("jgrapht")) {
      chokepointResults = chokepoint(generated);
    }
    if (!side.equals("chokepoint")) {
      jgrapht(generated, chokepointResults);
    }
    if (opt.containsKey("networkx")) {
      networkx(chokepointResults);
    }
    System.out.println("\nSummary (SYNTHETIC network, wall-clock seconds):");
    timings.forEach(System.out::println);
  }

  /** Writes the network unless the folder already holds the same one. */
  private SyntheticFirmNetwork generate() throws IOException {
    int firms = Integer.parseInt(opt.getOrDefault("firms", "1000000"));
    int links = Integer.parseInt(opt.getOrDefault("links", "5000000"));
    long seed = Long.parseLong(opt.getOrDefault("seed", "1"));
    long start = System.nanoTime();
    SyntheticFirmNetwork net =
        SyntheticFirmNetwork.generate(firms, links, seed, NetworkProgress.NONE);
    Path readme = folder.resolve("README.txt");
    String expected =
        String.format(Locale.ROOT, "%,d firms, %,d links, seed %d.", firms, links, seed);
    if (!Files.exists(readme)
        || !Files.readString(readme).lines().findFirst().orElse("").contains(expected)) {
      SyntheticWriter.write(net, folder, NetworkProgress.NONE);
    }
    System.out.printf(
        "SYNTHETIC network in %s (generated and written in %.1f s, not measured):%n%s%n",
        folder,
        (System.nanoTime() - start) / 1e9,
        Files.readString(readme, StandardCharsets.UTF_8));
    return net;
  }

  /** The kernels: returns {exposure values, immediate dominators} for the cross-checks. */
  private Object[] chokepoint(SyntheticFirmNetwork generated) throws IOException {
    Object[] last = new Object[1];
    Path homes = dir.resolve("homes");
    int[] n = {0};
    timings.add(
        NetworkMeasure.time(
            "import, Chokepoint (parse, check, store)",
            1,
            Math.min(runs, 3),
            () -> {
              Path home = homes.resolve("h" + n[0]++);
              DataCatalog c = new DataCatalog(home, StarterPack.none(), Clock.systemUTC());
              return new FirmNetworks(c).importFolder("bench", folder, NetworkProgress.NONE);
            },
            last));
    Path home = homes.resolve("h" + (n[0] - 1));
    DataCatalog catalog = new DataCatalog(home, StarterPack.none(), Clock.systemUTC());
    long start = System.nanoTime();
    FirmNetworkData data = new FirmNetworks(catalog).getNetwork("bench");
    System.out.printf(
        "read back: %s in %.1f s (not a target)%n", data, (System.nanoTime() - start) / 1e9);
    boolean[] shocked = china(data);
    data = null; // only the links stay alive for the kernels
    ColumnTable links = catalog.getDataset("bench").columnTable("links");
    int[] s = links.ints("supplier");
    int[] c = links.ints("customer");
    double[] a = links.doubles("amount");
    links = null;
    Object[] keep = new Object[1];
    long bytes = NetworkMeasure.retained(() -> FirmNetwork.of(s, c, a, generated.firms()), keep);
    FirmNetwork net = (FirmNetwork) keep[0];
    System.out.printf("FirmNetwork retains %,d MB of heap%n", bytes >> 20);
    for (int threads : new int[] {1, 2}) {
      timings.add(
          NetworkMeasure.time(
              "exposure, Chokepoint, " + threads + " thread(s)",
              2,
              runs,
              () ->
                  new Exposure(net)
                      .compute(shocked, 1e-9, Exposure.DEFAULT_MAX_ITERATIONS, threads),
              last));
      ExposureResult r = (ExposureResult) last[0];
      System.out.printf(
          "  %d sweeps, converged %b, %,d firms exposed%n",
          r.iterations(), r.converged(), r.countAbove(0));
    }
    double[] exposure = ((ExposureResult) last[0]).values();
    timings.add(
        NetworkMeasure.time("dominator tree, Chokepoint", 2, runs, () -> Dominators.of(net), last));
    DominatorTree tree = (DominatorTree) last[0];
    System.out.printf(
        "  %,d firms reachable from a firm without suppliers%n", tree.reachableCount());
    deleteHomes(homes);
    return new Object[] {exposure, tree.immediateDominatorArray(), shocked};
  }

  private void jgrapht(SyntheticFirmNetwork generated, Object[] expected) {
    Object[] last = new Object[1];
    timings.add(
        NetworkMeasure.time(
            "import, JGraphT (parse into a graph only)",
            1,
            Math.min(runs, 3),
            () -> NetworkJGraphT.read(folder),
            last));
    last[0] = null;
    Object[] keep = new Object[1];
    long bytes =
        NetworkMeasure.retained(
            () ->
                NetworkJGraphT.of(
                    generated.suppliers(),
                    generated.customers(),
                    generated.amounts(),
                    generated.firms()),
            keep);
    @SuppressWarnings("unchecked")
    org.jgrapht.Graph<Integer, org.jgrapht.graph.DefaultWeightedEdge> g =
        (org.jgrapht.Graph<Integer, org.jgrapht.graph.DefaultWeightedEdge>) keep[0];
    System.out.printf("JGraphT graph retains %,d MB of heap%n", bytes >> 20);
    boolean[] shocked = new boolean[generated.firms()];
    for (int f = 0; f < shocked.length; f++) {
      shocked[f] = generated.country(f).equals("CHN");
    }
    int r = Math.min(runs, 3);
    timings.add(
        NetworkMeasure.time(
            "exposure, JGraphT", 1, r, () -> NetworkJGraphT.exposure(g, shocked, 1e-9), last));
    if (expected != null) {
      System.out.printf(
          "  largest difference from the kernel: %.2e%n",
          maxDiff((double[]) expected[0], (double[]) last[0]));
    }
    timings.add(
        NetworkMeasure.time(
            "dominator tree, JGraphT + Cooper-Harvey-Kennedy",
            1,
            r,
            () -> NetworkJGraphT.dominators(g),
            last));
    if (expected != null) {
      System.out.printf(
          "  same immediate dominators as the kernel: %b%n",
          java.util.Arrays.equals((int[]) expected[1], (int[]) last[0]));
    }
  }

  private void networkx(Object[] expected) throws IOException {
    if (!NetworkNetworkx.available()) {
      System.out.println("networkx: not installed (python3 -c 'import networkx' failed); skipped");
      return;
    }
    NetworkNetworkx.Result r = NetworkNetworkx.run(folder, Files.createDirectories(dir));
    System.out.printf(
        Locale.ROOT,
        "networkx %s: load %.1f s, immediate_dominators %.1f s, peak resident memory %,.0f MB%n",
        r.version(),
        r.loadSeconds(),
        r.dominatorSeconds(),
        r.maxRssMb());
    timings.add(
        new Timing(
            "dominator tree, networkx (load not counted)", new double[] {r.dominatorSeconds()}, 0));
    if (expected != null) {
      List<String> lines = Files.readAllLines(folder.resolve("nodes.csv"), StandardCharsets.UTF_8);
      List<String> ids = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        ids.add(line.substring(0, line.indexOf(',')));
      }
      System.out.printf(
          "  same immediate dominators as the kernel: %b%n",
          java.util.Arrays.equals((int[]) expected[1], NetworkNetworkx.idoms(r.idoms(), ids)));
    }
  }

  private static boolean[] china(FirmNetworkData data) {
    boolean[] shocked = new boolean[data.nodeCount()];
    for (int v : data.listNodesOf("CHN")) {
      shocked[v] = true;
    }
    return shocked;
  }

  private static double maxDiff(double[] a, double[] b) {
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.abs(a[i] - b[i]));
    }
    return max;
  }

  private static void deleteHomes(Path homes) {
    try (var s = Files.walk(homes)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
