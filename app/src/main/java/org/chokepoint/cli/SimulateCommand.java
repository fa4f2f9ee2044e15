package org.chokepoint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chokepoint.data.mrio.FirmNetworkFiles;
import org.chokepoint.data.mrio.MrioFolderWriter;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.simulation.BuiltinTables;
import org.chokepoint.simulation.Scenario;
import org.chokepoint.simulation.Simulation;
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
      "The table is a folder (table: {mrio: FOLDER} or {bea: FOLDER, year: YEAR}) or a table"
          + " shipped in the jar (table: {dataset: two-sector | bea-us-2023-summary}).",
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
    Simulation.Listener listener =
        new Simulation.Listener() {
          @Override
          public void started(String description) {
            err.println(description);
            err.flush();
          }

          @Override
          public void day(int done, int total) {
            if (done % 30 == 0 || done == total) {
              err.printf(Locale.ROOT, "  day %d of %d%n", done, total);
              err.flush();
            }
          }
        };
    if (sc.model().equals("firm")) {
      Simulation.FirmRun run;
      if (sc.dataset() != null) {
        BuiltinTables.Network net = BuiltinTables.network(sc.dataset());
        run =
            Simulation.firm(
                Simulation.plan(
                    sc,
                    net.loaded(),
                    net.source(),
                    net.provenance(),
                    this::groupMembers,
                    scenarioFile.toString()),
                listener);
      } else {
        FirmNetworkFiles.Loaded loaded = FirmNetworkFiles.read(sc.firms(), sc.links());
        run = Simulation.firm(sc, loaded, this::groupMembers, scenarioFile.toString(), listener);
      }
      SimulationFiles.writeFolder(out, dir -> SimulationFiles.writeFirm(dir, run));
      report(stdout, sc, run.figures(), start);
      err.println("source: " + run.source());
      err.flush();
      return;
    }
    Simulation.Table table;
    if (sc.dataset() != null) {
      table = BuiltinTables.table(sc.dataset());
      err.println("table: " + table.source());
    } else {
      IoSystemOptions input = new IoSystemOptions();
      input.folder = sc.mrio();
      input.bea = sc.bea();
      input.year = sc.year();
      input.level = sc.level();
      input.redefinitions = sc.redefinitions();
      IoSystemOptions.Loaded loaded = input.load(err, IoCommand.progress(err));
      table =
          new Simulation.Table(loaded.system(), loaded.source(), loaded.names(), List.of(), null);
    }
    Simulation.ArioRun run =
        Simulation.ario(sc, table, this::groupMembers, scenarioFile.toString(), listener);
    SimulationFiles.writeFolder(out, dir -> SimulationFiles.writeAll(dir, run));
    report(stdout, sc, run.figures(), start);
    err.println("source: " + table.source());
    err.flush();
  }

  private void report(PrintWriter stdout, Scenario sc, Simulation.Figures f, long start) {
    stdout.printf(
        Locale.ROOT,
        "%s%n  total loss %s (%.3f %% of output over %d days), peak %s on day %d (%.2f %%)%n"
            + "  recovered: %s; shortage: %s%nwrote 6 files to %s in %s%n",
        sc.name(),
        fmt(f.totalLoss()),
        100 * f.totalLoss() / (f.baseline() * f.days()),
        f.days(),
        fmt(f.peakLoss()),
        f.peakDay(),
        100 * f.peakLoss() / f.baseline(),
        f.recoveredFrom() < 0 ? "not within the horizon" : "from day " + f.recoveredFrom(),
        f.shortage() ? "yes (first on day " + f.firstShortage() + ")" : "no",
        out,
        IoCommand.seconds(start));
    stdout.flush();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%,.1f", v);
  }

  /** The members of a country group, as Chokepoint's other commands resolve {@code --group}. */
  private Set<CountryCode> groupMembers(String name) {
    return ChokepointCommand.root(spec).session().workspace().groups().resolve(name).members();
  }
}
