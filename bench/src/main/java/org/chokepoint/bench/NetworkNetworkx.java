package org.chokepoint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * networkx's {@code immediate_dominators} (Cooper, Harvey and Kennedy) on the same files, in a
 * separate Python process, as a Python user would run it: the CSV files read with the {@code csv}
 * module into a {@code DiGraph} keyed by the source ids, a virtual root linked to every node
 * without suppliers. Reports the load and the dominator times separately, and the process's peak
 * resident memory.
 */
final class NetworkNetworkx {
  /** What the Python side measured. */
  record Result(
      String version, double loadSeconds, double dominatorSeconds, double maxRssMb, Path idoms) {}

  static final String SCRIPT =
      """
      import csv, json, resource, sys, time
      import networkx as nx
      folder, out = sys.argv[1], sys.argv[2]
      t0 = time.perf_counter()
      G = nx.DiGraph()
      with open(folder + "/nodes.csv", newline="", encoding="utf-8") as f:
          r = csv.reader(f); next(r)
          G.add_nodes_from(row[0] for row in r)
      with open(folder + "/links.csv", newline="", encoding="utf-8") as f:
          r = csv.reader(f); next(r)
          G.add_edges_from((row[0], row[1]) for row in r)
      root = ("virtual root",)
      sources = [v for v, d in G.in_degree() if d == 0]
      G.add_edges_from((root, s) for s in sources)
      t1 = time.perf_counter()
      idom = nx.immediate_dominators(G, root)
      t2 = time.perf_counter()
      with open(out, "w", encoding="utf-8") as f:
          for v, d in idom.items():
              if v != root:
                  f.write(v + "," + ("" if d == root else d) + "\\n")
      # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so it would count the JVM
      rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
      try:
          with open("/proc/self/status") as f:
              rss = [int(l.split()[1]) / 1024 for l in f if l.startswith("VmHWM:")][0]
      except OSError:
          pass
      print(json.dumps({"version": nx.__version__, "load_s": t1 - t0, "dominators_s": t2 - t1,
                        "max_rss_mb": rss}))
      """;

  private NetworkNetworkx() {}

  /** Whether {@code python3} with networkx is installed. */
  static boolean available() {
    try {
      Process p = new ProcessBuilder("python3", "-c", "import networkx").start();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs the script on {@code folder}; immediate dominators go to a file in {@code work}. */
  static Result run(Path folder, Path work) {
    try {
      Path script = work.resolve("dominators.py");
      Path idoms = work.resolve("networkx-idoms.csv");
      Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
      Process p =
          new ProcessBuilder("python3", script.toString(), folder.toString(), idoms.toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("networkx failed with exit code " + p.exitValue());
      }
      Map<String, String> json = flatJson(out);
      return new Result(
          json.get("version"),
          Double.parseDouble(json.get("load_s")),
          Double.parseDouble(json.get("dominators_s")),
          Double.parseDouble(json.get("max_rss_mb")),
          idoms);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * networkx's immediate dominators as node indices ({@code -1} the root, {@code -2} unreachable),
   * given the id of each index.
   */
  static int[] idoms(Path file, List<String> ids) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    int[] out = new int[ids.size()];
    java.util.Arrays.fill(out, -2);
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int comma = line.indexOf(',');
        String d = line.substring(comma + 1);
        out[index.get(line.substring(0, comma))] = d.isEmpty() ? -1 : index.get(d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The values of a flat JSON object of strings and numbers. */
  private static Map<String, String> flatJson(String text) {
    Map<String, String> m = new HashMap<>();
    List<String> parts = new ArrayList<>(List.of(text.replaceAll("[{}\"]", "").split(",")));
    for (String part : parts) {
      int colon = part.indexOf(':');
      m.put(part.substring(0, colon).strip(), part.substring(colon + 1).strip());
    }
    return m;
  }
}
