package org.chokepoint.data.network;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import org.chokepoint.network.NodeKind;
import org.chokepoint.network.firm.FirmNetwork;
import org.chokepoint.provenance.Provenance;

/**
 * A stored firm network read back: the nodes' source ids, kinds, names and countries by index, the
 * links as a {@link FirmNetwork}, and where the data came from. Immutable.
 */
public final class FirmNetworkData {
  private final String dataset;
  private final String[] ids;
  private final NodeKind[] kinds;
  private final String[] names;
  private final String[] countries;
  private final FirmNetwork network;
  private final Provenance provenance;
  private final boolean synthetic;
  private Map<String, Integer> byId;

  FirmNetworkData(
      String dataset,
      String[] ids,
      NodeKind[] kinds,
      String[] names,
      String[] countries,
      FirmNetwork network,
      Provenance provenance,
      boolean synthetic) {
    this.dataset = dataset;
    this.ids = ids;
    this.kinds = kinds;
    this.names = names;
    this.countries = countries;
    this.network = network;
    this.provenance = provenance;
    this.synthetic = synthetic;
  }

  /** The catalog name of the dataset. */
  public String dataset() {
    return dataset;
  }

  public int nodeCount() {
    return ids.length;
  }

  /** The id of node {@code index} as in the source's {@code nodes.csv}. */
  public String id(int index) {
    return ids[index];
  }

  public NodeKind kind(int index) {
    return kinds[index];
  }

  public String name(int index) {
    return names[index];
  }

  /** The node's ISO 3166-1 alpha-3 code, or empty text when it has none. */
  public String country(int index) {
    return countries[index];
  }

  public FirmNetwork network() {
    return network;
  }

  public Provenance provenance() {
    return provenance;
  }

  /** Whether the data are SYNTHETIC (made by {@code network generate}). */
  public boolean synthetic() {
    return synthetic;
  }

  /** The index of the node with source id {@code id}. */
  public synchronized OptionalInt findNode(String id) {
    if (byId == null) {
      Map<String, Integer> m = new HashMap<>(ids.length * 2);
      for (int i = 0; i < ids.length; i++) {
        m.put(ids[i], i);
      }
      byId = m;
    }
    Integer i = byId.get(id);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** Like {@link #findNode} but fails naming the dataset. */
  public int getNode(String id) {
    OptionalInt i = findNode(id);
    if (i.isEmpty()) {
      throw new NoSuchElementException("no node \"" + id + "\" in firm network " + dataset);
    }
    return i.getAsInt();
  }

  /** The indices of the nodes of country {@code iso3}, in index order. */
  public int[] listNodesOf(String iso3) {
    return java.util.stream.IntStream.range(0, ids.length)
        .filter(i -> countries[i].equals(iso3))
        .toArray();
  }

  /** A node's country, if it has one. */
  public Optional<String> findCountry(int index) {
    return countries[index].isEmpty() ? Optional.empty() : Optional.of(countries[index]);
  }

  @Override
  public String toString() {
    return dataset + ": " + ids.length + " nodes, " + network.linkCount() + " links";
  }
}
