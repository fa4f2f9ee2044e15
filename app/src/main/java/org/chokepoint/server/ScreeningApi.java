package org.chokepoint.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.service.CatalogLists;
import org.chokepoint.screening.service.PairsReport;
import org.chokepoint.screening.service.ScreeningCsv;
import org.chokepoint.screening.service.ScreeningIndex;
import org.chokepoint.screening.service.ScreeningQuery;
import org.chokepoint.screening.service.ScreeningReportFormat;
import org.chokepoint.screening.service.ScreeningResult;
import org.chokepoint.screening.service.ScreeningService;
import org.chokepoint.workspace.policy.RouteAccess;

/**
 * {@code /api/v1/screen/...}: what {@code chokepoint screen name|names|pairs} print, as JSON or
 * CSV. The index of listed names is built once per server, on a background thread when first asked
 * for, and again when a list is imported; until it is ready the screening routes answer 503 with
 * {@code Retry-After}.
 */
final class ScreeningApi implements Capability {
  /** The largest uploaded CSV. */
  static final long MAX_BODY_BYTES = 1 << 20;

  /** The most rows of an uploaded CSV (a few seconds of screening on two cores). */
  static final int MAX_ROWS = 10_000;

  /** The longest name screened. */
  static final int MAX_NAME = 1_000;

  /** The most hits per name a request may ask for. */
  static final int MAX_LIMIT = 50;

  /** How long a request waits for the index before answering 503. */
  static final Duration WAIT = Duration.ofSeconds(2);

  static final List<String> SCHEMAS =
      List.of("Person", "Company", "Organization", "LegalEntity", "Vessel", "Aircraft");

  static final List<String> LIST_COLUMNS =
      List.of("dataset", "title", "entries", "source", "vintage", "licence", "citation");

  private final ScreeningIndex shared;

  /** Builds the index from the server's catalog, on first use. */
  ScreeningApi() {
    this(null);
  }

  /** Uses the given index (tests: a slow or failing build). */
  ScreeningApi(ScreeningIndex index) {
    this.shared = index;
  }

  @Override
  public List<Route> routes(ApiContext c) {
    ScreeningIndex index =
        shared != null
            ? shared
            : new ScreeningIndex(
                c.workspace().catalog(), c.screeningThresholds(), System.err::println);
    Param schema =
        Param.of(
                "schema",
                Param.Type.STRING,
                "Kind of party (default: any kind); a person never matches a vessel.")
            .allowed(SCHEMAS);
    Param lists =
        Param.of(
                "lists",
                Param.Type.LIST,
                "Lists to screen against, comma-separated dataset names (default: all; see"
                    + " /api/v1/screen/lists).")
            .example("ofac-sdn,eu-833");
    Param limit =
        Param.of("limit", Param.Type.INTEGER, "Most hits per name, 1 to " + MAX_LIMIT + ".")
            .defaultValue("5");
    return List.of(
        Route.get("/api/v1/screen/lists", "screening")
            .summary("The restricted-party lists available: source, vintage, licence, entries")
            .description(
                "Every dataset that is a restricted-party list. Asking for it also starts building"
                    + " the index of listed names, so that screening answers at once later.")
            .handler(r -> listing(c, index)),
        Route.get("/api/v1/screen/name", "screening")
            .access(RouteAccess.MEMBER)
            .summary("Screen one name: the listed entries it resembles, each with why")
            .description(
                "Hits from the review threshold up, best first, each with list, entry, score,"
                    + " decision, the words paired and an explanation. Same as `chokepoint screen"
                    + " name`. 503 with Retry-After while the index is being built.")
            .param(
                Param.of("name", Param.Type.STRING, "The name, in any script.")
                    .asRequired()
                    .example("АО Концерн Калашников"))
            .param(schema)
            .param(lists)
            .param(limit)
            .handler(r -> name(c, index, r)),
        Route.post("/api/v1/screen/names", "screening")
            .access(RouteAccess.MEMBER)
            .summary("Screen every row of an uploaded CSV (a supplier or customer list)")
            .description(
                "The body is a UTF-8 CSV with a header row and a column `name` (or `column`), and"
                    + " `schema` when present; other columns are passed through (raw text/csv, or"
                    + " multipart/form-data with the file in field `file`). Same as `chokepoint"
                    + " screen names`: the CSV has one row per hit, or one no-match row. At most"
                    + " 1 MiB and "
                    + String.format(Locale.ROOT, "%,d", MAX_ROWS)
                    + " rows. Nothing is stored.")
            .param(
                Param.of("column", Param.Type.STRING, "The column holding the names.")
                    .defaultValue("name"))
            .param(schema)
            .param(lists)
            .param(limit)
            .body("text/csv", "Names, one per row; at most 1 MiB.", MAX_BODY_BYTES)
            .handler(r -> names(c, index, r)),
        Route.post("/api/v1/screen/pairs", "screening")
            .access(RouteAccess.MEMBER)
            .summary("Compare two names per row of an uploaded CSV; no list used")
            .description(
                "The body is a UTF-8 CSV with columns `name1`, `name2` and optionally `schema`;"
                    + " other columns are passed through. The answer adds `score` and `decision`"
                    + " (and `explanation` with explain=true). Same as `chokepoint screen pairs`."
                    + " At most 1 MiB and "
                    + String.format(Locale.ROOT, "%,d", MAX_ROWS)
                    + " rows. Nothing is stored.")
            .param(
                Param.of("explain", Param.Type.BOOLEAN, "Add a column `explanation`.")
                    .defaultValue("false"))
            .body("text/csv", "Pairs of names, one per row; at most 1 MiB.", MAX_BODY_BYTES)
            .handler(r -> pairs(c, r)));
  }

