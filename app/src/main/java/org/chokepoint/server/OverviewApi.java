package org.chokepoint.server;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.chokepoint.data.report.OverviewReportFormat;
import org.chokepoint.data.workspace.OverviewView;
import org.chokepoint.data.workspace.Workspace;

/**
 * {@code /api/v1/overview}: the most concentrated critical products for a perspective and concern
 * group, a small answer (at most {@value #MAX_LIMIT} rows) for the overview page. Answers are kept
 * by the server's answer cache like every GET.
 */
final class OverviewApi implements Capability {
  static final int MAX_LIMIT = 200;

  @Override
  public List<Route> routes(ApiContext c) {
    return List.of(
        Route.get("/api/v1/overview", "overview")
            .summary("The most concentrated critical products for a perspective and concern group")
            .description(
                "Every product of the shipped critical lists (or of one) that the trade dataset"
                    + " holds: the perspective's imports, supplier HHI, top supplier and concern"
                    + " share with the EU screening flag (trade dataset), and the world production"
                    + " HHI, top producer and concern share of the mineral it carries (USGS, HS6 →"
                    + " USGS crosswalk), ranked by `rank_by`. Each row names the dataset and"
                    + " vintage of its figures. Shares and indices are fractions.")
            .param(Groups.perspective())
            .param(Groups.concern())
            .param(Param.of("year", Param.Type.INTEGER, "Trade year; default the latest."))
            .param(
                Param.of("list", Param.Type.STRING, "One shipped list; default every list.")
                    .allowed(DependenceApi.LISTS))
            .param(
                Param.of("rank_by", Param.Type.STRING, "The figure to rank by.")
                    .allowed(Workspace.overviewRankings())
                    .defaultValue(Workspace.overviewRankings().get(0)))
            .param(
                Param.of("limit", Param.Type.INTEGER, "How many rows, 1 to " + MAX_LIMIT + ".")
                    .defaultValue("20"))
            .param(Param.of("dataset", Param.Type.STRING, "Trade dataset.").defaultValue("baci"))
            .handler(r -> overview(c, r)));
  }

  private static Reply overview(ApiContext c, Request r) {
    int limit = r.integer("limit");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ApiException(
          Problem.of(
              Problem.Kind.INVALID_REQUEST,
              "limit: must be from 1 to " + MAX_LIMIT,
              List.of(new Problem.Error("limit", "must be from 1 to " + MAX_LIMIT))));
    }
    Integer year = r.integer("year");
    OverviewView view =
        c.workspace()
            .overview(
                Groups.perspective(c, r),
                Groups.concern(c, r),
                year == null ? OptionalInt.empty() : OptionalInt.of(year),
                Optional.ofNullable(r.string("list")),
                r.string("rank_by"),
                limit,
                r.string("dataset"));
    return new Reply(
        w -> OverviewReportFormat.writeJson(view, w),
        w -> OverviewReportFormat.writeCsv(view, w),
        view.sources(),
        "overview-" + view.year());
  }
}
