package org.chokepoint.data.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.data.lists.HsUsgsCrosswalk;
import org.chokepoint.data.lists.ProductList;
import org.chokepoint.data.lists.ProductLists;
import org.chokepoint.data.lists.UsgsLink;
import org.chokepoint.data.trade.TradeDataset;
import org.chokepoint.data.usgs.UsgsMcsDataset;
import org.chokepoint.data.usgs.UsgsMcsImporter;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.governance.GovernanceIndicators;
import org.chokepoint.minerals.MineralConcentration;
import org.chokepoint.minerals.MineralProduction;
import org.chokepoint.minerals.MineralsQuery;
import org.chokepoint.minerals.MineralsReport;
import org.chokepoint.trade.Dependence;
import org.chokepoint.trade.DependenceAnalysis;
import org.chokepoint.trade.DependenceQuery;
import org.chokepoint.trade.TradeFlows;

/**
 * The overview (docs/methods/overview.md): every product of the shipped critical lists that the
 * trade dataset holds, with the perspective's dependence on its suppliers and, through the HS6 →
 * USGS crosswalk, the world production concentration of the mineral it carries, ranked by one of
 * those figures. It combines the dependence and minerals analyses; it computes nothing of its own.
 */
final class Overview {
  /** The figures the rows can be ranked by; the first is the default. */
  static final List<String> RANK_BY =
      List.of("concern_share", "hhi", "production_concern_share", "production_hhi");

  private final DataCatalog catalog;
  private final Workspace workspace;

  Overview(DataCatalog catalog, Workspace workspace) {
    this.catalog = catalog;
    this.workspace = workspace;
  }

  OverviewView compute(
      CountryGroup perspective,
      CountryGroup concern,
      OptionalInt requestedYear,
      Optional<String> listId,
      String rankBy,
      int limit,
      String tradeDataset) {
    if (!RANK_BY.contains(rankBy)) {
      throw new IllegalArgumentException(
          "rank_by: \"" + rankBy + "\" is not one of " + String.join(", ", RANK_BY));
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit: must be at least 1");
    }
    Dataset trade = catalog.getDataset(tradeDataset);
    if (!TradeDataset.isTrade(trade)) {
      throw new IllegalArgumentException(tradeDataset + " is not a trade dataset");
    }
    TradeFlows flows = TradeDataset.flows(trade);
    int year = requestedYear.orElse(flows.years().isEmpty() ? 0 : flows.years().last());
    if (!flows.years().contains(year)) {
      throw new IllegalArgumentException(
          "no trade for "
              + year
              + " in "
              + trade.provenance().oneLine()
              + "; years available: "
              + flows.years());
    }
    // the products of the lists, each with the lists that name it
    ProductLists bundled = ProductLists.bundled();
    List<ProductList> lists =
        listId.isPresent() ? List.of(bundled.getList(listId.get())) : bundled.listLists();
    Map<String, List<String>> listed = new LinkedHashMap<>();
    for (String product : flows.products().stream().sorted().toList()) {
      String code = product.startsWith("hs:") ? product.substring(3) : product;
      for (ProductList l : lists) {
        if (l.hsCodes().stream().anyMatch(code::startsWith)) {
          listed.computeIfAbsent(product, k -> new ArrayList<>()).add(l.id());
        }
      }
    }
    List<Dependence> dependences =
        listed.isEmpty()
            ? List.of()
            : new DependenceAnalysis(flows, workspace.usgsProduction())
                    .compute(
                        new DependenceQuery(
                            perspective,
                            concern,
                            year,
                            List.copyOf(listed.keySet()),
                            OptionalInt.empty(),
                            null))
                    .stream()
                    .filter(Dependence::covered)
                    .toList();

    // world production of the minerals, for the latest USGS year at or before the trade year
    Optional<Dataset> usgs = catalog.findDataset(UsgsMcsImporter.SOURCE);
    OptionalInt productionYear = OptionalInt.empty();
    Map<String, MineralConcentration> minerals = new HashMap<>();
    if (usgs.isPresent()) {
      List<MineralProduction> production = UsgsMcsDataset.worldProduction(usgs.get());
      productionYear =
          production.stream().mapToInt(MineralProduction::year).filter(y -> y <= year).max();
      if (productionYear.isPresent()) {
        MineralsReport.Result result =
            new MineralsReport(GovernanceIndicators.empty())
                .compute(
                    production,
                    new MineralsQuery(
                        productionYear.getAsInt(), perspective, concern, Optional.empty(), false));
        for (MineralConcentration m : result.rows()) {
          minerals.putIfAbsent(m.commodity() + "\u0000" + m.stage(), m);
        }
      }
    }
    HsUsgsCrosswalk crosswalk = HsUsgsCrosswalk.bundled();
    Map<String, String> descriptions = new HashMap<>();
    trade
        .table(TradeDataset.PRODUCTS)
        .forEachRow(r -> descriptions.put(r.get("code"), r.get("description")));

    List<OverviewView.Row> unranked = new ArrayList<>();
    for (Dependence d : dependences) {
      String code = d.product().startsWith("hs:") ? d.product().substring(3) : d.product();
      Optional<UsgsLink> link = crosswalk.findByHs6(code);
      Optional<MineralConcentration> upstream =
          link.map(l -> minerals.get(l.commodity() + "\u0000" + l.stage()));
      unranked.add(
          new OverviewView.Row(
              0,
              d,
              descriptions.getOrDefault(d.product(), ""),
              listed.getOrDefault(d.product(), List.of()),
              upstream));
    }
    Function<OverviewView.Row, OptionalDouble> key = key(rankBy);
    List<OverviewView.Row> sorted =
        unranked.stream()
            .sorted(
                Comparator.comparing((OverviewView.Row r) -> key.apply(r).isPresent() ? 0 : 1)
                    .thenComparing(r -> key.apply(r).orElse(0), Comparator.reverseOrder())
                    .thenComparing(r -> r.dependence().imports(), Comparator.reverseOrder())
                    .thenComparing(r -> r.dependence().product()))
            .toList();
    List<OverviewView.Row> rows = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, sorted.size()); i++) {
      OverviewView.Row r = sorted.get(i);
      rows.add(
          new OverviewView.Row(i + 1, r.dependence(), r.description(), r.lists(), r.upstream()));
    }
    boolean anyUpstream = rows.stream().anyMatch(r -> r.upstream().isPresent());
    return new OverviewView(
        perspective,
        concern,
        year,
        productionYear,
        listId,
        rankBy,
        sorted.size(),
        rows,
        flows.valueUnit(),
        trade.provenance(),
        anyUpstream ? usgs.map(Dataset::provenance) : Optional.empty());
  }

  /** The figure a row is ranked by; rows without it go last. */
  static Function<OverviewView.Row, OptionalDouble> key(String rankBy) {
    return switch (rankBy) {
      case "concern_share" -> r -> r.dependence().concernShare();
      case "hhi" -> r -> r.dependence().hhi();
      case "production_concern_share" ->
          r -> r.upstream().map(MineralConcentration::concernShare).orElse(OptionalDouble.empty());
      case "production_hhi" ->
          r -> r.upstream().map(MineralConcentration::hhi).orElse(OptionalDouble.empty());
      default -> throw new IllegalArgumentException(rankBy);
    };
  }
}
