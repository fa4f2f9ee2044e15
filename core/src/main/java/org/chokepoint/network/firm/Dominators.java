package org.chokepoint.network.firm;

import java.util.Arrays;

/**
 * The dominator tree of a supply network: node d dominates t when every supply path from a node
 * without suppliers to t passes through d. A virtual root is linked to every node without
 * suppliers, links run supplier → customer, and the tree is that of the virtual root (Lengauer and
 * Tarjan 1979, "A fast algorithm for finding dominators in a flowgraph", the simple version with
 * path compression: O(E log N), close to linear on supply networks). All arrays are indexed by
 * depth-first number; the depth-first search and the path compression use explicit stacks.
 *
 * <p>Nodes that no supply path reaches (a cycle without an entry, and everything only it supplies)
 * are marked unreachable and have no dominators: with no supply path the definition would hold
 * vacuously for every node, which says nothing.
 */
public final class Dominators {
  private Dominators() {}

  /** Computes the dominator tree of {@code network}. */
  public static DominatorTree of(FirmNetwork network) {
    int n = network.nodeCount();
    int[] inStart = network.inStart();
    int[] inSupplier = network.inSupplier();
    int[] outStart = network.outStart();
    int[] outCustomer = network.outCustomer();
    // depth-first numbering from the virtual root (number 0); node ids are 0..n-1
    int[] number = new int[n];
    Arrays.fill(number, -1);
    int[] vertex = new int[n + 1];
    int[] parent = new int[n + 1];
    vertex[0] = -1;
    int count = 1;
    int[] stack = new int[n];
    int[] cursor = new int[n];
    for (int s = 0; s < n; s++) {
      if (inStart[s + 1] != inStart[s]) {
        continue; // only nodes without suppliers hang off the root
      }
      number[s] = count;
      vertex[count] = s;
      parent[count++] = 0;
      int top = 0;
      stack[0] = s;
      cursor[0] = outStart[s];
      while (top >= 0) {
        int v = stack[top];
        int e = cursor[top];
        if (e == outStart[v + 1]) {
          top--;
          continue;
        }
        cursor[top] = e + 1;
        int w = outCustomer[e];
        if (number[w] < 0) {
          number[w] = count;
          vertex[count] = w;
          parent[count++] = number[v];
          stack[++top] = w;
          cursor[top] = outStart[w];
        }
      }
    }
    int[] idom = semiDominators(count, vertex, parent, number, inStart, inSupplier);
    int[] idomNode = new int[n];
    Arrays.fill(idomNode, DominatorTree.UNREACHABLE);
    for (int i = 1; i < count; i++) {
      idomNode[vertex[i]] = idom[i] == 0 ? DominatorTree.ROOT : vertex[idom[i]];
    }
    return new DominatorTree(idomNode, Arrays.copyOfRange(vertex, 1, count));
  }

  /** Steps 2 to 4 of Lengauer–Tarjan, on depth-first numbers; returns idom by number. */
  private static int[] semiDominators(
      int count, int[] vertex, int[] parent, int[] number, int[] inStart, int[] inSupplier) {
    int[] semi = new int[count];
    int[] label = new int[count];
    int[] ancestor = new int[count];
    int[] idom = new int[count];
    int[] bucketHead = new int[count];
    int[] bucketNext = new int[count];
    int[] path = new int[count];
    for (int i = 0; i < count; i++) {
      semi[i] = i;
      label[i] = i;
    }
    Arrays.fill(ancestor, -1);
    Arrays.fill(bucketHead, -1);
    for (int w = count - 1; w >= 1; w--) {
      int node = vertex[w];
      if (inStart[node + 1] == inStart[node]) {
        semi[w] = 0; // a node without suppliers: its only predecessor is the root
      }
      for (int k = inStart[node]; k < inStart[node + 1]; k++) {
        int v = number[inSupplier[k]];
        if (v < 0) {
          continue; // a supplier no supply path reaches
        }
        int u = eval(v, ancestor, label, semi, path);
        if (semi[u] < semi[w]) {
          semi[w] = semi[u];
        }
      }
      bucketNext[w] = bucketHead[semi[w]];
      bucketHead[semi[w]] = w;
      int p = parent[w];
      ancestor[w] = p;
      for (int v = bucketHead[p]; v >= 0; v = bucketNext[v]) {
        int u = eval(v, ancestor, label, semi, path);
        idom[v] = semi[u] < semi[v] ? u : p;
      }
      bucketHead[p] = -1;
    }
    for (int w = 1; w < count; w++) {
      if (idom[w] != semi[w]) {
        idom[w] = idom[idom[w]];
      }
    }
    return idom;
  }

  /** The vertex of least semidominator on the compressed path above {@code v}. */
  private static int eval(int v, int[] ancestor, int[] label, int[] semi, int[] path) {
    if (ancestor[v] < 0) {
      return v;
    }
    // compress: collect the path while the ancestor has an ancestor, then fix it top-down
    int top = 0;
    for (int x = v; ancestor[ancestor[x]] >= 0; x = ancestor[x]) {
      path[top++] = x;
    }
    while (top > 0) {
      int x = path[--top];
      int a = ancestor[x];
      if (semi[label[a]] < semi[label[x]]) {
        label[x] = label[a];
      }
      ancestor[x] = ancestor[a];
    }
    return label[v];
  }
}
