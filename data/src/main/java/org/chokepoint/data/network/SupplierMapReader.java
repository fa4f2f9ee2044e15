package org.chokepoint.data.network;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.geo.Countries;
import org.chokepoint.network.NodeKind;
import org.chokepoint.network.SupplierMap;

/**
 * Reads a firm's supplier map in the generic network layout from two uploaded files, with the same
 * readers, checks and messages as {@code chokepoint network import}
 * (docs/methods/firm-networks.md): {@code nodes.csv} ({@code id,kind,name,country}, optionally a
 * fifth column {@code group}, the enterprise-group id of each legal entity) and {@code links.csv}
 * ({@code supplier,customer,product,amount}). All or nothing: the first error is thrown as an
 * {@link ImportException} naming file, line, column and reason, and nothing is returned.
 */
public final class SupplierMapReader {
  /** The most nodes and links one contribution may hold. */
  public static final int MAX_NODES = 200_000;

  public static final int MAX_LINKS = 1_000_000;

  private final Countries countries;

  /**
   * @param countries the known ISO 3166-1 codes ({@link Countries#none()}: any three capital
   *     letters)
   */
  public SupplierMapReader(Countries countries) {
    this.countries = countries;
  }

  /** A reader checking country codes against the catalog's {@code countries} dataset. */
  public static SupplierMapReader forCatalog(org.chokepoint.data.catalog.DataCatalog catalog) {
    return new SupplierMapReader(
        catalog
            .findDataset(org.chokepoint.data.iso.CountriesImporter.SOURCE)
            .map(org.chokepoint.data.iso.CountriesDataset::countries)
            .orElse(Countries.none()));
  }

  /**
   * Reads both files.
   *
   * @param nodesName how messages name the nodes file, such as {@code nodes.csv}
   * @param linksName how messages name the links file
   */
  public SupplierMap read(String nodesName, byte[] nodes, String linksName, byte[] links) {
    List<SupplierMap.Node> out = new ArrayList<>();
    NodeReader reader = new NodeReader(countries, n -> {}, true);
    ByteIndex ids =
        reader.read(
            nodesName,
            nodes,
            values -> {
              if (out.size() == MAX_NODES) {
                throw ImportException.ofFile(nodesName, "more than " + MAX_NODES + " nodes");
              }
              out.add(
                  new SupplierMap.Node(
                      values.get(0),
                      NodeKind.valueOf(values.get(1).toUpperCase(Locale.ROOT)),
                      values.get(2),
                      values.get(3),
                      values.size() > 4 ? values.get(4) : ""));
            });
    ByteIndex products = new ByteIndex();
    List<SupplierMap.Link> linkList = new ArrayList<>();
    new LinkParser(linksName, nodesName, new ByteArrayInputStream(links), ids, products, n -> {})
        .run(
            (s, c, p, a) -> {
              if (linkList.size() == MAX_LINKS) {
                throw ImportException.ofFile(linksName, "more than " + MAX_LINKS + " links");
              }
              linkList.add(new SupplierMap.Link(s, c, p < 0 ? "" : products.key(p), a));
            });
    return new SupplierMap(out, linkList);
  }
}
