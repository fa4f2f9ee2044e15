package org.chokepoint.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.chokepoint.data.mrio.FirmNetworkFiles;
import org.chokepoint.data.mrio.MrioFolderWriter;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chokepoint simulate scenario.yaml --out FOLDER}: a disruption scenario, day by day. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Run a disruption scenario (YAML: table, model, parameters, horizon, shocks) with the"
          + " sector-level ARIO model (docs/methods/ario.md), or with model: firm the firm-level"
          + " model on a supply network (docs/methods/firm-propagation.md), and write to --out:"
          + " timeseries.csv and .json (one row a day), sectors.csv or firms.csv, summary.csv"
          + " and summary.json (total and peak loss, day recovered, shortage).",
      "Example: chokepoint simulate docs/examples/bea-334-export-stop.yaml --out out/export-stop"
    })
final class SimulateCommand implements Runnable {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  Path scenarioFile;

  @Option(names = "--out", required = true, paramLabel = "FOLDER", description = "Output folder.")
  Path out;

  @Option(names = "--force", description = "Replace --out if it exists.")
  boolean force;

  @Override
  public void run() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    long start = System.nanoTime();
    if (!Files.isRegularFile(scenarioFile)) {
      throw new IllegalArgumentException(scenarioFile + ": no such scenario file");
    }
    Scenario sc = Scenario.read(scenarioFile);
    MrioFolderWriter.checkTarget(out, force);
    if (sc.model().equals("firm")) {
      runFirm(sc, err, stdout, start);
      return;
    }
    IoSystemOptions input = new IoSystemOptions();
    input.folder = sc.mrio();
    input.bea = sc.bea();
    input.year = sc.year();
    input.level = sc.level();
    input.redefinitions = sc.redefinitions();
    IoSystemOptions.Loaded loaded = input.load(err, IoCommand.progress(err));
    IoSystem s = loaded.system();
    int[] imports = ScenarioTargets.columns(s, sc.importCategories(), "imports");
    List<ArioShock> shocks = new ArrayList<>();
    List<ArioRebuilding> events = new ArrayList<>();
    for (int k = 0; k < sc.shocks().size(); k++) {
      Scenario.Shock sh = sc.shocks().get(k);
      try {
        if (sh.destruction() != null) {
          events.add(ScenarioTargets.rebuilding(s, sh, k, this::groupMembers));
        } else {
          shocks.add(ScenarioTargets.resolve(s, sh, k, this::groupMembers));
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(scenarioFile + ": " + e.getMessage(), e);
      }
    }
    err.printf(
        Locale.ROOT,
        "scenario \"%s\": ARIO, %d days, %d shock(s)%n",
        sc.name(),
        sc.horizon(),
        shocks.size() + events.size());
    err.flush();
    ArioResult r =
        Ario.run(
            s,
            imports,
            sc.parameters(),
            shocks,
            events,
            sc.horizon(),
            (step, done, total) -> {
              if (done % 30 == 0 || done == total) {
                err.printf(Locale.ROOT, "  day %d of %d%n", done, total);
                err.flush();
              }
            });
    Map<String, Object> summary = summary(sc, loaded, r);
    write(sc, loaded, s, r, summary);
    stdout.printf(
        Locale.ROOT,
        "%s%n  total loss %s (%.3f %% of output over %d days), peak %s on day %d (%.2f %%)%n"
            + "  recovered: %s; shortage: %s%nwrote 6 files to %s in %s%n",
        sc.name(),
        fmt(r.totalLoss()),
        100 * r.totalLoss() / (r.baselineTotal() * r.days()),
        r.days(),
        fmt(r.loss(r.peakDay())),
        r.peakDay(),
        100 * r.loss(r.peakDay()) / r.baselineTotal(),
        r.recoveredFrom(sc.recoveryTolerance()) < 0
            ? "not within the horizon"
            : "from day " + r.recoveredFrom(sc.recoveryTolerance()),
        r.shortage() ? "yes (first on day " + firstShortage(r) + ")" : "no",
        out,
        IoCommand.seconds(start));
    stdout.flush();
    err.println("source: " + loaded.source());
    err.flush();
  }

