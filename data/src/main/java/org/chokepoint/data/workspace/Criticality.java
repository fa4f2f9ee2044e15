package org.chokepoint.data.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.data.lists.HsUsgsCrosswalk;
import org.chokepoint.data.lists.ProductList;
import org.chokepoint.data.lists.ProductLists;
import org.chokepoint.data.lists.UsgsLink;
import org.chokepoint.data.trade.TradeDataset;
import org.chokepoint.data.usgs.UsgsMcsDataset;
import org.chokepoint.data.usgs.UsgsMcsImporter;
import org.chokepoint.data.wgi.WgiDataset;
import org.chokepoint.data.wgi.WgiImporter;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.governance.GovernanceIndicators;
import org.chokepoint.minerals.MineralConcentration;
import org.chokepoint.minerals.MineralProduction;
import org.chokepoint.minerals.MineralsQuery;
import org.chokepoint.minerals.MineralsReport;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.trade.Dependence;
import org.chokepoint.trade.DependenceAnalysis;
import org.chokepoint.trade.DependenceQuery;
import org.chokepoint.trade.JapanDesignationChecklist;
import org.chokepoint.trade.SupplyRiskAssessment;
import org.chokepoint.trade.TradeFlows;

/**
 * The government criticality methods computed from the datasets: EU supply risk per material
 * (global supply from USGS world production, sourcing from the perspective's imports, both weighted
 * by WGI) and Japan's designation checklist per product.
 */
final class Criticality {
  private final DataCatalog catalog;
  private final Workspace workspace;

  Criticality(DataCatalog catalog, Workspace workspace) {
    this.catalog = catalog;
    this.workspace = workspace;
  }

  /** Everything both methods read, loaded once. */
  private final class Inputs {
    final Dataset trade;
    final TradeFlows flows;
    final Dataset usgs;
    final List<MineralProduction> production;
    final GovernanceIndicators wgi;
    final List<Provenance> sources = new ArrayList<>();
    final MineralsReport.Result minerals;
    final int wgiYear;

    Inputs(CountryGroup perspective, CountryGroup concern, int year, String tradeDataset) {
      trade = catalog.getDataset(tradeDataset);
      if (!TradeDataset.isTrade(trade)) {
        throw new IllegalArgumentException(tradeDataset + " is not a trade dataset");
      }
      flows = TradeDataset.flows(trade);
      if (!flows.years().contains(year)) {
        throw new IllegalArgumentException(
            "no trade for "
                + year
                + " in "
                + trade.provenance().oneLine()
                + "; years available: "
                + flows.years());
      }
      usgs = catalog.getDataset(UsgsMcsImporter.SOURCE);
      production = UsgsMcsDataset.worldProduction(usgs);
      Dataset w = catalog.getDataset(WgiImporter.SOURCE);
      wgi = WgiDataset.indicators(w);
      wgiYear =
          wgi.latestYearAtOrBefore(year)
              .orElseThrow(() -> new IllegalArgumentException("no WGI year at or before " + year));
      int usgsYear =
          production.stream()
              .mapToInt(MineralProduction::year)
              .filter(y -> y <= year)
              .max()
              .orElseThrow(
                  () -> new IllegalArgumentException("no USGS production at or before " + year));
      minerals =
          new MineralsReport(wgi)
              .compute(
                  production,
                  new MineralsQuery(usgsYear, perspective, concern, Optional.empty(), false));
      sources.add(trade.provenance());
      sources.add(usgs.provenance());
      sources.add(w.provenance());
    }

    Dependence dependence(
        CountryGroup perspective, CountryGroup concern, int year, String selector) {
      return new DependenceAnalysis(flows, workspace.usgsProduction())
          .compute(
              new DependenceQuery(
                  perspective, concern, year, List.of(selector), OptionalInt.empty(), null))
          .get(0);
    }

    OptionalDouble sourcingWgiHhi(Dependence d) {
      return d.imports() > 0
          ? d.suppliers().weightedHhi(c -> wgi.riskScore(c, wgiYear)).value()
          : OptionalDouble.empty();
    }

    Optional<MineralConcentration> upstream(String commodity, String stage) {
      return minerals.rows().stream()
          .filter(r -> r.commodity().equals(commodity) && r.stage().equals(stage))
          .findFirst();
    }
  }

