package org.chokepoint.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.chokepoint.data.mrio.FirmNetworkFiles;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.dynamic.Ario;
import org.chokepoint.inputoutput.dynamic.ArioParameters;
import org.chokepoint.inputoutput.dynamic.ArioRebuilding;
import org.chokepoint.inputoutput.dynamic.ArioResult;
import org.chokepoint.inputoutput.dynamic.ArioShock;
import org.chokepoint.inputoutput.dynamic.CapacityShock;
import org.chokepoint.inputoutput.dynamic.FirmParameters;
import org.chokepoint.inputoutput.dynamic.FirmSimulation;
import org.chokepoint.inputoutput.dynamic.FirmTrajectory;
import org.chokepoint.provenance.Provenance;

/**
 * Runs a scenario, the one place both {@code chokepoint simulate} and the server call: the
 * sector-level ARIO model on a table (docs/methods/ario.md) or the firm-level model on a supply
 * network (docs/methods/firm-propagation.md), with the summary and the daily time series both
 * surfaces report. Progress is reported day by day through a {@link Listener}.
 */
public final class Simulation {
  private Simulation() {}

  /** Hears what a run does. */
  public interface Listener {
    /** A one-line description of the run about to start. */
    void started(String description);

    /** {@code done} of {@code total} days simulated. */
    void day(int done, int total);
  }

  /**
   * The table an ARIO scenario runs on.
   *
   * @param source where it came from, for every output
   * @param names BEA code → industry name, or empty
   * @param defaultImports the final-demand categories that are imports when the scenario names none
   * @param provenance dataset, vintage and licence (null when read from a folder)
   */
  public record Table(
      IoSystem system,
      String source,
      Map<String, String> names,
      List<String> defaultImports,
      Provenance provenance) {
    public Table {
      names = Map.copyOf(names);
      defaultImports = List.copyOf(defaultImports);
    }
  }

  /**
   * The headline figures of a run, as {@code chokepoint simulate} prints them; days -1 for none.
   */
  public record Figures(
      double baseline,
      double totalLoss,
      int days,
      double peakLoss,
      int peakDay,
      int recoveredFrom,
      boolean shortage,
      int firstShortage) {}

  /** An ARIO run: the scenario, its table, the imports used, the result and the summary. */
  public record ArioRun(
      Scenario scenario,
      Table table,
      List<String> imports,
      ArioResult result,
      Map<String, Object> summary,
      Figures figures) {
    /** Whether the scenario has destruction events (and the output reconstruction columns). */
    public boolean rebuilding() {
      return scenario.shocks().stream().anyMatch(x -> x.destruction() != null);
    }
  }

  /**
   * A firm-model run: the scenario, its network, the trajectory and the summary.
   *
   * @param provenance of a built-in network, else null
   */
  public record FirmRun(
      Scenario scenario,
      FirmNetworkFiles.Loaded network,
      String source,
      FirmTrajectory trajectory,
      Map<String, Object> summary,
      Figures figures,
      Provenance provenance) {}

  /** A firm-model scenario checked against its network, ready to run. */
  public static final class FirmPlan {
    private final Scenario scenario;
    private final FirmNetworkFiles.Loaded network;
    private final String source;
    private final Provenance provenance;
    private final List<CapacityShock> shocks;

    private FirmPlan(
        Scenario scenario,
        FirmNetworkFiles.Loaded network,
        String source,
        Provenance provenance,
        List<CapacityShock> shocks) {
      this.scenario = scenario;
      this.network = network;
      this.source = source;
      this.provenance = provenance;
      this.shocks = shocks;
    }
  }

  /** An ARIO scenario checked against its table, ready to run. */
  public static final class ArioPlan {
    private final Scenario scenario;
    private final Table table;
    private final List<String> imports;
    private final int[] importColumns;
    private final List<ArioShock> shocks;
    private final List<ArioRebuilding> events;

