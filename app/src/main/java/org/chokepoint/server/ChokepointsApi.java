package org.chokepoint.server;

import java.util.List;
import org.chokepoint.data.report.ChokepointsReportFormat;
import org.chokepoint.data.workspace.ChokepointsView;

/** {@code /api/v1/chokepoints}: what {@code chokepoint chokepoints} prints, as JSON or CSV. */
final class ChokepointsApi implements Capability {
  @Override
  public List<Route> routes(ApiContext c) {
    return List.of(
        Route.get("/api/v1/chokepoints", "chokepoints")
            .summary("Single points of failure of a supply network, by holder")
            .description(
                "(input, provider) pairs whose loss alone cuts a product below the threshold:"
                    + " leverage held by the perspective, exposure to the concern group, others."
                    + " Same as `chokepoint chokepoints`.")
            .param(
                Param.of("network", Param.Type.STRING, "Network dataset.")
                    .defaultValue("eto-chips")
                    .example("eto-chips"))
            .param(Groups.perspective())
            .param(Groups.concern())
            .param(
                Param.of(
                        "threshold",
                        Param.Type.NUMBER,
                        "Residual capacity below which a loss counts, in (0, 1].")
                    .defaultValue("0.5"))
            .handler(r -> chokepoints(c, r)));
  }

  private static Reply chokepoints(ApiContext c, Request r) {
    double threshold = r.number("threshold");
    if (!(threshold > 0 && threshold <= 1)) {
      throw new ApiException(
          Problem.of(
              Problem.Kind.INVALID_REQUEST,
              "threshold: must be in (0, 1]",
              List.of(new Problem.Error("threshold", "must be in (0, 1]"))));
    }
    ChokepointsView view =
        c.workspace()
            .chokepoints(
                r.string("network"), Groups.perspective(c, r), Groups.concern(c, r), threshold);
    return new Reply(
        w -> ChokepointsReportFormat.writeJson(view, w),
        w -> ChokepointsReportFormat.writeCsv(view, w),
        view.sources(),
        "chokepoints-" + r.string("network"));
  }
}
