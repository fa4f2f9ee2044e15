package org.chokepoint.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.chokepoint.data.mrio.MrioFolderWriter;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.inputoutput.IoResult;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.simulation.BuiltinTables;
import org.chokepoint.simulation.IoIim;
import org.chokepoint.simulation.IoTables;
import org.chokepoint.simulation.Scenario;
import org.chokepoint.simulation.ScenarioExamples;
import org.chokepoint.simulation.ScenarioException;
import org.chokepoint.simulation.Simulation;
import org.chokepoint.simulation.SimulationJobs;
import org.chokepoint.workspace.policy.AccessPolicy;
import org.chokepoint.workspace.policy.RouteAccess;

/**
 * {@code /api/v1/simulate}, {@code /api/v1/jobs/{id}} and {@code /api/v1/scenarios/...}: what
 * {@code chokepoint simulate} runs, as background jobs. A scenario sent to the server names a
 * built-in table ({@code table: {dataset: NAME}}), never a path on the server. At most {@link
 * SimulationJobs#DEFAULT_RUNNING} jobs run at a time and the last {@link
 * SimulationJobs#DEFAULT_KEPT} are kept with their results.
 */
final class SimulationApi implements Capability {
  /** The largest scenario accepted. */
  static final long MAX_SCENARIO_BYTES = 256 << 10;

  /** The longest horizon the server runs (ten years; the command line takes up to 36,500 days). */
  static final int MAX_HORIZON = 3_650;

  private final SimulationJobs jobs;
  private final AccessPolicy policy = new AccessPolicy();

  SimulationApi() {
    this(new SimulationJobs(SimulationJobs.DEFAULT_RUNNING, SimulationJobs.DEFAULT_KEPT));
  }

  SimulationApi(SimulationJobs jobs) {
    this.jobs = jobs;
  }

  @Override
  public List<Route> routes(ApiContext c) {
    return List.of(
        Route.post("/api/v1/simulate", "simulation")
            .access(RouteAccess.MEMBER)
            .summary("Run a disruption scenario (ARIO or the firm-level model) in the background")
            .description(
                "The body is a scenario as `chokepoint simulate` reads it (docs/methods/ario.md,"
                    + " \"Scenarios\"), YAML or JSON, naming a built-in table with `table:"
                    + " {dataset: NAME}` (see /api/v1/scenarios/tables), or for `model: firm` a"
                    + " built-in network with `network: {dataset: NAME}`; paths on the server are"
                    + " refused. Answers 202 Accepted with the job and `Location:"
                    + " /api/v1/jobs/{id}`. Mistakes are 422 problems whose `errors` name the"
                    + " field, with line and column. At most "
                    + SimulationJobs.DEFAULT_RUNNING
                    + " jobs run at a time; the last "
                    + SimulationJobs.DEFAULT_KEPT
                    + " are kept, and 503 answers when all kept jobs are still running.")
            .body(
                "text/yaml, application/yaml, application/json",
                "The scenario (YAML or JSON).",
                MAX_SCENARIO_BYTES)
            .jsonOnly()
            .accepted()
            .handler(r -> submit(c, r)),
        Route.get("/api/v1/jobs/{id}", "simulation")
            .access(RouteAccess.MEMBER)
            .summary("A scenario job: state, progress, and when done the summary and time series")
            .description(
                "state is queued, running, done or failed; progress is day k of N. When done, the"
                    + " summary and the daily time series as `chokepoint simulate` writes them"
                    + " (summary.json, timeseries.json); `format=csv` gives timeseries.csv.")
            .param(Param.path("id", Param.Type.STRING, "Job id, from POST /api/v1/simulate."))
            .handler(r -> job(r)),
        Route.get("/api/v1/scenarios/examples", "simulation")
            .summary("The example scenarios shipped in the jar, with their YAML")
            .handler(r -> examples()),
        Route.get("/api/v1/io/analyze", "simulation")
            .summary(
                "A table of the input-output analysis of a built-in table (x, Z, Y, A, B, L, G)")
            .description(
                "As `chokepoint io analyze` computes them (docs/methods/input-output.md, pymrio's"
                    + " definitions); CSV is the file the command writes (pymrio's layout), JSON the"
                    + " same numbers with row and column labels.")
            .param(tableParam())
            .param(
                Param.of("matrix", Param.Type.STRING, "Which table.")
                    .defaultValue("L")
                    .allowed(MrioFolderWriter.TOP_LEVEL))
            .handler(r -> analyze(r)),
        Route.get("/api/v1/io/iim", "simulation")
            .summary("Inoperability input-output model on a built-in table, static or dynamic")
            .description(
                "As `chokepoint io iim` (docs/methods/iim.md): static q = (I - A*)^-1 c* with"
                    + " loss and interdependency indices, or with `steps` the dynamic model. JSON"
                    + " and CSV are the command's --format json and csv.")
            .param(tableParam())
            .param(
                Param.of(
                        "shock",
                        Param.Type.LIST,
                        "Perturbations SECTOR=C[@START:END], comma-separated (C a fraction of the"
                            + " sector's planned output).")
                    .example("R/s2=0.5"))
            .param(
                Param.of("initial", Param.Type.LIST, "Initial inoperability SECTOR=Q (dynamic)."))
            .param(
                Param.of(
                        "side", Param.Type.STRING, "demand (A* = diag(x)^-1 Z) or supply (A*=A^T).")
                    .defaultValue("demand")
                    .allowed(List.of("demand", "supply")))
            .param(
                Param.of(
                    "steps",
                    Param.Type.INTEGER,
                    "Run the dynamic model for this many steps, 1 to " + MAX_IIM_STEPS + "."))
            .param(Param.of("k", Param.Type.NUMBER, "Resilience coefficient of every sector."))
            .param(
                Param.of(
                    "recovery_time",
                    Param.Type.NUMBER,
                    "Steps to recover to `lambda` of the initial inoperability; sets K."))
            .param(
                Param.of("lambda", Param.Type.NUMBER, "Share left at the recovery time.")
                    .defaultValue("0.01"))
            .param(
                Param.of(
                        "continuous",
                        Param.Type.BOOLEAN,
                        "Recovery without shocks in continuous time (with initial).")
                    .defaultValue("false"))
            .handler(r -> iim(r)),
        Route.get("/api/v1/scenarios/tables", "simulation")
            .summary(
                "The built-in tables and supply networks a scenario may name ({dataset: NAME})")
            .handler(r -> tables()));
  }