    private ArioPlan(
        Scenario scenario,
        Table table,
        List<String> imports,
        int[] importColumns,
        List<ArioShock> shocks,
        List<ArioRebuilding> events) {
      this.scenario = scenario;
      this.table = table;
      this.imports = imports;
      this.importColumns = importColumns;
      this.shocks = shocks;
      this.events = events;
    }
  }

  /**
   * Resolves what an ARIO scenario's shocks name in {@code table}. Errors carry {@code origin} and
   * the field.
   */
  public static ArioPlan plan(
      Scenario sc, Table table, Function<String, Set<CountryCode>> groups, String origin) {
    IoSystem s = table.system();
    List<String> imports =
        sc.importCategories() == null ? table.defaultImports() : sc.importCategories();
    int[] importCols;
    try {
      importCols = ScenarioTargets.columns(s, imports, "imports");
    } catch (IllegalArgumentException e) {
      throw new ScenarioException(e.getMessage(), "imports", -1, -1);
    }
    List<ArioShock> shocks = new ArrayList<>();
    List<ArioRebuilding> events = new ArrayList<>();
    for (int k = 0; k < sc.shocks().size(); k++) {
      Scenario.Shock sh = sc.shocks().get(k);
      try {
        if (sh.destruction() != null) {
          events.add(ScenarioTargets.rebuilding(s, sh, k, groups));
        } else {
          shocks.add(ScenarioTargets.resolve(s, sh, k, groups));
        }
      } catch (IllegalArgumentException e) {
        throw located(origin, e);
      }
    }
    return new ArioPlan(sc, table, imports, importCols, shocks, events);
  }

  /**
   * Runs an ARIO scenario on {@code table}. Errors in what the shocks name carry {@code origin} and
   * the field.
   */
  public static ArioRun ario(
      Scenario sc,
      Table table,
      Function<String, Set<CountryCode>> groups,
      String origin,
      Listener listener) {
    return ario(plan(sc, table, groups, origin), listener);
  }

  /** Runs a planned ARIO scenario. */
  public static ArioRun ario(ArioPlan plan, Listener listener) {
    Scenario sc = plan.scenario;
    listener.started(
        String.format(
            Locale.ROOT,
            "scenario \"%s\": ARIO, %d days, %d shock(s)",
            sc.name(),
            sc.horizon(),
            plan.shocks.size() + plan.events.size()));
    ArioResult r =
        Ario.run(
            plan.table.system(),
            plan.importColumns,
            sc.parameters(),
            plan.shocks,
            plan.events,
            sc.horizon(),
            (step, done, total) -> listener.day((int) done, (int) total));
    int rec = r.recoveredFrom(sc.recoveryTolerance());
    Figures f =
        new Figures(
            r.baselineTotal(),
            r.totalLoss(),
            r.days(),
            r.loss(r.peakDay()),
            r.peakDay(),
            rec,
            r.shortage(),
            firstShortage(r));
    return new ArioRun(
        sc, plan.table, plan.imports, r, arioSummary(sc, plan.table, plan.imports, r), f);
  }

  /** {@code field: message} from the target resolvers → a located scenario error. */
  private static ScenarioException located(String origin, IllegalArgumentException e) {
    String msg = String.valueOf(e.getMessage());
    int colon = msg.indexOf(": ");
    String field =
        colon > 0 && !msg.substring(0, colon).contains(" ") ? msg.substring(0, colon) : "";
    return new ScenarioException(origin + ": " + msg, field, -1, -1);
  }

