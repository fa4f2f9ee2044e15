package org.chokepoint.disclosure;

/**
 * The exact audit of a one- or two-dimensional table with margins as a circulation: a node per row
 * and column plus a source S and sink T; interior cell (i,j) is the arc row i → column j, row
 * margin S → row i, column margin column j → T, the grand total T → S (one dimension: cells S → T,
 * total T → S). Every margin equation is flow conservation at a node, so the tables consistent with
 * the published cells are the non-negative circulations with the published arcs fixed. From a
 * feasible circulation x0, the largest value of arc e = (u,v) is x0(e) plus the maximum flow from v
 * to u in the residual network without e; the least is x0(e) minus the maximum flow from u to v (at
 * most x0(e)).
 */
final class FlowAudit {
  private FlowAudit() {}

  /**
   * Fills {@code lower} and {@code upper} for every unknown cell.
   *
   * @throws IllegalArgumentException when no non-negative table fits the published cells
   */
  static void audit(
      TableGrid g, double[] value, boolean[] unknown, double eps, double[] lower, double[] upper) {
    int n = g.dimCount();
    int rows = g.size[0] - 1;
    int cols = n == 2 ? g.size[1] - 1 : 0;
    int nodes = 2 + rows + cols;
    int[] from = new int[g.cellCount];
    int[] into = new int[g.cellCount];
    double[] balance = new double[nodes]; // known inflow − known outflow
    int unknownCount = 0;
    for (int c = 0; c < g.cellCount; c++) {
      int u;
      int v;
      if (n == 1) {
        boolean total = g.coord(c, 0) == g.total(0);
        u = total ? 1 : 0;
        v = total ? 0 : 1;
      } else {
        int i = g.coord(c, 0);
        int j = g.coord(c, 1);
        boolean ti = i == rows;
        boolean tj = j == cols;
        u = ti ? (tj ? 1 : 2 + rows + j) : (tj ? 0 : 2 + i);
        v = ti ? (tj ? 0 : 1) : (tj ? 2 + i : 2 + rows + j);
      }
      from[c] = u;
      into[c] = v;
      if (unknown[c]) {
        unknownCount++;
      } else {
        balance[v] += value[c];
        balance[u] -= value[c];
      }
    }
    if (unknownCount == 0) {
      return;
    }
    // A feasible circulation: unknown arcs must carry each node's known imbalance.
    MaxFlow feas = new MaxFlow(nodes + 2, eps * 1e-3);
    int[] arcOf = new int[g.cellCount];
    for (int c = 0; c < g.cellCount; c++) {
      if (unknown[c]) {
        arcOf[c] = feas.arc(from[c], into[c], Double.POSITIVE_INFINITY, 0);
      }
    }
    double need = 0;
    for (int v = 0; v < nodes; v++) {
      if (balance[v] > 0) {
        feas.arc(nodes, v, balance[v], 0);
        need += balance[v];
      } else if (balance[v] < 0) {
        feas.arc(v, nodes + 1, -balance[v], 0);
      }
    }
    double got = feas.run(nodes, nodes + 1, Double.POSITIVE_INFINITY);
    if (got < need - eps) {
      throw new IllegalArgumentException(
          "no non-negative table fits the published cells (margins inconsistent by "
              + (need - got)
              + ")");
    }
    // Residual network of the feasible circulation: forward arcs unbounded, backward x0.
    MaxFlow res = new MaxFlow(nodes, eps * 1e-3);
    int[] resArc = new int[g.cellCount];
    double[] x0 = new double[g.cellCount];
    for (int c = 0; c < g.cellCount; c++) {
      if (unknown[c]) {
        x0[c] = Math.max(0, feas.flow[arcOf[c]]);
        resArc[c] = res.arc(from[c], into[c], Double.POSITIVE_INFINITY, x0[c]);
      }
    }
    for (int c = 0; c < g.cellCount; c++) {
      if (!unknown[c]) {
        continue;
      }
      int a = resArc[c];
      double capF = res.cap[a];
      double capB = res.cap[a ^ 1];
      res.cap[a] = 0;
      res.cap[a ^ 1] = 0;
      res.resetFlow();
      double up = res.run(into[c], from[c], Double.POSITIVE_INFINITY);
      res.resetFlow();
      double down = x0[c] > 0 ? res.run(from[c], into[c], x0[c]) : 0;
      res.cap[a] = capF;
      res.cap[a ^ 1] = capB;
      upper[c] = up == Double.POSITIVE_INFINITY ? up : x0[c] + up;
      lower[c] = Math.max(0, x0[c] - Math.min(down, x0[c]));
    }
  }
}
