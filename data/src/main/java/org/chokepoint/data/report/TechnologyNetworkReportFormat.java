package org.chokepoint.data.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.data.text.Decimals;
import org.chokepoint.data.workspace.NetworkView;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroups;
import org.chokepoint.network.Input;
import org.chokepoint.network.Provider;
import org.chokepoint.network.Provision;
import org.chokepoint.network.Removal;
import org.chokepoint.network.ResidualCapacity;
import org.chokepoint.network.TechnologyNetwork;
import org.chokepoint.network.UpstreamTree;

/**
 * Rows, CSV and JSON of {@code network tree} and {@code network residual} on a technology network
 * (eto-chips): the command line and the server both read them from here.
 */
public final class TechnologyNetworkReportFormat {
  public static final List<String> TREE_COLUMNS =
      List.of(
          "depth",
          "node",
          "name",
          "parent",
          "relation",
          "provider",
          "provider_country",
          "share",
          "year");

  public static final List<String> RESIDUAL_COLUMNS = List.of("node", "name", "residual_capacity");

  private TechnologyNetworkReportFormat() {}

  /** The upstream tree of a product: one row per (node, provider), or one per node without. */
  public record Tree(NetworkView view, String product, int depth, List<UpstreamTree.Node> nodes) {
    public List<List<String>> rows() {
      TechnologyNetwork net = view.network();
      return nodes.stream()
          .flatMap(
              n ->
                  (n.provisions().isEmpty()
                          ? Collections.<Provision>singletonList(null)
                          : n.provisions())
                      .stream().map(p -> treeRow(net, n, p)))
          .toList();
    }
  }

  /**
   * Residual capacity after a stop.
   *
   * @param rows node, name, residual capacity; lowest first
   * @param unknownShares inputs whose providers have no shares, counted as unaffected
   */
  public record Residual(
      NetworkView view, List<String> stop, List<List<String>> rows, Set<String> unknownShares) {}

  public static Tree tree(NetworkView view, String product, int depth) {
    if (depth < 0) {
      throw new IllegalArgumentException("depth: must be at least 0, was " + depth);
    }
    return new Tree(view, product, depth, UpstreamTree.of(view.network(), product, depth));
  }

  /**
   * What is left of each input and product when the named providers stop supplying.
   *
   * @param stop {@code country:ISO3}, {@code group:NAME} or {@code provider:ID} each
   * @param product report this input only, or null for every input below full capacity
   */
  public static Residual residual(
      NetworkView view, CountryGroups groups, List<String> stop, String product) {
    Set<CountryCode> countries = new LinkedHashSet<>();
    Set<String> providers = new LinkedHashSet<>();
    for (String s : stop) {
      String[] kv = s.strip().split(":", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException(
            "stop " + s + ": expected country:ISO3, group:NAME or provider:ID");
      }
      switch (kv[0]) {
        case "country" -> countries.add(CountryCode.of(kv[1]));
        case "group" -> countries.addAll(groups.resolve(kv[1]).members());
        case "provider" -> providers.add(view.network().getProvider(kv[1]).id());
        default -> throw new IllegalArgumentException("stop " + s + ": unknown kind " + kv[0]);
      }
    }
    ResidualCapacity.Result r =
        new ResidualCapacity(view.network())
            .compute(new Removal(countries, providers, Optional.empty()));
    List<List<String>> rows = new ArrayList<>();
    for (Input i : view.network().listInputs()) {
      if (product != null ? i.id().equals(product) : r.of(i.id()) < 1) {
        rows.add(List.of(i.id(), i.name(), Decimals.plain(r.of(i.id()))));
      }
    }
    if (product != null && rows.isEmpty()) {
      view.network().getInput(product); // says which id is unknown
    }
    rows.sort((a, b) -> Double.compare(Double.parseDouble(a.get(2)), Double.parseDouble(b.get(2))));
    return new Residual(view, List.copyOf(stop), rows, new TreeSet<>(r.unknownShares()));
  }