  private static Map<String, Object> arioSummary(
      Scenario sc, Table table, List<String> imports, ArioResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scenario", sc.name());
    m.put("model", "ARIO (Hallegatte 2008), docs/methods/ario.md");
    m.put("days", r.days());
    m.put("unit", "the table's unit per day (BEA: $ million)");
    m.put("baseline_output_per_day", r.baselineTotal());
    m.put("total_loss", r.totalLoss());
    m.put("total_loss_share", r.totalLoss() / (r.baselineTotal() * r.days()));
    m.put("peak_loss", r.loss(r.peakDay()));
    m.put("peak_day", r.peakDay());
    m.put("peak_loss_share", r.loss(r.peakDay()) / r.baselineTotal());
    int rec = r.recoveredFrom(sc.recoveryTolerance());
    m.put("recovered", rec >= 0);
    m.put("recovered_from_day", rec >= 0 ? rec : null);
    m.put("recovery_tolerance", sc.recoveryTolerance());
    m.put("shortage", r.shortage());
    int first = firstShortage(r);
    m.put("first_shortage_day", first >= 0 ? first : null);
    if (sc.shocks().stream().anyMatch(x -> x.destruction() != null)) {
      double asked = 0;
      for (double v : r.reconstructionAsked()) {
        asked += v;
      }
      m.put("reconstruction_delivered", r.totalReconstruction());
      m.put("reconstruction_asked", asked);
      m.put("damage_remaining", r.damageRemaining()[r.days() - 1]);
    }
    ArioParameters p = sc.parameters();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("inventory_days", p.inventoryDays());
    params.put("inventory_tau", p.inventoryTau());
    params.put("alpha_max", p.alphaMax());
    params.put("alpha_tau", p.alphaTau());
    params.put("rationing", p.rationing().name().toLowerCase(Locale.ROOT));
    params.put("days_per_table_year", p.daysPerTableYear());
    m.put("parameters", params);
    m.put("imports", imports);
    m.put("source", table.source());
    return m;
  }

  /** The first day on which some sector was held back by its inputs, or -1. */
  public static int firstShortage(ArioResult r) {
    for (int t = 0; t < r.days(); t++) {
      if (r.inputConstrained()[t] > 0) {
        return t;
      }
    }
    return -1;
  }

