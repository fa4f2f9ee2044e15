package org.chokepoint.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chokepoint.data.report.CriticalityReportFormat;
import org.chokepoint.data.report.SupplyRiskInputsFormat;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.workspace.CriticalityView;
import org.chokepoint.data.workspace.ProductSelectors;
import org.chokepoint.trade.EuSupplyRisk.Inputs;

/**
 * {@code /api/v1/criticality/...}: what {@code chokepoint criticality} prints for each method, and
 * EU supply risk recomputed from an uploaded CSV of published intermediate values.
 */
final class CriticalityApi implements Capability {
  /** The largest inputs CSV accepted: far above any published assessment (about 100 rows). */
  static final long MAX_INPUTS_BYTES = 1 << 20;

  @Override
  public List<Route> routes(ApiContext c) {
    return List.of(
        Route.get("/api/v1/criticality/eu-sr", "criticality")
            .summary("EU supply risk per material for a perspective")
            .description(
                "SR = [HHI_WGI,t(global) x IR/2 + HHI_WGI,t(sourcing) x (1 - IR/2)] x (1 -"
                    + " EoL_RIR) x SI_SR (European Commission 2017 methodology). Same as"
                    + " `chokepoint criticality --method eu-sr`.")
            .param(Param.of("year", Param.Type.INTEGER, "Trade year.").asRequired().example("2024"))
            .param(Groups.perspective())
            .param(Groups.concern())
            .param(Param.of("dataset", Param.Type.STRING, "Trade dataset.").defaultValue("baci"))
            .param(
                Param.of("eol_rir", Param.Type.NUMBER, "EoL-RIR for every material, in [0, 1].")
                    .defaultValue("0"))
            .param(
                Param.of("si_sr", Param.Type.NUMBER, "SI_SR for every material, in [0, 1].")
                    .defaultValue("1"))
            .handler(r -> supplyRisk(c, r)),
        Route.get("/api/v1/criticality/jp-checklist", "criticality")
            .summary("Japan's designation checklist per product")
            .description(
                "Per list item or product selector. Same as `chokepoint criticality --method"
                    + " jp-checklist`.")
            .param(Param.of("year", Param.Type.INTEGER, "Trade year.").asRequired().example("2024"))
            .param(Groups.perspective())
            .param(Groups.concern())
            .param(Param.of("dataset", Param.Type.STRING, "Trade dataset.").defaultValue("baci"))
            .param(
                Param.of("products", Param.Type.LIST, "Product selectors instead of a list.")
                    .example("hs:850511"))
            .param(
                Param.of("list", Param.Type.STRING, "Product list (default: jp-critical).")
                    .allowed(DependenceApi.LISTS))
            .handler(r -> checklist(c, r)),
        Route.post("/api/v1/criticality/eu-sr/inputs", "criticality")
            .summary("EU supply risk recomputed from published intermediate values")
            .description(
                "The body is a CSV with columns "
                    + String.join(",", SupplyRiskInputsFormat.INPUT_COLUMNS)
                    + " (raw text/csv, or multipart/form-data with the file in field `file`)."
                    + " Same as `chokepoint criticality --inputs FILE`. Nothing is stored.")
            .body(
                "text/csv",
                "Intermediate values, one material and stage per row; at most 1 MiB.",
                MAX_INPUTS_BYTES)
            .access(org.chokepoint.workspace.policy.RouteAccess.MEMBER)
            .handler(CriticalityApi::inputs));
  }

  private static Reply supplyRisk(ApiContext c, Request r) {
    double eolRir = r.number("eol_rir");
    double siSr = r.number("si_sr");
    unitInterval("eol_rir", eolRir);
    unitInterval("si_sr", siSr);
    CriticalityView view =
        c.workspace()
            .supplyRisk(
                Groups.perspective(c, r),
                Groups.concern(c, r),
                r.integer("year"),
                r.string("dataset"),
                eolRir,
                siSr);
    return reply(view, "criticality-eu-sr-" + r.integer("year"));
  }

  private static Reply checklist(ApiContext c, Request r) {
    List<String> products = r.list("products");
    String list = r.string("list");
    if (list != null && !products.isEmpty()) {
      throw new ApiException(
          Problem.of(
              Problem.Kind.INVALID_REQUEST,
              "give products or list, not both",
              List.of(new Problem.Error("list", "not with products"))));
    }
    CriticalityView view =
        c.workspace()
            .japanChecklist(
                Groups.perspective(c, r),
                Groups.concern(c, r),
                r.integer("year"),
                r.string("dataset"),
                products.isEmpty()
                    ? Optional.of(list == null ? "jp-critical" : list)
                    : Optional.empty(),
                ProductSelectors.normalise(products));
    return reply(view, "criticality-jp-checklist-" + r.integer("year"));
  }

  private static Reply reply(CriticalityView view, String name) {
    return new Reply(
        w -> CriticalityReportFormat.writeJson(view, w),
        w -> CriticalityReportFormat.writeCsv(view, w),
        view.sources(),
        name);
  }

  private static void unitInterval(String name, double v) {
    if (v < 0 || v > 1) {
      throw new ApiException(
          Problem.of(
              Problem.Kind.INVALID_REQUEST,
              name + ": must be in [0, 1]",
              List.of(new Problem.Error(name, "must be in [0, 1]"))));
    }
  }

  /** Parses the upload through the same reader as {@code --inputs FILE}; nothing is kept. */
  private static Reply inputs(Request r) {
    if (r.body().length == 0) {
      throw ApiException.of(
          Problem.Kind.INVALID_CONTENT,
          "the request body is empty; send a CSV with columns "
              + String.join(",", SupplyRiskInputsFormat.INPUT_COLUMNS));
    }
    List<Inputs> rows;
    try {
      Path dir = Files.createTempDirectory("chokepoint-upload");
      Path file = dir.resolve(r.bodyName());
      try {
        Files.write(file, r.body());
        rows = SupplyRiskInputsFormat.read(file);
      } catch (ImportException e) {
        throw invalid(r.bodyName(), e);
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Reply(
        w -> SupplyRiskInputsFormat.writeJson(rows, w),
        w -> SupplyRiskInputsFormat.writeCsv(rows, w),
        List.of(),
        "supply-risk");
  }

  /** An import error as a problem naming the uploaded file's name, line and column. */
  static ApiException invalid(String name, ImportException e) {
    StringBuilder where = new StringBuilder(name);
    if (e.line() > 0) {
      where.append(", line ").append(e.line());
    }
    if (e.column() > 0) {
      where.append(", column ").append(e.column());
    }
    return new ApiException(
        Problem.of(
            Problem.Kind.INVALID_CONTENT,
            where + ": " + e.reason(),
            List.of(new Problem.Error("body", where + ": " + e.reason()))));
  }
}