  /** Most steps of the dynamic inoperability model a request may ask for. */
  static final int MAX_IIM_STEPS = 3_650;

  private static Param tableParam() {
    return Param.of("table", Param.Type.STRING, "Built-in table (see /api/v1/scenarios/tables).")
        .asRequired()
        .example("bea-us-2023-summary");
  }

  private static Simulation.Table table(Request r) {
    try {
      return BuiltinTables.table(r.string("table"));
    } catch (NoSuchElementException e) {
      throw invalid("table", e.getMessage());
    }
  }

  private static ApiException invalid(String parameter, String message) {
    return new ApiException(
        Problem.of(
            Problem.Kind.INVALID_REQUEST,
            parameter + ": " + message,
            List.of(new Problem.Error(parameter, message))));
  }

  private static Reply analyze(Request r) {
    Simulation.Table table = table(r);
    String matrix = r.string("matrix");
    IoResult result = IoTables.analyze(table);
    Map<String, Object> doc = IoTables.json(result, matrix, table.source());
    return new Reply(
        w -> Json.write(w, doc),
        w -> MrioFolderWriter.writeTable(result, matrix, w),
        List.of(table.provenance()),
        r.string("table") + "-" + matrix);
  }

  private static Reply iim(Request r) {
    Simulation.Table table = table(r);
    Integer steps = r.integer("steps");
    if (steps != null && (steps < 1 || steps > MAX_IIM_STEPS)) {
      throw invalid("steps", "must be from 1 to " + MAX_IIM_STEPS);
    }
    IoIim.Result result;
    try {
      result =
          IoIim.run(
              table.system(),
              table.source(),
              table.names(),
              new IoIim.Options(
                  r.string("side").equals("supply") ? IoIim.Side.SUPPLY : IoIim.Side.DEMAND,
                  r.list("shock"),
                  r.list("initial"),
                  steps,
                  r.optionalNumber("k"),
                  r.optionalNumber("recovery_time"),
                  r.number("lambda"),
                  r.bool("continuous")));
    } catch (IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      String parameter =
          m.startsWith("give --k")
              ? "k"
              : m.startsWith("--continuous")
                  ? "continuous"
                  : m.startsWith("--initial")
                      ? "steps"
                      : m.contains("--initial") ? "initial" : "shock";
      throw invalid(parameter, apiWords(m));
    }
    Map<String, Object> doc = IoIim.json(result);
    return new Reply(
        w -> Json.write(w, doc),
        w -> IoIim.writeCsv(result, w),
        List.of(table.provenance()),
        "iim-" + r.string("table"));
  }