  /** The {@code top} sectors with the largest loss over the run. */
  public static List<Map<String, Object>> mostHit(ArioRun run, int top) {
    IoSystem s = run.table().system();
    ArioResult r = run.result();
    double[] loss = new double[s.size()];
    for (int t = 0; t < r.days(); t++) {
      for (int i = 0; i < s.size(); i++) {
        loss[i] += r.loss(t, i);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -loss[i]));
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i : order.subList(0, Math.min(top, order.size()))) {
      List<String> tu = s.sectors().tuple(i);
      String key = String.join("/", tu.subList(1, tu.size()));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sector", s.sectors().joined(i));
      m.put("name", run.table().names().getOrDefault(key, ""));
      m.put("total_loss", loss[i]);
      m.put("loss_share", loss[i] / (r.baseline()[i] * r.days()));
      out.add(m);
    }
    return out;
  }

  /** The time series as {@code timeseries.csv} holds it: one row a day. */
  public static void writeTimeSeriesCsv(ArioRun run, Writer w) {
    ArioResult r = run.result();
    double base = r.baselineTotal();
    boolean rebuild = run.rebuilding();
    CsvWriter csv = new CsvWriter(w);
    List<String> head =
        new ArrayList<>(
            List.of(
                "day",
                "production",
                "baseline",
                "loss",
                "loss_share",
                "final_demand_asked",
                "final_demand_served",
                "final_demand_unmet",
                "input_constrained_sectors",
                "largest_alpha"));
    if (rebuild) {
      head.addAll(List.of("reconstruction_asked", "reconstruction_served", "damage_remaining"));
    }
    try {
      csv.row(head);
      for (int t = 0; t < r.days(); t++) {
        List<String> row =
            new ArrayList<>(
                List.of(
                    Integer.toString(t),
                    num(r.totalProduction(t)),
                    num(base),
                    num(r.loss(t)),
                    num(r.loss(t) / base),
                    num(r.finalDemandAsked()[t]),
                    num(r.finalDemandServed()[t]),
                    num(r.finalDemandAsked()[t] - r.finalDemandServed()[t]),
                    Integer.toString(r.inputConstrained()[t]),
                    num(r.largestAlpha()[t])));
        if (rebuild) {
          row.add(num(r.reconstructionAsked()[t]));
          row.add(num(r.reconstructionServed()[t]));
          row.add(num(r.damageRemaining()[t]));
        }
        csv.row(row);
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The time series as {@code timeseries.json} holds it. */
  public static Map<String, Object> timeSeries(ArioRun run) {
    ArioResult r = run.result();
    boolean rebuild = run.rebuilding();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int t = 0; t < r.days(); t++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("day", t);
      m.put("production", r.totalProduction(t));
      m.put("loss", r.loss(t));
      m.put("final_demand_asked", r.finalDemandAsked()[t]);
      m.put("final_demand_served", r.finalDemandServed()[t]);
      m.put("input_constrained_sectors", r.inputConstrained()[t]);
      m.put("largest_alpha", r.largestAlpha()[t]);
      if (rebuild) {
        m.put("reconstruction_asked", r.reconstructionAsked()[t]);
        m.put("reconstruction_served", r.reconstructionServed()[t]);
        m.put("damage_remaining", r.damageRemaining()[t]);
      }
      rows.add(m);
    }
    Map<String, Object> ts = new LinkedHashMap<>();
    ts.put("scenario", run.scenario().name());
    ts.put("baseline_output_per_day", r.baselineTotal());
    ts.put("source", run.table().source());
    ts.put("days", rows);
    return ts;
  }

  /**
   * Runs a firm-model scenario on {@code loaded} read from the scenario's files. Errors in what the
   * shocks choose carry {@code origin} and the field.
   */
  public static FirmRun firm(
      Scenario sc,
      FirmNetworkFiles.Loaded loaded,
      Function<String, Set<CountryCode>> groups,
      String origin,
      Listener listener) {
    String source = "supply network " + sc.firms().getFileName() + ", " + sc.links().getFileName();
    return firm(plan(sc, loaded, source, null, groups, origin), listener);
  }

  /**
   * Resolves what a firm-model scenario's shocks name in {@code loaded}.
   *
   * @param source where the network came from, for every output
   * @param provenance of a built-in network, else null
   */
  public static FirmPlan plan(
      Scenario sc,
      FirmNetworkFiles.Loaded loaded,
      String source,
      Provenance provenance,
      Function<String, Set<CountryCode>> groups,
      String origin) {
    List<CapacityShock> shocks = new ArrayList<>();
    for (int k = 0; k < sc.shocks().size(); k++) {
      Scenario.Shock sh = sc.shocks().get(k);
      if (sh.sectors().isEmpty()) {
        int[] chosen;
        try {
          chosen = ScenarioTargets.firmsChosen(loaded, sh.selection(), k, groups);
        } catch (IllegalArgumentException e) {
          throw located(origin, e);
        }
        for (int f : chosen) {
          shocks.add(new CapacityShock(f, sh.magnitude(), sh.start(), sh.recovery()));
        }
        continue;
      }
      for (String name : sh.sectors()) {
        int f = loaded.firms().indexOf(name);
        if (f < 0) {
          throw new ScenarioException(
              "shocks["
                  + k
                  + "].firm: no firm "
                  + name
                  + " in "
                  + (sc.firms() != null ? sc.firms() : "network " + sc.dataset()),
              "shocks[" + k + "].firm",
              -1,
              -1);
        }
        shocks.add(new CapacityShock(f, sh.magnitude(), sh.start(), sh.recovery()));
      }
    }
    return new FirmPlan(sc, loaded, source, provenance, shocks);
  }

  /** Runs a planned firm-model scenario. */
  public static FirmRun firm(FirmPlan plan, Listener listener) {
    Scenario sc = plan.scenario;
    FirmNetworkFiles.Loaded loaded = plan.network;
    List<CapacityShock> shocks = plan.shocks;
    String source = plan.source;
    listener.started(
        String.format(
            Locale.ROOT,
            "scenario \"%s\": firm-level model, %,d firms, %,d links, %d days, %d shock(s)",
            sc.name(),
            loaded.network().firms(),
            loaded.network().links(),
            sc.horizon(),
            shocks.size()));
    FirmTrajectory t =
        FirmSimulation.run(
            loaded.network(),
            sc.firmParameters(),
            shocks,
            sc.horizon(),
            (step, done, total) -> listener.day((int) done, (int) total));
    double base = t.production()[0];
    double total = 0;
    int peak = 1;
    int firstShort = -1;
    for (int k = 1; k < t.production().length; k++) {
      total += base - t.production()[k];
      if (base - t.production()[k] > base - t.production()[peak]) {
        peak = k;
      }
      if (firstShort < 0 && t.inputConstrained()[k] > 0) {
        firstShort = k - 1;
      }
    }
    int last = t.production().length - 1;
    double limit = sc.recoveryTolerance() * base;
    int recovered = -1;
    if (Math.abs(base - t.production()[last]) <= limit) {
      recovered = last;
      while (recovered > 1 && Math.abs(base - t.production()[recovered - 1]) <= limit) {
        recovered--;
      }
      recovered--; // row k is day k − 1
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scenario", sc.name());
    m.put(
        "model", "firm-level propagation (Inoue and Todo 2019), docs/methods/firm-propagation.md");
    m.put("days", t.days());
    m.put("unit", "the network's unit per day");
    m.put("baseline_output_per_day", base);
    m.put("total_loss", total);
    m.put("total_loss_share", total / (base * t.days()));
    m.put("peak_loss", base - t.production()[peak]);
    m.put("peak_day", peak - 1);
    m.put("peak_loss_share", (base - t.production()[peak]) / base);
    m.put("recovered", recovered >= 0);
    m.put("recovered_from_day", recovered >= 0 ? recovered : null);
    m.put("recovery_tolerance", sc.recoveryTolerance());
    m.put("shortage", firstShort >= 0);
    m.put("first_shortage_day", firstShort >= 0 ? firstShort : null);
    FirmParameters p = sc.firmParameters();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("target_inventory_days", p.targetInventoryDays());
    params.put("adjustment_days", p.adjustmentDays());
    params.put("rationing", p.rationing().name().toLowerCase(Locale.ROOT));
    m.put("parameters", params);
    m.put("source", source);
    Figures f =
        new Figures(
            base,
            total,
            t.days(),
            base - t.production()[peak],
            peak - 1,
            recovered,
            firstShort >= 0,
            firstShort);
    return new FirmRun(sc, loaded, source, t, m, f, plan.provenance);
  }

  /** The firm model's time series as {@code timeseries.csv} holds it; day -1 is pre-shock. */
  public static void writeTimeSeriesCsv(FirmRun run, Writer w) {
    FirmTrajectory t = run.trajectory();
    double base = t.production()[0];
    double fd = t.finalConsumption()[0];
    CsvWriter csv = new CsvWriter(w);
    csv.row(
        "day",
        "production",
        "baseline",
        "loss",
        "loss_share",
        "final_consumption",
        "final_demand",
        "final_demand_unmet",
        "input_constrained_firms");
    for (int k = 0; k < t.production().length; k++) {
      csv.row(
          Integer.toString(k - 1),
          num(t.production()[k]),
          num(base),
          num(base - t.production()[k]),
          num((base - t.production()[k]) / base),
          num(t.finalConsumption()[k]),
          num(fd),
          num(fd - t.finalConsumption()[k]),
          Integer.toString(t.inputConstrained()[k]));
    }
    csv.flush();
  }

  /** The firm model's time series as {@code timeseries.json} holds it. */
  public static Map<String, Object> timeSeries(FirmRun run) {
    FirmTrajectory t = run.trajectory();
    double base = t.production()[0];
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int k = 0; k < t.production().length; k++) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("day", k - 1);
      r.put("production", t.production()[k]);
      r.put("loss", base - t.production()[k]);
      r.put("final_consumption", t.finalConsumption()[k]);
      r.put("input_constrained_firms", t.inputConstrained()[k]);
      rows.add(r);
    }
    Map<String, Object> ts = new LinkedHashMap<>();
    ts.put("scenario", run.scenario().name());
    ts.put("note", "day -1 is the pre-shock state");
    ts.put("source", run.source());
    ts.put("days", rows);
    return ts;
  }

  /** A number as the CSV files write it: whole numbers without a decimal point. */
  public static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
