package org.chokepoint.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.report.ChokepointsReportFormat;
import org.chokepoint.data.workspace.ChokepointsView;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.workspace.contribution.PoolAggregator;
import org.chokepoint.workspace.contribution.PooledChokepoints;
import org.chokepoint.workspace.contribution.PooledService;
import org.chokepoint.workspace.contribution.PooledView;
import org.chokepoint.workspace.policy.RouteAccess;

/**
 * {@code /api/v1/pooled}: the pooled views of all current contributions, released under statistical
 * disclosure control. Who sees them is the access policy's decision (members of government
 * organisations and of contributing organisations); a release the disclosure audit refuses answers
 * 503 and nothing of the table leaves.
 */
final class PooledApi implements Capability {
  @Override
  public List<Route> routes(ApiContext c) {
    Param view =
        Param.of(
                "view",
                Param.Type.STRING,
                "country: (input, supplier country); supplier: (input, supplier).")
            .defaultValue("country")
            .allowed(List.of("country", "supplier"));
    return List.of(
        Route.get("/api/v1/pooled", "pooled")
            .summary("Pooled dependence of all contributions, small cells suppressed")
            .description(
                "Per input and supplier country (or supplier): contributing firms (enterprise"
                    + " groups), total amount and share of the input's total, with the concern"
                    + " and perspective countries marked. "
                    + PooledFormats.SUPPRESSION_NOTE
                    + " For members of government organisations and of organisations with a"
                    + " current contribution; 503 when the disclosure audit refuses the release.")
            .param(view)
            .param(Groups.perspective())
            .param(Groups.concern())
            .access(RouteAccess.MEMBER)
            .handler(r -> pooled(c, r)),
        Route.get("/api/v1/pooled/network", "pooled")
            .summary("The released country view as a network in the generic layout")
            .description(
                "CSV: nodes.csv (file=nodes) or links.csv (file=links) for `chokepoint network"
                    + " import`: supplier countries → inputs, amounts of published cells, and one"
                    + " SUPPRESSED node per input for what its suppressed cells hold together."
                    + " JSON: both tables.")
            .param(
                Param.of("file", Param.Type.STRING, "Which file of the layout, as CSV.")
                    .defaultValue("links")
                    .allowed(List.of("nodes", "links")))
            .access(RouteAccess.MEMBER)
            .handler(r -> network(c, r)),
        Route.get("/api/v1/pooled/chokepoints", "pooled")
            .summary("Chokepoints of the released country view: pooled evidence")
            .description(
                "Every (input, supplier country) whose loss alone leaves less than the threshold of"
                    + " the pooled firms' supply of the input; same columns as"
                    + " /api/v1/chokepoints. "
                    + PooledFormats.CHOKEPOINTS_NOTE
                    + " JSON lists the skipped inputs.")
            .param(Groups.perspective())
            .param(Groups.concern())
            .param(
                Param.of(
                        "threshold",
                        Param.Type.NUMBER,
                        "Share of the input's supply left below which a loss counts, in (0, 1].")
                    .defaultValue("0.5"))
            .access(RouteAccess.MEMBER)
            .handler(r -> chokepoints(c, r)));
  }

  private static PooledView release(ApiContext c, Request r, PoolAggregator.View view) {
    try {
      return c.workspaceServices()
          .await()
          .pooled()
          .view(r.caller().principal(), view, Groups.perspective(c, r), Groups.concern(c, r));
    } catch (PooledService.ReleaseRefused e) {
      throw ApiException.of(Problem.Kind.SERVICE_UNAVAILABLE, e.getMessage());
    }
  }

  private static Reply pooled(ApiContext c, Request r) {
    PooledView v = release(c, r, PoolAggregator.View.parse(r.string("view")));
    Map<String, Object> o = PooledFormats.json(v);
    return new Reply(
        w -> Json.write(w, o),
        w -> PooledFormats.writeCsv(v, w),
        List.of(PooledFormats.provenance(v)),
        "pooled-" + v.view().id());
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
    PooledView v = release(c, r, PoolAggregator.View.COUNTRY);
    CountryGroup perspective = Groups.perspective(c, r);
    CountryGroup concern = Groups.concern(c, r);
    PooledChokepoints.Result found = PooledChokepoints.find(v, perspective, concern, threshold);
    ChokepointsView view = PooledFormats.chokepoints(v, found, perspective, concern, threshold);
    return new Reply(
        w -> PooledFormats.writeChokepointsJson(view, found, w),
        w -> ChokepointsReportFormat.writeCsv(view, w),
        view.sources(),
        "pooled-chokepoints");
  }

  private static Reply network(ApiContext c, Request r) {
    PooledView v = release(c, r, PoolAggregator.View.COUNTRY);
    boolean nodes = r.string("file").equals("nodes");
    return new Reply(
        w -> {
          java.io.StringWriter n = new java.io.StringWriter();
          java.io.StringWriter l = new java.io.StringWriter();
          PooledFormats.writeNetworkNodes(v, n);
          PooledFormats.writeNetworkLinks(v, l);
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("nodes_csv", n.toString());
          o.put("links_csv", l.toString());
          o.put("note", PooledFormats.SUPPRESSION_NOTE);
          Json.write(w, o);
        },
        w -> {
          if (nodes) {
            PooledFormats.writeNetworkNodes(v, w);
          } else {
            PooledFormats.writeNetworkLinks(v, w);
          }
        },
        List.of(PooledFormats.provenance(v)),
        nodes ? "nodes" : "links");
  }
}
