package org.chokepoint.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The upstream tree of a product to a given depth: the inputs it requires (complements) and the
 * kinds it comes in (substitutes), each with its providers' shares, depth first. An input reached
 * twice is listed each time (the tree shows every path) but not expanded below a repeat on the same
 * path, so cycles end.
 */
public final class UpstreamTree {
  private UpstreamTree() {}

  /** How a node hangs off its parent. */
  public enum Relation {
    ROOT,
    REQUIRES,
    KIND
  }

  /**
   * One line of the tree.
   *
   * @param depth 0 for the product itself
   * @param parent the node above, or empty for the root
   * @param provisions the node's provider rows, largest share first
   */
  public record Node(
      int depth, String id, String parent, Relation relation, List<Provision> provisions) {
    public Node {
      provisions = List.copyOf(provisions);
    }
  }

  public static List<Node> of(TechnologyNetwork network, String productId, int maxDepth) {
    network.getInput(productId);
    if (maxDepth < 0) {
      throw new IllegalArgumentException("depth must be >= 0");
    }
    List<Node> out = new ArrayList<>();
    walk(network, productId, "", Relation.ROOT, 0, maxDepth, new HashSet<>(), out);
    return out;
  }

  private static void walk(
      TechnologyNetwork net,
      String id,
      String parent,
      Relation relation,
      int depth,
      int maxDepth,
      Set<String> onPath,
      List<Node> out) {
    List<Provision> rows = new ArrayList<>(net.provisionsOf(id));
    rows.sort(
        Comparator.comparingDouble((Provision p) -> p.share().orElse(-1))
            .reversed()
            .thenComparing(Provision::providerId));
    out.add(new Node(depth, id, parent, relation, rows));
    if (depth == maxDepth || !onPath.add(id)) {
      return;
    }
    for (String req : net.requiredInputs(id)) {
      walk(net, req, id, Relation.REQUIRES, depth + 1, maxDepth, onPath, out);
    }
    for (String kind : net.typesOf(id)) {
      walk(net, kind, id, Relation.KIND, depth + 1, maxDepth, onPath, out);
    }
    onPath.remove(id);
  }
}
