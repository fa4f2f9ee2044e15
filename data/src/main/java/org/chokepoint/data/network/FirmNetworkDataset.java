package org.chokepoint.data.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chokepoint.data.catalog.ColumnTable;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.network.NodeKind;
import org.chokepoint.network.firm.FirmNetwork;

/** Reads a stored firm network (the tables {@link FirmNetworkImporter} writes) into memory. */
public final class FirmNetworkDataset {
  /** Manifest property naming what kind of dataset it is. */
  public static final String KIND = "kind";

  /** Value of {@link #KIND} for firm networks. */
  public static final String FIRM_NETWORK = "firm-network";

  static final String NODES = "nodes";
  static final String LINKS = "links";
  static final String PRODUCTS = "products";

  private FirmNetworkDataset() {}

  /** Whether {@code dataset} is a firm network. */
  public static boolean isFirmNetwork(Dataset dataset) {
    return FIRM_NETWORK.equals(dataset.manifest().property(KIND));
  }

  /** The nodes and links of a firm network dataset. */
  public static FirmNetworkData read(Dataset dataset) {
    if (!isFirmNetwork(dataset)) {
      throw new IllegalArgumentException(
          dataset.manifest().name()
              + " is not a firm network (manifest kind is \""
              + dataset.manifest().property(KIND)
              + "\")");
    }
    List<String> ids = new ArrayList<>();
    List<NodeKind> kinds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    Map<String, String> interned = new HashMap<>();
    dataset
        .table(NODES)
        .forEachRow(
            r -> {
              ids.add(r.get("id"));
              kinds.add(NodeKind.valueOf(r.get("kind").toUpperCase(Locale.ROOT)));
              names.add(r.get("name"));
              countries.add(interned.computeIfAbsent(r.get("country"), c -> c));
            });
    ColumnTable links = dataset.columnTable(LINKS);
    FirmNetwork network =
        FirmNetwork.of(
            links.ints("supplier"), links.ints("customer"), links.doubles("amount"), ids.size());
    return new FirmNetworkData(
        dataset.manifest().name(),
        ids.toArray(String[]::new),
        kinds.toArray(NodeKind[]::new),
        names.toArray(String[]::new),
        countries.toArray(String[]::new),
        network,
        dataset.provenance(),
        Boolean.parseBoolean(dataset.manifest().property("synthetic")));
  }
}