  private static List<String> treeRow(TechnologyNetwork net, UpstreamTree.Node n, Provision p) {
    Provider prov = p == null ? null : net.getProvider(p.providerId());
    return List.of(
        Integer.toString(n.depth()),
        n.id(),
        net.getInput(n.id()).name(),
        n.parent() == null ? "" : n.parent(),
        n.relation().name().toLowerCase(Locale.ROOT),
        prov == null ? "" : prov.id(),
        prov == null || prov.country() == null ? "" : prov.country().alpha3(),
        p == null || p.share().isEmpty() ? "" : Double.toString(p.share().getAsDouble()),
        p == null ? "" : Integer.toString(p.year()));
  }

  public static void writeTreeCsv(Tree tree, Writer out) {
    csv(out, TREE_COLUMNS, tree.rows());
  }

  public static void writeResidualCsv(Residual residual, Writer out) {
    csv(out, RESIDUAL_COLUMNS, residual.rows());
  }

  /**
   * The tree as JSON: the rows of the CSV (share and depth as numbers, provider fields null when a
   * node has none), with each provider's name and kind, and the sources.
   */
  public static void writeTreeJson(Tree tree, Writer out) {
    TechnologyNetwork net = tree.view().network();
    ObjectNode root = ReportJson.object();
    root.put("report", "network-tree");
    root.put("network", tree.view().name());
    root.put("product", tree.product());
    root.put("product_name", net.getInput(tree.product()).name());
    root.put("depth", tree.depth());
    ReportJson.sources(root, List.of(tree.view().source()));
    ArrayNode rows = root.putArray("rows");
    for (List<String> r : tree.rows()) {
      ObjectNode o = rows.addObject();
      o.put("depth", Integer.parseInt(r.get(0)));
      o.put("node", r.get(1));
      o.put("name", r.get(2));
      putText(o, "parent", r.get(3));
      o.put("relation", r.get(4));
      putText(o, "provider", r.get(5));
      if (r.get(5).isEmpty()) {
        o.putNull("provider_name");
        o.putNull("provider_kind");
      } else {
        Provider p = net.getProvider(r.get(5));
        o.put("provider_name", p.name());
        o.put("provider_kind", p.kind().name().toLowerCase(Locale.ROOT));
      }
      putText(o, "provider_country", r.get(6));
      if (r.get(7).isEmpty()) {
        o.putNull("share");
      } else {
        o.put("share", Double.parseDouble(r.get(7)));
      }
      if (r.get(8).isEmpty()) {
        o.putNull("year");
      } else {
        o.put("year", Integer.parseInt(r.get(8)));
      }
    }
    ReportJson.write(out, root);
  }

  /** The residual capacities as JSON, with the stop, the unknown-share inputs and the sources. */
  public static void writeResidualJson(Residual residual, Writer out) {
    ObjectNode root = ReportJson.object();
    root.put("report", "network-residual");
    root.put("network", residual.view().name());
    ArrayNode stop = root.putArray("stop");
    residual.stop().forEach(stop::add);
    ArrayNode unknown = root.putArray("unknown_shares");
    residual.unknownShares().forEach(unknown::add);
    ReportJson.sources(root, List.of(residual.view().source()));
    ArrayNode rows = root.putArray("rows");
    for (List<String> r : residual.rows()) {
      ObjectNode o = rows.addObject();
      o.put("node", r.get(0));
      o.put("name", r.get(1));
      o.put("residual_capacity", Double.parseDouble(r.get(2)));
    }
    ReportJson.write(out, root);
  }

  private static void putText(ObjectNode o, String field, String value) {
    if (value.isEmpty()) {
      o.putNull(field);
    } else {
      o.put(field, value);
    }
  }

  private static void csv(Writer out, List<String> columns, List<List<String>> rows) {
    CsvWriter csv = new CsvWriter(out);
    csv.row(columns);
    rows.forEach(csv::row);
    csv.flush();
  }
}
