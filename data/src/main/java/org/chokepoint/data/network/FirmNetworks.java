package org.chokepoint.data.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.iso.CountriesDataset;
import org.chokepoint.data.iso.CountriesImporter;
import org.chokepoint.geo.Countries;
import org.chokepoint.network.firm.DominatorTree;
import org.chokepoint.network.firm.Dominators;
import org.chokepoint.network.firm.Exposure;
import org.chokepoint.network.firm.ExposureResult;

/**
 * Firm networks of one data directory, as the surfaces use them: import a folder in the generic
 * layout, and run exposure and dominators on a stored network. Country codes are checked against
 * the catalog's {@code countries} dataset (imported, else the starter pack).
 */
public final class FirmNetworks {
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

  private final DataCatalog catalog;

  public FirmNetworks(DataCatalog catalog) {
    this.catalog = catalog;
  }

  /** Imports {@code folder} as dataset {@code name}; on failure the previous version stays. */
  public DatasetManifest importFolder(String name, Path folder, NetworkProgress progress) {
    Countries countries =
        catalog
            .findDataset(CountriesImporter.SOURCE)
            .map(CountriesDataset::countries)
            .orElse(Countries.none());
    return catalog.importDataset(
        new FirmNetworkImporter(countries, progress), folder, name, rows -> {});
  }

  /** A stored firm network; fails when the dataset is missing or of another kind. */
  public FirmNetworkData getNetwork(String name) {
    Dataset d = catalog.getDataset(name);
    if (!FirmNetworkDataset.isFirmNetwork(d)) {
      throw new IllegalArgumentException(
          name + " is not a firm network; import one with `chokepoint network import`");
    }
    return FirmNetworkDataset.read(d);
  }

  /**
   * Exposure of every node of network {@code name} to the shock: {@code country:ISO3} shocks every
   * node of that country, {@code node:ID} one node. A selector that matches no node is an error.
   */
  public ExposureView exposure(String name, List<String> shocks) {
    FirmNetworkData data = getNetwork(name);
    boolean[] shocked = shockedNodes(data, shocks);
    int count = 0;
    for (boolean s : shocked) {
      count += s ? 1 : 0;
    }
    ExposureResult result =
        new Exposure(data.network())
            .compute(
                shocked,
                Exposure.DEFAULT_TOLERANCE,
                Exposure.DEFAULT_MAX_ITERATIONS,
                Math.min(2, Runtime.getRuntime().availableProcessors()));
    return new ExposureView(
        data,
        shocks,
        shocked,
        count,
        result,
        Exposure.DEFAULT_TOLERANCE,
        List.of(data.provenance()));
  }

  /** The dominators of node {@code targetId} of network {@code name}, nearest first. */
  public DominatorsView dominators(String name, String targetId) {
    FirmNetworkData data = getNetwork(name);
    int target = data.getNode(targetId);
    DominatorTree tree = Dominators.of(data.network());
    List<DominatorsView.Dominator> list = new ArrayList<>();
    int[] doms = tree.listDominators(target);
    for (int i = 0; i < doms.length; i++) {
      list.add(new DominatorsView.Dominator(doms[i], i + 1, tree.dominatedCount(doms[i])));
    }
    return new DominatorsView(
        data,
        target,
        tree.isReachable(target),
        data.network().inDegree(target) > 0,
        list,
        List.of(data.provenance()));
  }

  static boolean[] shockedNodes(FirmNetworkData data, List<String> shocks) {
    if (shocks.isEmpty()) {
      throw new IllegalArgumentException("give at least one shock: country:ISO3 or node:ID");
    }
    boolean[] shocked = new boolean[data.nodeCount()];
    for (String shock : shocks) {
      String s = shock.strip();
      int colon = s.indexOf(':');
      String kind = colon < 0 ? "" : s.substring(0, colon).toLowerCase(Locale.ROOT);
      String value = colon < 0 ? "" : s.substring(colon + 1).strip();
      if (kind.equals("node") && !value.isEmpty()) {
        shocked[data.getNode(value)] = true;
      } else if (kind.equals("country")
          && ALPHA3.matcher(value.toUpperCase(Locale.ROOT)).matches()) {
        int[] nodes = data.listNodesOf(value.toUpperCase(Locale.ROOT));
        if (nodes.length == 0) {
          throw new IllegalArgumentException(
              "shock " + s + " matches no node of " + data.dataset());
        }
        for (int v : nodes) {
          shocked[v] = true;
        }
      } else {
        throw new IllegalArgumentException(
            "shock \"" + shock + "\" is not country:ISO3 (such as country:CHN) or node:ID");
      }
    }
    return shocked;
  }
}
