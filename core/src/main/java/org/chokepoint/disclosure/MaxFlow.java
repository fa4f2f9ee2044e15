package org.chokepoint.disclosure;

import java.util.Arrays;

/**
 * Dinic's maximum flow on doubles, with infinite capacities allowed. Arcs come in pairs ({@code a},
 * {@code a ^ 1}); residual capacity is {@code cap − flow}.
 */
final class MaxFlow {
  final int nodes;
  int arcs;
  int[] head;
  int[] next = new int[16];
  int[] to = new int[16];
  double[] cap = new double[16];
  double[] flow = new double[16];
  private final int[] level;
  private final int[] iter;
  private final int[] queue;
  private final double eps;

  MaxFlow(int nodes, double eps) {
    this.nodes = nodes;
    this.eps = eps;
    head = new int[nodes];
    Arrays.fill(head, -1);
    level = new int[nodes];
    iter = new int[nodes];
    queue = new int[nodes];
  }

  /** Adds u→v with capacity {@code forward} and its pair v→u with capacity {@code backward}. */
  int arc(int u, int v, double forward, double backward) {
    if (arcs + 2 > to.length) {
      int n = to.length * 2;
      next = Arrays.copyOf(next, n);
      to = Arrays.copyOf(to, n);
      cap = Arrays.copyOf(cap, n);
      flow = Arrays.copyOf(flow, n);
    }
    int a = arcs;
    add(a, u, v, forward);
    add(a + 1, v, u, backward);
    arcs += 2;
    return a;
  }

  private void add(int a, int u, int v, double c) {
    to[a] = v;
    cap[a] = c;
    flow[a] = 0;
    next[a] = head[u];
    head[u] = a;
  }

  void resetFlow() {
    Arrays.fill(flow, 0, arcs, 0);
  }

  private double residual(int a) {
    return cap[a] - flow[a];
  }

  /** Maximum flow from s to t, stopping once {@code limit} is reached; infinite when unbounded. */
  double run(int s, int t, double limit) {
    double total = 0;
    while (total < limit && bfs(s, t)) {
      System.arraycopy(head, 0, iter, 0, nodes);
      double f;
      while ((f = dfs(s, t, limit - total)) > eps) {
        if (f == Double.POSITIVE_INFINITY) {
          return f;
        }
        total += f;
        if (total >= limit) {
          break;
        }
      }
    }
    return total;
  }

  private boolean bfs(int s, int t) {
    Arrays.fill(level, -1);
    int qh = 0;
    int qt = 0;
    queue[qt++] = s;
    level[s] = 0;
    while (qh < qt) {
      int u = queue[qh++];
      for (int a = head[u]; a >= 0; a = next[a]) {
        if (level[to[a]] < 0 && residual(a) > eps) {
          level[to[a]] = level[u] + 1;
          queue[qt++] = to[a];
        }
      }
    }
    return level[t] >= 0;
  }

  private double dfs(int u, int t, double f) {
    if (u == t) {
      return f;
    }
    for (; iter[u] >= 0; iter[u] = next[iter[u]]) {
      int a = iter[u];
      int v = to[a];
      double r = residual(a);
      if (r > eps && level[v] == level[u] + 1) {
        double d = dfs(v, t, Math.min(f, r));
        if (d > eps) {
          if (d != Double.POSITIVE_INFINITY) {
            flow[a] += d;
            flow[a ^ 1] -= d;
          }
          return d;
        }
      }
    }
    return 0;
  }
}
