package org.chokepoint.network.firm;

import java.util.OptionalInt;

/**
 * The immediate dominator of every node, from {@link Dominators}. The virtual root (linked to every
 * node without suppliers) is not a node: a node whose immediate dominator is the root has none in
 * the network. Immutable.
 */
public final class DominatorTree {
  /** {@link #immediateDominatorArray} entry of a node dominated by the virtual root only. */
  public static final int ROOT = -1;

  /** {@link #immediateDominatorArray} entry of a node that no supply path reaches. */
  public static final int UNREACHABLE = -2;

  private final int[] idom;
  private final int[] order;
  private int[] dominated;

  DominatorTree(int[] idom, int[] order) {
    this.idom = idom;
    this.order = order;
  }

  public int nodeCount() {
    return idom.length;
  }

  /** Whether a supply path from a node without suppliers reaches {@code node}. */
  public boolean isReachable(int node) {
    return idom[node] != UNREACHABLE;
  }

  /** Number of nodes some supply path reaches. */
  public int reachableCount() {
    return order.length;
  }

  /**
   * The immediate dominator of {@code node}; empty when only the virtual root dominates it (it has
   * no suppliers, or two independent supply paths reach it) or when it is unreachable.
   */
  public OptionalInt findImmediateDominator(int node) {
    int d = idom[node];
    return d >= 0 ? OptionalInt.of(d) : OptionalInt.empty();
  }

  /**
   * Every dominator of {@code node} other than itself and the virtual root, nearest first: element
   * {@code i} has depth {@code i + 1}. Empty for unreachable nodes.
   */
  public int[] listDominators(int node) {
    int depth = 0;
    for (int d = idom[node]; d >= 0; d = idom[d]) {
      depth++;
    }
    int[] out = new int[depth];
    int i = 0;
    for (int d = idom[node]; d >= 0; d = idom[d]) {
      out[i++] = d;
    }
    return out;
  }

  /**
   * Number of nodes that {@code node} dominates, itself excluded: the firms that lose every supply
   * path if it fails.
   */
  public int dominatedCount(int node) {
    return dominatedCounts()[node];
  }

  /** Immediate dominators by node, with {@link #ROOT} and {@link #UNREACHABLE}; a new array. */
  public int[] immediateDominatorArray() {
    return idom.clone();
  }

  private synchronized int[] dominatedCounts() {
    if (dominated == null) {
      int[] size = new int[idom.length];
      // depth-first order puts every dominator before the nodes it dominates
      for (int i = order.length - 1; i >= 0; i--) {
        int v = order[i];
        int d = idom[v];
        if (d >= 0) {
          size[d] += size[v] + 1;
        }
      }
      dominated = size;
    }
    return dominated;
  }
}