  private static Reply listing(ApiContext c, ScreeningIndex index) {
    List<String> names = CatalogLists.available(c.workspace().catalog());
    List<DatasetManifest> manifests =
        c.workspace().catalog().listDatasets().stream()
            .filter(m -> names.contains(m.name()))
            .toList();
    index.warmUp();
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Provenance> sources = new ArrayList<>();
    for (DatasetManifest m : manifests) {
      Provenance p = m.provenance();
      sources.add(p);
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("dataset", p.dataset());
      o.put("title", m.title());
      o.put("entries", m.property("entries"));
      o.put("source", p.source());
      o.put("vintage", p.vintage());
      o.put("licence", p.licence());
      o.put("citation", p.citation());
      rows.add(o);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    Map<String, Object> thresholds = new LinkedHashMap<>();
    thresholds.put("match", c.screeningThresholds().match());
    thresholds.put("review", c.screeningThresholds().review());
    json.put("thresholds", thresholds);
    json.put("lists", rows);
    return new Reply(
        w -> Json.write(w, json),
        w -> {
          CsvWriter csv = new CsvWriter(w);
          csv.row(LIST_COLUMNS);
          for (Map<String, Object> o : rows) {
            csv.row(LIST_COLUMNS.stream().map(k -> String.valueOf(o.get(k))).toList());
          }
          csv.flush();
        },
        sources,
        "screening-lists");
  }

  private static Reply name(ApiContext c, ScreeningIndex index, Request r) {
    String name = r.string("name");
    if (name.length() > MAX_NAME) {
      throw invalid("name", "longer than " + MAX_NAME + " characters");
    }
    Set<String> selection = lists(c, r);
    ScreeningQuery query = new ScreeningQuery(name, schema(r), selection, limit(r));
    ScreeningService service = ready(index);
    ScreeningResult result = service.screen(query);
    List<ScreeningReportFormat.Row> rows =
        List.of(new ScreeningReportFormat.Row(List.of("name"), List.of(name), result));
    return reply(service, selection, rows, List.of("name"), "screening-name");
  }

  private static Reply names(ApiContext c, ScreeningIndex index, Request r) {
    Set<String> selection = lists(c, r);
    Schema fallback = schema(r);
    int limit = limit(r);
    List<CsvRecord> records;
    List<ScreeningQuery> queries;
    try {
      records = read(r);
      queries = ScreeningCsv.nameQueries(records, r.string("column"), fallback, selection, limit);
    } catch (ImportException e) {
      throw CriticalityApi.invalid(r.bodyName(), e);
    }
    ScreeningService service = ready(index);
    List<ScreeningResult> results = service.screenAll(queries, 0, n -> {});
    return reply(
        service,
        selection,
        ScreeningCsv.rows(records, results),
        records.get(0).fields(),
        "screening-" + base(r.bodyName()));
  }

  private static Reply pairs(ApiContext c, Request r) {
    PairsReport report;
    try {
      report = PairsReport.compare(read(r), c.screeningThresholds(), r.bool("explain"));
    } catch (ImportException e) {
      throw CriticalityApi.invalid(r.bodyName(), e);
    }
    return new Reply(report::writeJson, report::writeCsv, List.of(), "pairs-" + base(r.bodyName()));
  }

  private static Reply reply(
      ScreeningService service,
      Set<String> selection,
      List<ScreeningReportFormat.Row> rows,
      List<String> header,
      String fileName) {
    List<Provenance> used = service.lists(selection);
    return new Reply(
        w -> ScreeningReportFormat.writeJson(rows, service.thresholds(), used, w),
        w -> ScreeningReportFormat.writeCsv(header, rows, w),
        used,
        fileName);
  }

  /** The uploaded CSV, checked: UTF-8, a header, rows as wide as the header, not too many. */
  private static List<CsvRecord> read(Request r) {
    if (r.body().length == 0) {
      throw ApiException.of(
          Problem.Kind.INVALID_CONTENT, "the request body is empty; send a CSV with a header row");
    }
    return ScreeningCsv.read(r.body(), r.bodyName(), MAX_ROWS);
  }

  /** The index, or 503 with the seconds it should still take. */
  private static ScreeningService ready(ScreeningIndex index) {
    return index
        .await(WAIT)
        .orElseThrow(
            () -> {
              int seconds = (int) Math.ceil(index.expectedSeconds());
              return new ApiException(
                  Problem.of(
                      Problem.Kind.SERVICE_UNAVAILABLE,
                      "the index of listed names is being built (about "
                          + seconds
                          + " s more); retry then"),
                  Math.max(1, seconds));
            });
  }

  private static Set<String> lists(ApiContext c, Request r) {
    List<String> wanted = r.list("lists");
    if (wanted.isEmpty()) {
      return Set.of();
    }
    List<String> available = CatalogLists.available(c.workspace().catalog());
    List<String> unknown = wanted.stream().filter(w -> !available.contains(w)).toList();
    if (!unknown.isEmpty()) {
      throw invalid(
          "lists",
          "no list named "
              + String.join(", ", unknown.stream().map(Request::clip).toList())
              + "; available: "
              + String.join(", ", available));
    }
    return new LinkedHashSet<>(wanted);
  }

  private static Schema schema(Request r) {
    return ScreeningCsv.schema(r.string("schema"));
  }

  private static int limit(Request r) {
    int limit = r.integer("limit");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw invalid("limit", "must be from 1 to " + MAX_LIMIT);
    }
    return limit;
  }

  private static String base(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static ApiException invalid(String parameter, String message) {
    return new ApiException(
        Problem.of(
            Problem.Kind.INVALID_REQUEST,
            parameter + ": " + message,
            List.of(new Problem.Error(parameter, message))));
  }
}