  /** The command's option names in a message, as this endpoint's parameters. */
  private static String apiWords(String message) {
    return String.valueOf(message).replace("--recovery-time", "recovery_time").replace("--", "");
  }

  private Reply submit(ApiContext c, Request r) {
    String text = utf8(r.body());
    Scenario sc;
    Provenance provenance;
    SimulationJobs.Job job;
    long submitter = r.caller().principal().userId();
    try {
      sc = Scenario.parse(text, "scenario");
      if (sc.horizon() > MAX_HORIZON) {
        throw new ScenarioException(
            "scenario: horizon: the server runs at most "
                + MAX_HORIZON
                + " days (chokepoint simulate runs longer ones), got "
                + sc.horizon(),
            "horizon",
            -1,
            -1);
      }
      java.util.function.Function<String, java.util.Set<org.chokepoint.geo.CountryCode>> groups =
          name -> c.workspace().groups().resolve(name).members();
      if (sc.model().equals("firm")) {
        BuiltinTables.Network network;
        try {
          network = BuiltinTables.network(sc.dataset());
        } catch (NoSuchElementException e) {
          throw new ScenarioException(
              "scenario: network.dataset: " + e.getMessage(), "network.dataset", -1, -1);
        }
        provenance = network.provenance();
        job = jobs.submit(sc, network, groups, submitter);
      } else {
        Simulation.Table table;
        try {
          table = BuiltinTables.table(sc.dataset());
        } catch (NoSuchElementException e) {
          throw new ScenarioException(
              "scenario: table.dataset: " + e.getMessage(), "table.dataset", -1, -1);
        }
        provenance = table.provenance();
        job = jobs.submit(sc, table, groups, submitter);
      }
    } catch (ScenarioException e) {
      throw new ApiException(
          Problem.of(
              Problem.Kind.INVALID_CONTENT,
              e.getMessage(),
              List.of(
                  new Problem.Error(
                      e.field().isEmpty() ? "body" : e.field(),
                      message(e),
                      e.line() < 0 ? null : e.line(),
                      e.column() < 0 ? null : e.column()))));
    } catch (IllegalStateException e) {
      throw ApiException.of(Problem.Kind.SERVICE_UNAVAILABLE, e.getMessage());
    }
    Map<String, Object> doc = status(job);
    String location = "/api/v1/jobs/" + job.id();
    return new Reply(
        w -> Json.write(w, doc),
        null,
        List.of(provenance),
        "job-" + job.id(),
        202,
        Map.of("Location", location));
  }

  /** The message without the origin and field it starts with. */
  private static String message(ScenarioException e) {
    String m = e.getMessage();
    String lead = "scenario: " + (e.field().isEmpty() ? "" : e.field() + ": ");
    return m.startsWith(lead) ? m.substring(lead.length()) : m;
  }

  private static String utf8(byte[] body) {
    if (body.length == 0) {
      throw new ApiException(
          Problem.of(
              Problem.Kind.INVALID_REQUEST,
              "the body is empty; send a scenario (YAML or JSON)",
              List.of(new Problem.Error("body", "required"))));
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.of(Problem.Kind.INVALID_CONTENT, "the scenario is not UTF-8 text");
    }
  }

  private Reply job(Request r) {
    // a job of someone else is answered exactly as one that does not exist (docs/security.md)
    SimulationJobs.Job job =
        jobs.find(r.string("id"))
            .filter(j -> policy.decideSubmitted(r.caller().principal(), j.submitter()).allowed())
            .orElseThrow(
                () ->
                    new NoSuchElementException(
                        "no job "
                            + Request.clip(r.string("id"))
                            + " (kept: the last "
                            + jobs.kept()
                            + " jobs)"));
    Map<String, Object> doc = status(job);
    Simulation.ArioRun run = job.run().orElse(null);
    Simulation.FirmRun firm = job.firmRun().orElse(null);
    List<Provenance> sources = new ArrayList<>();
    if (run != null) {
      Map<String, Object> summary = new LinkedHashMap<>(run.summary());
      summary.put("most_hit_sectors", Simulation.mostHit(run, 10));
      doc.put("summary", summary);
      doc.put("time_series", Simulation.timeSeries(run));
      if (run.table().provenance() != null) {
        sources.add(run.table().provenance());
      }
    }
    if (firm != null) {
      doc.put("summary", firm.summary());
      doc.put("time_series", Simulation.timeSeries(firm));
      if (firm.provenance() != null) {
        sources.add(firm.provenance());
      }
    }
    return new Reply(
        w -> Json.write(w, doc),
        w -> {
          if (firm != null) {
            Simulation.writeTimeSeriesCsv(firm, w);
            return;
          }
          if (run == null) {
            throw new ApiException(
                Problem.of(
                    Problem.Kind.INVALID_REQUEST,
                    "format: the job is "
                        + job.state().name().toLowerCase(java.util.Locale.ROOT)
                        + "; the time series comes as CSV when it is done",
                    List.of(new Problem.Error("format", "the job is not done"))));
          }
          Simulation.writeTimeSeriesCsv(run, w);
        },
        sources,
        "timeseries-" + job.id());
  }

