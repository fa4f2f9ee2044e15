package org.chokepoint.network;

import java.util.List;
import java.util.Objects;

/**
 * One firm's supplier map as it contributes it: the nodes of the generic network layout with an
 * optional enterprise-group id each, and the supplier → customer links with product and amount.
 * Small (one firm's view, not a national economy), so held as records. Immutable.
 *
 * @param nodes in file order: a link's supplier and customer are indices into this list
 * @param links in file order
 */
public record SupplierMap(List<Node> nodes, List<Link> links) {
  public SupplierMap {
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
    for (Link l : links) {
      if (l.supplier() < 0
          || l.supplier() >= nodes.size()
          || l.customer() < 0
          || l.customer() >= nodes.size()) {
        throw new IllegalArgumentException(
            "link " + l + " names a node outside 0.." + nodes.size());
      }
    }
  }

  /**
   * One node.
   *
   * @param country ISO 3166-1 alpha-3 code, or empty text when unknown or not applicable
   * @param group the enterprise group the legal entity belongs to, or empty text when undeclared
   */
  public record Node(String id, NodeKind kind, String name, String country, String group) {
    public Node {
      Objects.requireNonNull(id);
      Objects.requireNonNull(kind);
      name = name == null ? "" : name;
      country = country == null ? "" : country;
      group = group == null ? "" : group;
    }
  }

  /**
   * One link.
   *
   * @param product the input or product supplied, or empty text when not given
   * @param amount finite and non-negative
   */
  public record Link(int supplier, int customer, String product, double amount) {
    public Link {
      product = product == null ? "" : product;
      if (!(amount >= 0) || Double.isInfinite(amount)) {
        throw new IllegalArgumentException("amount must be finite and >= 0, not " + amount);
      }
    }
  }
}
