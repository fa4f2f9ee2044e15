package org.chokepoint.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.chokepoint.data.report.DependenceReportFormat;
import org.chokepoint.data.workspace.DependenceView;
import org.chokepoint.data.workspace.ProductSelectors;
import org.chokepoint.trade.DependenceQuery;
import org.chokepoint.trade.EuScreening;

/** {@code /api/v1/dependence}: what {@code chokepoint dependence} prints, as JSON or CSV. */
final class DependenceApi implements Capability {
  static final List<String> LISTS =
      List.of("jp-critical", "us-critical-minerals-2025", "eu-crm-2023");

  @Override
  public List<Route> routes(ApiContext c) {
    return List.of(
        Route.get("/api/v1/dependence", "dependence")
            .summary("Trade dependence of a perspective per product, with EU screening flags")
            .description(
                "Imports, exports, supplier concentration, concern share and the EU 2021"
                    + " strategic-dependency screening. Give `products` or `list`. Values in the"
                    + " trade source's unit; shares as fractions. Same as `chokepoint dependence`.")
            .param(Param.of("year", Param.Type.INTEGER, "Data year.").asRequired().example("2024"))
            .param(Groups.perspective())
            .param(Groups.concern())
            .param(
                Param.of(
                        "products",
                        Param.Type.LIST,
                        "Product selectors joined by commas; a code takes every code under it,"
                            + " `+` joins codes into one row.")
                    .example("hs:8112,hs:850511"))
            .param(
                Param.of("list", Param.Type.STRING, "A shipped product list instead of products.")
                    .allowed(LISTS))
            .param(Param.of("trend_from", Param.Type.INTEGER, "Report changes since this year."))
            .param(Param.of("dataset", Param.Type.STRING, "Trade dataset.").defaultValue("baci"))
            .param(
                Param.of("eu_hhi", Param.Type.NUMBER, "EU criterion 1 threshold.")
                    .defaultValue("0.4"))
            .param(
                Param.of("eu_extra_share", Param.Type.NUMBER, "EU criterion 2 threshold.")
                    .defaultValue("0.5"))
            .param(
                Param.of("eu_import_export", Param.Type.NUMBER, "EU criterion 3 threshold.")
                    .defaultValue("1"))
            .handler(r -> dependence(c, r)),
        Route.get("/api/v1/dependence/years", "dependence")
            .summary("Years of a trade dataset")
            .param(Param.of("dataset", Param.Type.STRING, "Trade dataset.").defaultValue("baci"))
            .jsonOnly()
            .handler(
                r -> {
                  Map<String, Object> o = new LinkedHashMap<>();
                  o.put("dataset", r.string("dataset"));
                  o.put("years", c.workspace().tradeYears(r.string("dataset")));
                  return new Reply(w -> Json.write(w, o), null, List.of(), "trade-years");
                }));
  }

  private static Reply dependence(ApiContext c, Request r) {
    List<String> products = r.list("products");
    String list = r.string("list");
    if (list != null && !products.isEmpty()) {
      throw new ApiException(
          Problem.of(
              Problem.Kind.INVALID_REQUEST,
              "give products or list, not both",
              List.of(new Problem.Error("list", "not with products"))));
    }
    if (list == null && products.isEmpty()) {
      throw new ApiException(
          Problem.of(
              Problem.Kind.INVALID_REQUEST,
              "give products (e.g. hs:8112) or list (e.g. jp-critical)",
              List.of(new Problem.Error("products", "required unless list is given"))));
    }
    List<String> selectors =
        list != null ? c.workspace().listSelectors(list) : ProductSelectors.normalise(products);
    Integer trendFrom = r.integer("trend_from");
    DependenceQuery query =
        new DependenceQuery(
            Groups.perspective(c, r),
            Groups.concern(c, r),
            r.integer("year"),
            selectors,
            trendFrom == null ? OptionalInt.empty() : OptionalInt.of(trendFrom),
            new EuScreening(
                r.number("eu_hhi"), r.number("eu_extra_share"), r.number("eu_import_export")));
    DependenceView view = c.workspace().dependence(query, r.string("dataset"));
    return new Reply(
        w -> DependenceReportFormat.writeJson(view, w),
        w -> DependenceReportFormat.writeCsv(view, w),
        view.sources(),
        "dependence-" + query.year());
  }
}
