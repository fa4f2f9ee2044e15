package org.chokepoint.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;

/**
 * The firm-network computations as a Java user of JGraphT (1.5.2) would write them, for comparison
 * in the same run: the graph is a {@link DirectedWeightedPseudograph} (parallel links and
 * self-links allowed, as in the generic layout) with the node index as vertex; per-vertex state is
 * kept in arrays indexed by that vertex (kinder to JGraphT than maps); every walk over links goes
 * through the graph's API. Exposure uses JGraphT's strongly connected components and the same
 * method as the kernel (components upstream first, Gauss–Seidel inside a cycle, same tolerance).
 * JGraphT has no dominator algorithm; dominators are the iterative algorithm of Cooper, Harvey and
 * Kennedy (2001, "A simple, fast dominance algorithm") over the graph's API, which is also what
 * networkx implements.
 */
final class NetworkJGraphT {
  private NetworkJGraphT() {}

  /**
   * Reads the generic layout into a graph: ids of {@code nodes.csv} become 0, 1, 2… in file order;
   * {@code links.csv} is split on commas (the generated files quote no link field). Nothing is
   * validated and nothing is stored: this is the least a JGraphT user must do to get the graph.
   */
  static Graph<Integer, DefaultWeightedEdge> read(Path folder) {
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    Map<String, Integer> index = new HashMap<>();
    try (BufferedReader r =
        Files.newBufferedReader(folder.resolve("nodes.csv"), StandardCharsets.UTF_8)) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String id = line.substring(0, line.indexOf(','));
        int v = index.size();
        index.put(id, v);
        g.addVertex(v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (BufferedReader r =
        Files.newBufferedReader(folder.resolve("links.csv"), StandardCharsets.UTF_8)) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", -1);
        Graphs.addEdge(g, index.get(f[0]), index.get(f[1]), Double.parseDouble(f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return g;
  }

  /** The graph of links {@code supplier[i] → customer[i]}, nodes {@code 0..n-1}. */
  static Graph<Integer, DefaultWeightedEdge> of(
      int[] supplier, int[] customer, double[] amount, int n) {
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < n; v++) {
      g.addVertex(v);
    }
    for (int i = 0; i < supplier.length; i++) {
      Graphs.addEdge(g, supplier[i], customer[i], amount[i]);
    }
    return g;
  }

  /** Exposure to the shocked nodes; the same definition and tolerance as the kernel. */
  static double[] exposure(Graph<Integer, DefaultWeightedEdge> g, boolean[] shocked, double tol) {
    int n = g.vertexSet().size();
    List<Set<Integer>> sets = new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets();
    int[] comp = new int[n];
    for (int c = 0; c < sets.size(); c++) {
      for (int v : sets.get(c)) {
        comp[v] = c;
      }
    }
    // components in topological order (suppliers first), by Kahn's algorithm on the condensation
    int[] pending = new int[sets.size()];
    for (DefaultWeightedEdge e : g.edgeSet()) {
      int s = comp[g.getEdgeSource(e)];
      int t = comp[g.getEdgeTarget(e)];
      if (s != t) {
        pending[t]++;
      }
    }
    ArrayDeque<Integer> ready = new ArrayDeque<>();
    for (int c = 0; c < sets.size(); c++) {
      if (pending[c] == 0) {
        ready.add(c);
      }
    }
    double[] purchased = new double[n];
    for (int v = 0; v < n; v++) {
      for (DefaultWeightedEdge e : g.incomingEdgesOf(v)) {
        purchased[v] += g.getEdgeWeight(e);
      }
    }
    double[] x = new double[n];
    while (!ready.isEmpty()) {
      int c = ready.poll();
      Set<Integer> members = sets.get(c);
      int first = members.iterator().next();
      boolean cycle = members.size() > 1 || g.containsEdge(first, first);
      double change;
      do {
        change = 0;
        for (int v : members) {
          double next = shocked[v] ? 1 : 0;
          if (!shocked[v] && purchased[v] > 0) {
            double sum = 0;
            for (DefaultWeightedEdge e : g.incomingEdgesOf(v)) {
              sum += g.getEdgeWeight(e) * x[g.getEdgeSource(e)];
            }
            next = Math.min(1, sum / purchased[v]);
          }
          change = Math.max(change, Math.abs(next - x[v]));
          x[v] = next;
        }
      } while (cycle && change > tol);
      for (int v : members) {
        for (DefaultWeightedEdge e : g.outgoingEdgesOf(v)) {
          int t = comp[g.getEdgeTarget(e)];
          if (t != c && --pending[t] == 0) {
            ready.add(t);
          }
        }
      }
    }
    return x;
  }

  /**
   * Immediate dominators from a virtual root linked to every node without suppliers, by Cooper,
   * Harvey and Kennedy: -1 for the root, -2 for nodes no supply path reaches (as {@code
   * DominatorTree.immediateDominatorArray()}).
   */
  static int[] dominators(Graph<Integer, DefaultWeightedEdge> g) {
    int n = g.vertexSet().size();
    int root = n;
    // postorder numbers by an iterative depth-first search from the root
    int[] post = new int[n + 1];
    Arrays.fill(post, -1);
    int[] order = new int[n + 1]; // vertices by postorder number
    boolean[] seen = new boolean[n + 1];
    int count = 0;
    ArrayDeque<Object[]> stack = new ArrayDeque<>();
    for (int s = 0; s < n; s++) {
      if (g.inDegreeOf(s) > 0) {
        continue;
      }
      seen[s] = true;
      stack.push(new Object[] {s, g.outgoingEdgesOf(s).iterator()});
      while (!stack.isEmpty()) {
        Object[] top = stack.peek();
        @SuppressWarnings("unchecked")
        java.util.Iterator<DefaultWeightedEdge> it =
            (java.util.Iterator<DefaultWeightedEdge>) top[1];
        if (it.hasNext()) {
          int w = g.getEdgeTarget(it.next());
          if (!seen[w]) {
            seen[w] = true;
            stack.push(new Object[] {w, g.outgoingEdgesOf(w).iterator()});
          }
        } else {
          stack.pop();
          int v = (Integer) top[0];
          post[v] = count;
          order[count++] = v;
        }
      }
    }
    post[root] = count;
    int[] idom = new int[n + 1];
    Arrays.fill(idom, -1);
    idom[root] = root;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = count - 1; i >= 0; i--) { // reverse postorder, root excluded
        int v = order[i];
        int next = -1;
        if (g.inDegreeOf(v) == 0) {
          next = root;
        }
        for (DefaultWeightedEdge e : g.incomingEdgesOf(v)) {
          int p = g.getEdgeSource(e);
          if (idom[p] >= 0) {
            next = next < 0 ? p : intersect(p, next, idom, post);
          }
        }
        if (idom[v] != next) {
          idom[v] = next;
          changed = true;
        }
      }
    }
    int[] out = new int[n];
    for (int v = 0; v < n; v++) {
      out[v] = idom[v] < 0 ? -2 : idom[v] == root ? -1 : idom[v];
    }
    return out;
  }

  private static int intersect(int a, int b, int[] idom, int[] post) {
    while (a != b) {
      while (post[a] < post[b]) {
        a = idom[a];
      }
      while (post[b] < post[a]) {
        b = idom[b];
      }
    }
    return a;
  }
}
