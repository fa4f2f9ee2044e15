package org.chokepoint.data.network;

import java.util.List;
import org.chokepoint.provenance.Provenance;

/**
 * The dominators of one node of a firm network, nearest first, for the surfaces.
 *
 * @param target the node's index
 * @param reachable whether any supply path from a node without suppliers reaches the target; when
 *     not, no dominators are listed
 * @param hasSuppliers whether the target has suppliers (a node without has no dominators)
 * @param dominators depth 1 (the immediate dominator) first; the virtual root is not listed
 */
public record DominatorsView(
    FirmNetworkData data,
    int target,
    boolean reachable,
    boolean hasSuppliers,
    List<Dominator> dominators,
    List<Provenance> sources) {
  public DominatorsView {
    dominators = List.copyOf(dominators);
    sources = List.copyOf(sources);
  }

  /**
   * One dominator of the target.
   *
   * @param depth 1 for the immediate dominator, 2 for its immediate dominator, and so on
   * @param dominated how many nodes in all lose every supply path if this node fails
   */
  public record Dominator(int node, int depth, int dominated) {}
}