  /** {@code model: firm}: the firm-level model on a supply network given as two CSV files. */
  private void runFirm(Scenario sc, PrintWriter err, PrintWriter stdout, long start) {
    FirmNetworkFiles.Loaded loaded = FirmNetworkFiles.read(sc.firms(), sc.links());
    List<CapacityShock> shocks = new ArrayList<>();
    for (int k = 0; k < sc.shocks().size(); k++) {
      Scenario.Shock sh = sc.shocks().get(k);
      if (sh.sectors().isEmpty()) {
        int[] chosen;
        try {
          chosen = ScenarioTargets.firmsChosen(loaded, sh.selection(), k, this::groupMembers);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(scenarioFile + ": " + e.getMessage(), e);
        }
        for (int f : chosen) {
          shocks.add(new CapacityShock(f, sh.magnitude(), sh.start(), sh.recovery()));
        }
        continue;
      }
      for (String name : sh.sectors()) {
        int f = loaded.firms().indexOf(name);
        if (f < 0) {
          throw new IllegalArgumentException(
              "shocks[" + k + "].firm: no firm " + name + " in " + sc.firms());
        }
        shocks.add(new CapacityShock(f, sh.magnitude(), sh.start(), sh.recovery()));
      }
    }
    String source = "supply network " + sc.firms().getFileName() + ", " + sc.links().getFileName();
    err.printf(
        Locale.ROOT,
        "scenario \"%s\": firm-level model, %,d firms, %,d links, %d days, %d shock(s)%n",
        sc.name(),
        loaded.network().firms(),
        loaded.network().links(),
        sc.horizon(),
        shocks.size());
    err.flush();
    FirmTrajectory t =
        FirmSimulation.run(
            loaded.network(),
            sc.firmParameters(),
            shocks,
            sc.horizon(),
            (step, done, total) -> {
              if (done % 30 == 0 || done == total) {
                err.printf(Locale.ROOT, "  day %d of %d%n", done, total);
                err.flush();
              }
            });
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
    writeFolder(dir -> writeFirm(dir, sc, loaded, t, m, source));
    stdout.printf(
        Locale.ROOT,
        "%s%n  total loss %s (%.3f %% of output over %d days), peak %s on day %d (%.2f %%)%n"
            + "  recovered: %s; shortage: %s%nwrote 6 files to %s in %s%n",
        sc.name(),
        fmt(total),
        100 * total / (base * t.days()),
        t.days(),
        fmt(base - t.production()[peak]),
        peak - 1,
        100 * (base - t.production()[peak]) / base,
        recovered < 0 ? "not within the horizon" : "from day " + recovered,
        firstShort >= 0 ? "yes (first on day " + firstShort + ")" : "no",
        out,
        IoCommand.seconds(start));
    stdout.flush();
    err.println("source: " + source);
    err.flush();
  }

