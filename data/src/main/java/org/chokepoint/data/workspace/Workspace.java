package org.chokepoint.data.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.data.eto.EtoChipsDataset;
import org.chokepoint.data.iso.CountriesDataset;
import org.chokepoint.data.iso.CountriesImporter;
import org.chokepoint.data.lists.HsUsgsCrosswalk;
import org.chokepoint.data.lists.ProductLists;
import org.chokepoint.data.trade.TradeDataset;
import org.chokepoint.data.usgs.UsgsMcsDataset;
import org.chokepoint.data.usgs.UsgsMcsImporter;
import org.chokepoint.data.wgi.WgiDataset;
import org.chokepoint.data.wgi.WgiImporter;
import org.chokepoint.geo.Countries;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.geo.CountryGroups;
import org.chokepoint.governance.GovernanceIndicators;
import org.chokepoint.minerals.MineralProduction;
import org.chokepoint.minerals.MineralsQuery;
import org.chokepoint.minerals.MineralsReport;
import org.chokepoint.network.Chokepoint;
import org.chokepoint.network.Chokepoints;
import org.chokepoint.network.TechnologyNetwork;
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

  /**
   * EU supply risk for every material of the HS6 → USGS crosswalk the perspective trades, with the
   * same end-of-life recycling rate and substitution index for all (defaults 0 and 1).
   */
  public CriticalityView supplyRisk(
      CountryGroup perspective,
      CountryGroup concern,
      int year,
      String tradeDataset,
      double eolRir,
      double substitutionIndex) {
    return new Criticality(catalog, this)
        .supplyRisk(perspective, concern, year, tradeDataset, eolRir, substitutionIndex);
  }

  /** Japan's designation checklist for a product list's items or for product selectors. */
  public CriticalityView japanChecklist(
      CountryGroup perspective,
      CountryGroup concern,
      int year,
      String tradeDataset,
      Optional<String> listId,
      List<String> selectors) {
    return new Criticality(catalog, this)
        .japanChecklist(perspective, concern, year, tradeDataset, listId, selectors);
  }

  /**
   * Chokepoints of a technology network ({@code eto-chips}) for a perspective: (input, provider)
   * pairs whose loss alone cuts a product below {@code threshold}.
   */
  public ChokepointsView chokepoints(
      String network, CountryGroup perspective, CountryGroup concern, double threshold) {
    Dataset d = technologyDataset(network);
    TechnologyNetwork net = EtoChipsDataset.network(d);
    List<Chokepoint> rows = new Chokepoints(net).find(perspective, concern, threshold);
    return new ChokepointsView(
        network, perspective, concern, threshold, rows, net, List.of(d.provenance()));
  }

  /** A technology network ({@code eto-chips}) and its provenance. */
  public NetworkView technologyNetwork(String network) {
    Dataset d = technologyDataset(network);
    return new NetworkView(network, EtoChipsDataset.network(d), d.provenance());
  }

  private Dataset technologyDataset(String network) {
    Dataset d = catalog.getDataset(network);
    if (!EtoChipsDataset.isTechnologyNetwork(d)) {
      throw new IllegalArgumentException(
          network + " is not a technology network (import one with `data import eto-chips`)");
    }
    return d;
  }

  /** The product selectors of a shipped product list, such as {@code jp-critical}. */
  public List<String> listSelectors(String listId) {
    ProductLists lists = ProductLists.bundled();
    if (lists.findList(listId).isEmpty()) {
      throw new IllegalArgumentException(
          "unknown product list \""
              + listId
              + "\"; known lists: "
              + String.join(", ", lists.ids()));
    }
    return lists.getList(listId).hsCodes().stream().map(c -> "hs:" + c).toList();
  }

  /** Production of traded products from the USGS dataset through the HS6 → USGS crosswalk. */
  ProductionLookup usgsProduction() {
    return catalog
        .findDataset(UsgsMcsImporter.SOURCE)
        .<ProductionLookup>map(
            d -> new UsgsProduction(HsUsgsCrosswalk.bundled(), UsgsMcsDataset.worldProduction(d)))
        .orElse(ProductionLookup.NONE);
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
    List<Dependence> all = new DependenceAnalysis(flows, usgsProduction()).compute(query);
    List<Dependence> rows = all.stream().filter(Dependence::covered).toList();
    List<String> notCovered =
        all.stream().filter(d -> !d.covered()).map(Dependence::product).toList();
    List<Provenance> sources = new ArrayList<>(List.of(trade.provenance()));
    if (rows.stream().anyMatch(d -> d.production().isPresent())) {
      sources.add(catalog.getDataset(UsgsMcsImporter.SOURCE).provenance());
    }
    Optional<Dataset> countries = catalog.findDataset(CountriesImporter.SOURCE);
    countries.ifPresent(d -> sources.add(d.provenance()));
    return new DependenceView(
        query,
        rows,
        flows.valueUnit(),
        flows.quantityUnit(),
        descriptions,
        sources,
        countries.map(CountriesDataset::countries).orElse(Countries.none()),
        notCovered,
        trade.manifest().warnings());
  }

  /**
   * The overview: the critical products of a shipped list (or of every list) that the trade dataset
   * holds, ranked by {@code rankBy} (concern_share, hhi, production_concern_share or
   * production_hhi), at most {@code limit} of them. Year: the latest trade year when empty.
   */
  public OverviewView overview(
      CountryGroup perspective,
      CountryGroup concern,
      java.util.OptionalInt year,
      Optional<String> listId,
      String rankBy,
      int limit,
      String tradeDataset) {
    return new Overview(catalog, this)
        .compute(perspective, concern, year, listId, rankBy, limit, tradeDataset);
  }

  /** The figures {@link #overview} can rank by; the first is the default. */
  public static List<String> overviewRankings() {
    return Overview.RANK_BY;
  }

  /** The years with world production in the current USGS dataset, ascending. */
  public List<Integer> mineralYears() {
    return UsgsMcsDataset.worldProduction(catalog.getDataset(UsgsMcsImporter.SOURCE)).stream()
        .map(MineralProduction::year)
        .distinct()
        .sorted()
        .toList();
  }

  /** The years of a trade dataset ({@code baci} by default), ascending. */
  public List<Integer> tradeYears(String tradeDataset) {
    Dataset trade = catalog.getDataset(tradeDataset);
    if (!TradeDataset.isTrade(trade)) {
      throw new IllegalArgumentException(tradeDataset + " is not a trade dataset");
    }
    return List.copyOf(TradeDataset.flows(trade).years());
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
