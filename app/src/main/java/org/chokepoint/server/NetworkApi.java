package org.chokepoint.server;

import java.util.List;
import org.chokepoint.data.network.DominatorsView;
import org.chokepoint.data.network.ExposureView;
import org.chokepoint.data.network.FirmNetworkFormats;
import org.chokepoint.data.network.FirmNetworks;
import org.chokepoint.data.report.TechnologyNetworkReportFormat;
import org.chokepoint.data.workspace.NetworkView;

/**
 * {@code /api/v1/network/...}: what {@code chokepoint network tree|residual|exposure|dominators}
 * print, as JSON or CSV. The network is a query parameter, as in {@code /api/v1/chokepoints}.
 */
final class NetworkApi implements Capability {
  /** Deepest tree a request may ask for; eto-chips is five levels deep. */
  static final int MAX_DEPTH = 12;

  @Override
  public List<Route> routes(ApiContext c) {
    Param technology =
        Param.of("network", Param.Type.STRING, "Technology network dataset.")
            .defaultValue("eto-chips")
            .example("eto-chips");
    Param firms =
        Param.of(
                "network", Param.Type.STRING, "Firm network dataset (`chokepoint network import`).")
            .asRequired()
            .example("magnets");
    return List.of(
        Route.get("/api/v1/network/tree", "network")
            .summary("Upstream tree of a product: inputs and kinds, with providers' shares")
            .description(
                "One row per (node, provider), or one per node without providers. Same as"
                    + " `chokepoint network tree`.")
            .param(technology)
            .param(
                Param.of("product", Param.Type.STRING, "Product or input id.")
                    .asRequired()
                    .example("N99"))
            .param(
                Param.of(
                        "depth",
                        Param.Type.INTEGER,
                        "Levels below the product, 0 to " + MAX_DEPTH + ".")
                    .defaultValue("3"))
            .handler(r -> tree(c, r)),
        Route.get("/api/v1/network/residual", "network")
            .summary("Residual capacity of every input when providers stop supplying")
            .description(
                "Inputs and products left below full capacity, lowest first (or the one named by"
                    + " `product`). Same as `chokepoint network residual`.")
            .param(technology)
            .param(
                Param.of(
                        "stop",
                        Param.Type.LIST,
                        "Who stops supplying: country:ISO3, group:NAME or provider:ID, comma"
                            + "-separated.")
                    .asRequired()
                    .example("country:CHN"))
            .param(Param.of("product", Param.Type.STRING, "Report this product or input only."))
            .handler(r -> residual(c, r)),
        Route.get("/api/v1/network/exposure", "network")
            .summary("Exposure of every node of a firm network to a shock")
            .description(
                "The share of each node's purchased inputs, by amount, that comes from the shocked"
                    + " set directly or through its suppliers' exposure; 1 for shocked nodes. Same"
                    + " as `chokepoint network exposure`.")
            .param(firms)
            .param(
                Param.of(
                        "shock",
                        Param.Type.LIST,
                        "Shocked nodes: country:ISO3 or node:ID, comma-separated.")
                    .asRequired()
                    .example("country:CHN"))
            .param(
                Param.of(
                        "min_exposure",
                        Param.Type.NUMBER,
                        "Only nodes with at least this exposure, in [0, 1].")
                    .defaultValue("0"))
            .handler(r -> exposure(c, r)),
        Route.get("/api/v1/network/dominators", "network")
            .summary("Dominators of a node of a firm network: the nodes every supply path passes")
            .description("Nearest first. Same as `chokepoint network dominators`.")
            .param(firms)
            .param(
                Param.of("target", Param.Type.STRING, "Node id.").asRequired().example("RECYCLER"))
            .handler(r -> dominators(c, r)));
  }

  private static Reply tree(ApiContext c, Request r) {
    int depth = r.integer("depth");
    if (depth < 0 || depth > MAX_DEPTH) {
      throw invalid("depth", "must be from 0 to " + MAX_DEPTH);
    }
    NetworkView view = c.workspace().technologyNetwork(r.string("network"));
    TechnologyNetworkReportFormat.Tree tree =
        TechnologyNetworkReportFormat.tree(view, r.string("product"), depth);
    return new Reply(
        w -> TechnologyNetworkReportFormat.writeTreeJson(tree, w),
        w -> TechnologyNetworkReportFormat.writeTreeCsv(tree, w),
        List.of(view.source()),
        "tree-" + r.string("product"));
  }

  private static Reply residual(ApiContext c, Request r) {
    NetworkView view = c.workspace().technologyNetwork(r.string("network"));
    TechnologyNetworkReportFormat.Residual residual =
        TechnologyNetworkReportFormat.residual(
            view, c.workspace().groups(), r.list("stop"), r.string("product"));
    return new Reply(
        w -> TechnologyNetworkReportFormat.writeResidualJson(residual, w),
        w -> TechnologyNetworkReportFormat.writeResidualCsv(residual, w),
        List.of(view.source()),
        "residual-" + view.name());
  }

  private static Reply exposure(ApiContext c, Request r) {
    double min = r.number("min_exposure");
    if (!(min >= 0 && min <= 1)) {
      throw invalid("min_exposure", "must be in [0, 1]");
    }
    ExposureView view = service(c).exposure(r.string("network"), r.list("shock"));
    return new Reply(
        w -> FirmNetworkFormats.writeExposureJson(view, min, w),
        w -> FirmNetworkFormats.writeExposureCsv(view, min, w),
        view.sources(),
        "exposure-" + r.string("network"));
  }

  private static Reply dominators(ApiContext c, Request r) {
    DominatorsView view = service(c).dominators(r.string("network"), r.string("target"));
    return new Reply(
        w -> FirmNetworkFormats.writeDominatorsJson(view, w),
        w -> FirmNetworkFormats.writeDominatorsCsv(view, w),
        view.sources(),
        "dominators-" + r.string("target"));
  }

  private static FirmNetworks service(ApiContext c) {
    return new FirmNetworks(c.workspace().catalog());
  }

  private static ApiException invalid(String parameter, String message) {
    return new ApiException(
        Problem.of(
            Problem.Kind.INVALID_REQUEST,
            parameter + ": " + message,
            List.of(new Problem.Error(parameter, message))));
  }
}