  private static void writeFirm(
      Path dir,
      Scenario sc,
      FirmNetworkFiles.Loaded loaded,
      FirmTrajectory t,
      Map<String, Object> summary,
      String source)
      throws IOException {
    double base = t.production()[0];
    double fd = t.finalConsumption()[0];
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("timeseries.csv"), StandardCharsets.UTF_8)) {
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
    }
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
    ts.put("scenario", sc.name());
    ts.put("note", "day -1 is the pre-shock state");
    ts.put("source", source);
    ts.put("days", rows);
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("timeseries.json"), StandardCharsets.UTF_8)) {
      JSON.writeValue(w, ts);
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("firms.csv"), StandardCharsets.UTF_8)) {
      CsvWriter csv = new CsvWriter(w);
      csv.row("firm", "baseline", "last_day_production", "last_day_loss");
      for (int i = 0; i < loaded.network().firms(); i++) {
        double b = loaded.network().output(i);
        csv.row(
            loaded.firms().get(i),
            num(b),
            num(t.lastProduction()[i]),
            num(b - t.lastProduction()[i]));
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("summary.json"), StandardCharsets.UTF_8)) {
      JSON.writeValue(w, summary);
    }
    summaryCsv(dir, summary);
    Files.writeString(
        dir.resolve("README.txt"),
        "Disruption scenario \""
            + sc.name()
            + "\" by chokepoint simulate (firm-level model, docs/methods/firm-propagation.md).\n"
            + "Amounts are in the network's unit per day; day -1 is the pre-shock state.\n"
            + "source: "
            + source
            + "\n",
        StandardCharsets.UTF_8);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%,.1f", v);
  }

  private static int firstShortage(ArioResult r) {
    for (int t = 0; t < r.days(); t++) {
      if (r.inputConstrained()[t] > 0) {
        return t;
      }
    }
    return -1;
  }

  /** The members of a country group, as Chokepoint's other commands resolve {@code --group}. */
  private Set<CountryCode> groupMembers(String name) {
    return ChokepointCommand.root(spec).session().workspace().groups().resolve(name).members();
  }

  private static Map<String, Object> summary(
      Scenario sc, IoSystemOptions.Loaded loaded, ArioResult r) {
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
    m.put("imports", sc.importCategories());
    m.put("source", loaded.source());
    return m;
  }

  private void write(
      Scenario sc,
      IoSystemOptions.Loaded loaded,
      IoSystem s,
      ArioResult r,
      Map<String, Object> summary) {
    writeFolder(dir -> writeAll(dir, sc, loaded, s, r, summary));
  }

  private static void summaryCsv(Path dir, Map<String, Object> summary) throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve("summary.csv"), StandardCharsets.UTF_8)) {
      CsvWriter csv = new CsvWriter(w);
      List<String> keys = new ArrayList<>();
      List<String> vals = new ArrayList<>();
      for (Map.Entry<String, Object> e : summary.entrySet()) {
        if (e.getValue() instanceof Map || e.getValue() instanceof List) {
          continue;
        }
        keys.add(e.getKey());
        Object v = e.getValue();
        vals.add(v == null ? "" : v instanceof Double d ? num(d) : v.toString());
      }
      csv.row(keys);
      csv.row(vals);
    }
  }

  private interface FolderContent {
    void write(Path dir) throws IOException;
  }

  /** Writes beside --out and renames, so the folder appears whole or not at all. */
  private void writeFolder(FolderContent content) {
    Path target = out.toAbsolutePath().normalize();
    try {
      Files.createDirectories(target.getParent());
      Path tmp =
          Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
      try {
        content.write(tmp);
        if (Files.exists(target)) {
          deleteTree(target);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        if (Files.exists(tmp)) {
          deleteTree(tmp);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  private static void writeAll(
      Path dir,
      Scenario sc,
      IoSystemOptions.Loaded loaded,
      IoSystem s,
      ArioResult r,
      Map<String, Object> summary)
      throws IOException {
    double base = r.baselineTotal();
    // the reconstruction columns appear when the scenario has destruction events
    boolean rebuild = sc.shocks().stream().anyMatch(x -> x.destruction() != null);
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("timeseries.csv"), StandardCharsets.UTF_8)) {
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
    }
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
    ts.put("scenario", sc.name());
    ts.put("baseline_output_per_day", base);
    ts.put("source", loaded.source());
    ts.put("days", rows);
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("timeseries.json"), StandardCharsets.UTF_8)) {
      JSON.writeValue(w, ts);
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("sectors.csv"), StandardCharsets.UTF_8)) {
      CsvWriter csv = new CsvWriter(w);
      csv.row("day", "region", "sector", "name", "production", "baseline", "loss");
      for (int t = 0; t < r.days(); t++) {
        for (int i = 0; i < s.size(); i++) {
          List<String> tu = s.sectors().tuple(i);
          String key = String.join("/", tu.subList(1, tu.size()));
          csv.row(
              Integer.toString(t),
              tu.get(0),
              key,
              loaded.names().getOrDefault(key, ""),
              num(r.production()[t][i]),
              num(r.baseline()[i]),
              num(r.loss(t, i)));
        }
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("summary.json"), StandardCharsets.UTF_8)) {
      Map<String, Object> doc = new LinkedHashMap<>(summary);
      doc.put("most_hit_sectors", mostHit(s, loaded, r, 10));
      JSON.writeValue(w, doc);
    }
    summaryCsv(dir, summary);
    Files.writeString(
        dir.resolve("README.txt"),
        "Disruption scenario \""
            + sc.name()
            + "\" by chokepoint simulate (ARIO, docs/methods/ario.md).\n"
            + "Amounts are in the table's unit per day (BEA: $ million); day 0 is the first day.\n"
            + "source: "
            + loaded.source()
            + "\n",
        StandardCharsets.UTF_8);
  }

  private static List<Map<String, Object>> mostHit(
      IoSystem s, IoSystemOptions.Loaded loaded, ArioResult r, int top) {
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
      m.put("name", loaded.names().getOrDefault(key, ""));
      m.put("total_loss", loss[i]);
      m.put("loss_share", loss[i] / (r.baseline()[i] * r.days()));
      out.add(m);
    }
    return out;
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> w = Files.walk(p)) {
      for (Path q : w.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }
}