  /**
   * EU supply risk for every material of the HS6 → USGS crosswalk that the perspective trades.
   *
   * @param eolRir end-of-life recycling input rate applied to every material (default 0)
   * @param substitutionIndex SI_SR applied to every material (default 1: no substitute)
   */
  CriticalityView supplyRisk(
      CountryGroup perspective,
      CountryGroup concern,
      int year,
      String tradeDataset,
      double eolRir,
      double substitutionIndex) {
    Inputs in = new Inputs(perspective, concern, year, tradeDataset);
    Set<String> traded = Set.copyOf(in.flows.products());
    Map<String, List<String>> codes = new TreeMap<>();
    Map<String, UsgsLink> links = new LinkedHashMap<>();
    for (UsgsLink l : HsUsgsCrosswalk.bundled().listLinks()) {
      if (traded.contains("hs:" + l.hs6())) {
        String key = l.commodity() + "\u0000" + l.stage();
        codes.computeIfAbsent(key, k -> new ArrayList<>()).add("hs:" + l.hs6());
        links.putIfAbsent(key, l);
      }
    }
    boolean usa = perspective.members().size() == 1 && perspective.contains(CountryCode.of("USA"));
    Map<String, UsgsMcsDataset.NetImportReliance> nir =
        usa ? UsgsMcsDataset.netImportReliance(in.usgs) : Map.of();
    List<SupplyRiskAssessment> rows = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : codes.entrySet()) {
      UsgsLink l = links.get(e.getKey());
      Dependence d = in.dependence(perspective, concern, year, String.join("+", e.getValue()));
      OptionalDouble global =
          in.upstream(l.commodity(), l.stage())
              .map(MineralConcentration::wgiHhi)
              .orElse(OptionalDouble.empty());
      double low = 0;
      double high = 1;
      String irSource = "unknown: no quantities or production; SR spans IR from 0 to 1";
      if (d.importReliance().isPresent()) {
        low = d.importReliance().getAsDouble();
        high = low;
        irSource = "trade quantities and USGS production";
      } else {
        UsgsMcsDataset.NetImportReliance n = latest(nir, l.commodity(), year);
        if (n != null && n.interval().isPresent()) {
          low = n.interval().get()[0];
          high = n.interval().get()[1];
          irSource =
              "USGS MCS US net import reliance "
                  + n.year()
                  + " \""
                  + n.text()
                  + "\" ("
                  + n.detail()
                  + ")";
        }
      }
      rows.add(
          new SupplyRiskAssessment(
              l.commodity(),
              l.stage(),
              year,
              e.getValue(),
              global,
              in.sourcingWgiHhi(d),
              low,
              high,
              irSource,
              eolRir,
              substitutionIndex,
              in.wgiYear));
    }
    return new CriticalityView(
        perspective, concern, year, rows, List.of(), in.flows.valueUnit(), in.sources);
  }

  private static UsgsMcsDataset.NetImportReliance latest(
      Map<String, UsgsMcsDataset.NetImportReliance> nir, String commodity, int year) {
    for (int y = year; y >= year - 5; y--) {
      UsgsMcsDataset.NetImportReliance n = nir.get(commodity + "|" + y);
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  /**
   * Japan's designation checklist for the items of a product list (one checklist per item, its HS
   * codes together) or for given product selectors.
   */
  CriticalityView japanChecklist(
      CountryGroup perspective,
      CountryGroup concern,
      int year,
      String tradeDataset,
      Optional<String> listId,
      List<String> selectors) {
    Inputs in = new Inputs(perspective, concern, year, tradeDataset);
    Map<String, String> items = new LinkedHashMap<>(); // selector -> description
    if (listId.isPresent()) {
      ProductList list = ProductLists.bundled().getList(listId.get());
      list.items().stream()
          .filter(i -> !i.hsCodes().isEmpty())
          .forEach(
              i ->
                  items.put(
                      String.join("+", i.hsCodes().stream().map(c -> "hs:" + c).toList()),
                      i.name() + (i.localName().isEmpty() ? "" : " / " + i.localName())));
    } else {
      Map<String, String> descriptions = new java.util.HashMap<>();
      in.trade
          .table(TradeDataset.PRODUCTS)
          .forEachRow(r -> descriptions.put(r.get("code"), r.get("description")));
      selectors.forEach(s -> items.put(s, descriptions.getOrDefault(s, "")));
    }
    HsUsgsCrosswalk crosswalk = HsUsgsCrosswalk.bundled();
    List<JapanDesignationChecklist.Checklist> out = new ArrayList<>();
    for (Map.Entry<String, String> item : items.entrySet()) {
      Dependence d = in.dependence(perspective, concern, year, item.getKey());
      Optional<MineralConcentration> upstream = Optional.empty();
      for (String part : item.getKey().split("\\+")) {
        if (part.matches("hs:\\d{6}")) {
          Optional<UsgsLink> l = crosswalk.findByHs6(part.substring(3));
          if (l.isPresent()) {
            upstream = in.upstream(l.get().commodity(), l.get().stage());
            break;
          }
        }
      }
      out.add(
          JapanDesignationChecklist.of(
              d, item.getValue(), in.sourcingWgiHhi(d), upstream, in.flows.valueUnit()));
    }
    return new CriticalityView(
        perspective, concern, year, List.of(), out, in.flows.valueUnit(), in.sources);
  }
}
