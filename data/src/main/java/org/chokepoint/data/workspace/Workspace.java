package org.chokepoint.data.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.data.iso.CountriesDataset;
import org.chokepoint.data.iso.CountriesImporter;
import org.chokepoint.data.trade.TradeDataset;
import org.chokepoint.data.usgs.UsgsMcsDataset;
import org.chokepoint.data.usgs.UsgsMcsImporter;
import org.chokepoint.data.wgi.WgiDataset;
import org.chokepoint.data.wgi.WgiImporter;
import org.chokepoint.geo.Countries;
import org.chokepoint.geo.CountryGroups;
import org.chokepoint.governance.GovernanceIndicators;
import org.chokepoint.minerals.MineralProduction;
import org.chokepoint.minerals.MineralsQuery;
import org.chokepoint.minerals.MineralsReport;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.trade.Dependence;
import org.chokepoint.trade.DependenceAnalysis;
import org.chokepoint.trade.DependenceQuery;
import org.chokepoint.trade.ProductionLookup;
import org.chokepoint.trade.TradeFlows;

/** One data directory's datasets and country groups, and the analyses over them. */
public final class Workspace {
  private final DataCatalog catalog;
  private final CountryGroups groups;
  private final Importers importers;

  public Workspace(DataCatalog catalog, CountryGroups groups, Importers importers) {
    this.catalog = catalog;
    this.groups = groups;
    this.importers = importers;
  }

  public DataCatalog catalog() {
    return catalog;
  }

  public CountryGroups groups() {
    return groups;
  }

  public Importers importers() {
    return importers;
  }

  /** The product selectors of a shipped product list, such as {@code jp-critical}. */
  public List<String> listSelectors(String listId) {
    throw new IllegalArgumentException("product lists are not available yet: " + listId);
  }

  /**
   * Dependence of a perspective on its suppliers, from the trade dataset {@code tradeDataset}
   * ({@code baci} by default).
   */
  public DependenceView dependence(DependenceQuery query, String tradeDataset) {
    Dataset trade = catalog.getDataset(tradeDataset);
    if (!TradeDataset.isTrade(trade)) {
      throw new IllegalArgumentException(tradeDataset + " is not a trade dataset");
    }
    TradeFlows flows = TradeDataset.flows(trade);
    List<Integer> years = List.copyOf(flows.years());
    for (int y : List.of(query.year(), query.trendFrom().orElse(query.year()))) {
      if (!years.contains(y)) {
        throw new IllegalArgumentException(
            "no trade for "
                + y
                + " in "
                + trade.provenance().oneLine()
                + "; years available: "
                + years);
      }
    }
    Map<String, String> descriptions = new java.util.HashMap<>();
    trade
        .table(TradeDataset.PRODUCTS)
        .forEachRow(r -> descriptions.put(r.get("code"), r.get("description")));
    List<Dependence> rows = new DependenceAnalysis(flows, ProductionLookup.NONE).compute(query);
    List<Provenance> sources = new ArrayList<>(List.of(trade.provenance()));
    Optional<Dataset> countries = catalog.findDataset(CountriesImporter.SOURCE);
    countries.ifPresent(d -> sources.add(d.provenance()));
    return new DependenceView(
        query,
        rows,
        flows.valueUnit(),
        flows.quantityUnit(),
        descriptions,
        sources,
        countries.map(CountriesDataset::countries).orElse(Countries.none()));
  }

  /**
   * The critical-minerals concentration report from the current USGS dataset, weighted with the
   * current WGI dataset where there is one.
   */
  public MineralsView minerals(MineralsQuery query) {
    Dataset usgs = catalog.getDataset(UsgsMcsImporter.SOURCE);
    List<MineralProduction> production = UsgsMcsDataset.worldProduction(usgs);
    if (production.stream().noneMatch(p -> p.year() == query.year())) {
      throw new IllegalArgumentException(
          "no world production for "
              + query.year()
              + " in "
              + usgs.provenance().oneLine()
              + "; years available: "
              + production.stream().map(MineralProduction::year).distinct().sorted().toList());
    }
    List<Provenance> sources = new ArrayList<>();
    sources.add(usgs.provenance());
    Optional<Dataset> wgi = catalog.findDataset(WgiImporter.SOURCE);
    GovernanceIndicators governance =
        wgi.map(WgiDataset::indicators).orElse(GovernanceIndicators.empty());
    wgi.ifPresent(d -> sources.add(d.provenance()));
    Optional<Dataset> countries = catalog.findDataset(CountriesImporter.SOURCE);
    Countries names = countries.map(CountriesDataset::countries).orElse(Countries.none());
    countries.ifPresent(d -> sources.add(d.provenance()));
    MineralsReport.Result result = new MineralsReport(governance).compute(production, query);
    return new MineralsView(result, sources, names);
  }
}