  private static Map<String, Object> status(SimulationJobs.Job job) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", job.id());
    o.put("location", "/api/v1/jobs/" + job.id());
    o.put("scenario", job.scenario());
    o.put("state", job.state().name().toLowerCase(java.util.Locale.ROOT));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("day", job.day());
    p.put("days", job.days());
    p.put("share", job.days() == 0 ? 0.0 : (double) job.day() / job.days());
    o.put("progress", p);
    o.put("created", job.created().toString());
    job.error().ifPresent(e -> o.put("error", e));
    job.run()
        .map(run -> run.table().provenance())
        .or(() -> job.firmRun().map(Simulation.FirmRun::provenance))
        .ifPresent(
            pv -> {
              Map<String, Object> src = new LinkedHashMap<>();
              src.put("dataset", pv.dataset());
              src.put("source", pv.source());
              src.put("vintage", pv.vintage());
              src.put("licence", pv.licence());
              o.put("sources", List.of(src));
            });
    return o;
  }

  private static Reply examples() {
    List<ScenarioExamples.Example> list = ScenarioExamples.list();
    List<Provenance> sources =
        list.stream()
            .map(
                e ->
                    (e.model().equals("firm")
                            ? BuiltinTables.networkAbout(e.dataset())
                            : BuiltinTables.about(e.dataset()))
                        .provenance())
            .distinct()
            .toList();
    return new Reply(
        w -> {
          List<Map<String, Object>> rows = new ArrayList<>();
          for (ScenarioExamples.Example e : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("title", e.title());
            m.put("description", e.description());
            m.put("model", e.model());
            m.put("dataset", e.dataset());
            m.put("yaml", e.text());
            rows.add(m);
          }
          Json.write(w, Map.of("examples", rows));
        },
        w -> {
          CsvWriter csv = new CsvWriter(w);
          csvRow(csv, List.of("name", "title", "model", "dataset", "description"));
          for (ScenarioExamples.Example e : list) {
            csvRow(csv, List.of(e.name(), e.title(), e.model(), e.dataset(), e.description()));
          }
        },
        sources,
        "scenario-examples");
  }

  private static Reply tables() {
    List<BuiltinTables.About> tables = BuiltinTables.list();
    List<BuiltinTables.About> networks =
        BuiltinTables.networkNames().stream().map(BuiltinTables::networkAbout).toList();
    List<Provenance> sources = new ArrayList<>();
    tables.forEach(a -> sources.add(a.provenance()));
    networks.forEach(a -> sources.add(a.provenance()));
    return new Reply(
        w -> {
          Map<String, Object> doc = new LinkedHashMap<>();
          doc.put("tables", tables.stream().map(a -> about(a, true)).toList());
          doc.put("networks", networks.stream().map(a -> about(a, false)).toList());
          Json.write(w, doc);
        },
        w -> {
          CsvWriter csv = new CsvWriter(w);
          csvRow(
              csv,
              List.of(
                  "dataset", "kind", "title", "vintage", "licence", "source", "unit", "synthetic"));
          for (BuiltinTables.About a : tables) {
            csvRow(csv, aboutRow(a, "table"));
          }
          for (BuiltinTables.About a : networks) {
            csvRow(csv, aboutRow(a, "network"));
          }
        },
        sources,
        "scenario-tables");
  }

  private static Map<String, Object> about(BuiltinTables.About a, boolean table) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dataset", a.name());
    m.put("title", a.title());
    m.put("vintage", a.vintage());
    m.put("licence", a.licence());
    m.put("source", a.source());
    m.put("unit", a.unit());
    m.put("synthetic", a.synthetic());
    if (table) {
      m.put("imports", a.imports());
    }
    return m;
  }

  private static List<String> aboutRow(BuiltinTables.About a, String kind) {
    return List.of(
        a.name(),
        kind,
        a.title(),
        a.vintage(),
        a.licence(),
        a.source(),
        a.unit(),
        Boolean.toString(a.synthetic()));
  }

  private static void csvRow(CsvWriter csv, List<String> row) {
    csv.row(row);
  }
}
