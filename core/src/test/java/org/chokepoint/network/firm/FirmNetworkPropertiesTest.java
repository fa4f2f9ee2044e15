package org.chokepoint.network.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The kernels against their definitions, on random small networks with cycles, self-links, parallel
 * links, zero amounts and unreachable parts.
 */
class FirmNetworkPropertiesTest {
  private record Graph(int n, int[] s, int[] c, double[] a) {
    FirmNetwork network() {
      return FirmNetwork.of(s, c, a, n);
    }
  }

  private static Graph random(long seed) {
    Random rnd = new Random(seed);
    int n = 1 + rnd.nextInt(12);
    int m = rnd.nextInt(3 * n + 1);
    int[] s = new int[m];
    int[] c = new int[m];
    double[] a = new double[m];
    for (int i = 0; i < m; i++) {
      s[i] = rnd.nextInt(n);
      c[i] = rnd.nextInt(n);
      a[i] = rnd.nextInt(6) == 0 ? 0 : 1 + rnd.nextInt(9);
    }
    return new Graph(n, s, c, a);
  }

  /** d dominates t (d ≠ t) iff t is reachable from a source, and not once d is removed. */
  @Property(tries = 300)
  void dominatorsMatchTheNaiveDefinition(@ForAll long seed) {
    Graph g = random(seed);
    DominatorTree tree = Dominators.of(g.network());
    for (int t = 0; t < g.n(); t++) {
      boolean reachable = reachable(g, t, -1);
      assertThat(tree.isReachable(t)).isEqualTo(reachable);
      List<Integer> expected = new ArrayList<>();
      if (reachable) {
        for (int d = 0; d < g.n(); d++) {
          if (d != t && !reachable(g, t, d)) {
            expected.add(d);
          }
        }
      }
      List<Integer> actual = new ArrayList<>();
      for (int d : tree.listDominators(t)) {
        actual.add(d);
      }
      assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
      // nearest first: each listed dominator is dominated by the ones after it
      for (int i = 0; i + 1 < actual.size(); i++) {
        assertThat(tree.listDominators(actual.get(i))).contains(actual.get(i + 1));
      }
    }
  }

  /** Whether t is reachable from a node without suppliers, with {@code removed} taken out. */
  private static boolean reachable(Graph g, int t, int removed) {
    boolean[] hasSupplier = new boolean[g.n()];
    for (int c : g.c()) {
      hasSupplier[c] = true;
    }
    boolean[] seen = new boolean[g.n()];
    for (int v = 0; v < g.n(); v++) {
      seen[v] = !hasSupplier[v] && v != removed;
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int i = 0; i < g.s().length; i++) {
        int s = g.s()[i];
        int c = g.c()[i];
        if (seen[s] && !seen[c] && c != removed) {
          seen[c] = true;
          grew = true;
        }
      }
    }
    return seen[t];
  }

  /** Exposure equals plain Jacobi iteration from 0 run until nothing moves. */
  @Property(tries = 300)
  void exposureMatchesReferenceIteration(@ForAll long seed) {
    Graph g = random(seed);
    Random rnd = new Random(seed ^ 0x5DEECE66DL);
    boolean[] shocked = new boolean[g.n()];
    for (int v = 0; v < g.n(); v++) {
      shocked[v] = rnd.nextInt(4) == 0;
    }
    ExposureResult r = new Exposure(g.network()).compute(shocked, 1e-13, 1_000_000, 1);
    double[] reference = jacobi(g, shocked);
    assertThat(r.converged()).isTrue();
    for (int v = 0; v < g.n(); v++) {
      assertThat(r.exposure(v)).as("node %d", v).isCloseTo(reference[v], within(1e-9));
    }
  }

  private static double[] jacobi(Graph g, boolean[] shocked) {
    int n = g.n();
    double[] bought = new double[n];
    for (int i = 0; i < g.s().length; i++) {
      bought[g.c()[i]] += g.a()[i];
    }
    double[] e = new double[n];
    for (int v = 0; v < n; v++) {
      e[v] = shocked[v] ? 1 : 0;
    }
    for (int k = 0; k < 2_000_000; k++) {
      double[] next = new double[n];
      for (int v = 0; v < n; v++) {
        next[v] = shocked[v] ? 1 : 0;
      }
      for (int i = 0; i < g.s().length; i++) {
        int c = g.c()[i];
        if (!shocked[c] && bought[c] > 0) {
          next[c] += g.a()[i] / bought[c] * e[g.s()[i]];
        }
      }
      double change = 0;
      for (int v = 0; v < n; v++) {
        change = Math.max(change, Math.abs(next[v] - e[v]));
      }
      e = next;
      if (change < 1e-15) {
        break;
      }
    }
    return e;
  }

  /** Components are numbered so that a supplier's never comes after its customer's. */
  @Property(tries = 200)
  void componentsAreUpstreamFirst(@ForAll long seed) {
    Graph g = random(seed);
    StrongComponents sc = StrongComponents.of(g.network());
    for (int i = 0; i < g.s().length; i++) {
      assertThat(sc.componentOf(g.s()[i])).isLessThanOrEqualTo(sc.componentOf(g.c()[i]));
    }
    int total = 0;
    for (int k = 0; k < sc.count(); k++) {
      total += sc.size(k);
    }
    assertThat(total).isEqualTo(g.n());
  }
}
