package org.chokepoint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chokepoint.data.mrio.FirmNetworkFiles;
import org.chokepoint.data.mrio.MrioFolderWriter;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.dynamic.Ario;
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
    Map<String, Object> summary = SimulationFiles.summary(sc, loaded, r);
    SimulationFiles.writeFolder(
        out, dir -> SimulationFiles.writeAll(dir, sc, loaded, s, r, summary));
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
        r.shortage() ? "yes (first on day " + SimulationFiles.firstShortage(r) + ")" : "no",
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
    SimulationFiles.writeFolder(
        out, dir -> SimulationFiles.writeFirm(dir, sc, loaded, t, m, source));
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

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%,.1f", v);
  }

  /** The members of a country group, as Chokepoint's other commands resolve {@code --group}. */
  private Set<CountryCode> groupMembers(String name) {
    return ChokepointCommand.root(spec).session().workspace().groups().resolve(name).members();
  }
}
