package org.chokepoint.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chokepoint.data.report.MineralsReportFormat;
import org.chokepoint.data.workspace.MineralsView;
import org.chokepoint.minerals.MineralsQuery;

/** {@code /api/v1/minerals}: what {@code chokepoint minerals} prints, as JSON or CSV. */
final class MineralsApi implements Capability {
  @Override
  public List<Route> routes(ApiContext c) {
    return List.of(
        Route.get("/api/v1/minerals", "minerals")
            .summary("World production concentration per mineral commodity and stage")
            .description(
                "HHI, CR1, CR3, top producer, concern and perspective shares and WGI-weighted HHI"
                    + " per commodity, stage and unit, from USGS Mineral Commodity Summaries."
                    + " Shares and indices are fractions. Same as `chokepoint minerals`.")
            .param(Param.of("year", Param.Type.INTEGER, "Data year.").asRequired().example("2025"))
            .param(Groups.perspective())
            .param(Groups.concern())
            .param(
                Param.of("commodity", Param.Type.STRING, "One commodity, e.g. Gallium.")
                    .example("Gallium"))
            .param(
                Param.of(
                        "critical_only",
                        Param.Type.BOOLEAN,
                        "Only commodities USGS lists as critical.")
                    .defaultValue("false"))
            .handler(r -> minerals(c, r)),
        Route.get("/api/v1/minerals/years", "minerals")
            .summary("Years with world production in the current USGS dataset")
            .jsonOnly()
            .handler(
                r -> {
                  List<Integer> years = c.workspace().mineralYears();
                  Map<String, Object> o = new LinkedHashMap<>();
                  o.put("years", years);
                  return new Reply(w -> Json.write(w, o), null, List.of(), "minerals-years");
                }));
  }

  private static Reply minerals(ApiContext c, Request r) {
    String commodity = r.string("commodity");
    MineralsQuery query =
        new MineralsQuery(
            r.integer("year"),
            Groups.perspective(c, r),
            Groups.concern(c, r),
            Optional.ofNullable(commodity),
            r.bool("critical_only"));
    MineralsView view = c.workspace().minerals(query);
    if (commodity != null && view.result().rows().isEmpty()) {
      throw ApiException.of(
          Problem.Kind.NOT_FOUND,
          "no production rows for commodity \""
              + Request.clip(commodity)
              + "\" in "
              + query.year());
    }
    return new Reply(
        w -> MineralsReportFormat.writeJson(view, w),
        w -> MineralsReportFormat.writeCsv(view, w),
        view.sources(),
        "minerals-" + query.year());
  }
}
