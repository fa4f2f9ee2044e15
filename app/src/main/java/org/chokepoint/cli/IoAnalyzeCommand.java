package org.chokepoint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.chokepoint.data.mrio.MrioFolderWriter;
import org.chokepoint.inputoutput.IoAnalysis;
import org.chokepoint.inputoutput.IoOptions;
import org.chokepoint.inputoutput.IoProgress;
import org.chokepoint.inputoutput.IoResult;
import org.chokepoint.inputoutput.matrix.GaussSeidelInverse;
import org.chokepoint.inputoutput.matrix.SolveStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint io analyze}: x, A, L and every extension's multipliers and footprints. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Compute x, A, B, L, G and, per extension, S, S_Y, M, M_down, D_cba, D_pba, D_imp, D_exp"
          + " and their per-region sums, as pymrio does, and write them in pymrio's CSV layout"
          + " (full double precision) to --out, which appears whole or not at all.",
      "Systems larger than --dense-limit sectors are solved by Gauss-Seidel iteration without a"
          + " dense inverse; L.csv and G.csv are then not written.",
      "Examples: chokepoint io analyze ../shared/data/validation/02_pymrio_small_mrio_2reg_3sec"
          + " --out out/case02",
      "          chokepoint io analyze --bea ../shared/data/bea-io --year 2023 --out out/bea2023"
    })
final class IoAnalyzeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Mixin IoSystemOptions input;

  @Option(names = "--out", required = true, paramLabel = "FOLDER", description = "Output folder.")
  Path out;

  @Option(names = "--force", description = "Replace --out if it exists.")
  boolean force;

  @Option(
      names = "--solver",
      defaultValue = "auto",
      description = "auto, dense or iterative (default: ${DEFAULT-VALUE}).")
  IoOptions.Solver solver;

  @Option(
      names = "--dense-limit",
      defaultValue = "" + IoOptions.DEFAULT_DENSE_LIMIT,
      description =
          "Largest system (sectors) solved densely under auto (default: ${DEFAULT-VALUE}).")
  int denseLimit;

  @Option(
      names = "--tolerance",
      defaultValue = "" + GaussSeidelInverse.DEFAULT_TOLERANCE,
      description =
          "Relative change per sweep that ends the iteration (default: ${DEFAULT-VALUE}).")
  double tolerance;

  @Option(names = "--threads", description = "Threads (default: the processors, at most 8).")
  Integer threads;

  @Override
  public void run() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    long start = System.nanoTime();
    MrioFolderWriter.checkTarget(out, force);
    IoProgress progress = IoCommand.progress(err);
    IoSystemOptions.Loaded loaded = input.load(err, progress);
    IoOptions defaults = IoOptions.defaults();
    IoOptions options =
        new IoOptions(
            solver,
            denseLimit,
            tolerance,
            defaults.maxSweeps(),
            threads == null ? defaults.threads() : threads);
    int n = loaded.system().size();
    if (!options.dense(n)) {
      err.printf(
          Locale.ROOT,
          "note: %,d sectors%s: solving by Gauss-Seidel iteration (tolerance %.0e); L.csv and"
              + " G.csv are not written%n",
          n,
          solver == IoOptions.Solver.ITERATIVE ? "" : " exceed the dense limit of " + denseLimit,
          tolerance);
    }
    IoResult r = new IoAnalysis(options).run(loaded.system(), progress);
    MrioFolderWriter.Summary s = MrioFolderWriter.write(r, out, force, readme(loaded, r), progress);
    stdout.printf(
        Locale.ROOT,
        "wrote %d files to %s in %s (%s)%n",
        s.files().size(),
        s.folder(),
        IoCommand.seconds(start),
        describe(r.leontiefStats()));
    stdout.flush();
    err.println("source: " + loaded.source());
    err.flush();
  }

  static String describe(SolveStats st) {
    if (st.maxSweeps() == 0) {
      return st.method();
    }
    return String.format(
        Locale.ROOT,
        "%s: %d vectors, at most %d sweeps, largest relative residual %.1e",
        st.method(),
        st.rightHandSides(),
        st.maxSweeps(),
        st.maxRelativeResidual());
  }

  private static String readme(IoSystemOptions.Loaded loaded, IoResult r) {
    StringBuilder b = new StringBuilder();
    b.append("Input-output analysis by chokepoint io analyze (docs/methods/input-output.md),\n");
    b.append("in pymrio's CSV layout and definitions.\n\n");
    b.append("source: ").append(loaded.source()).append('\n');
    b.append("solver for L: ").append(describe(r.leontiefStats())).append('\n');
    b.append("solver for G: ").append(describe(r.ghoshStats())).append('\n');
    if (!r.dense()) {
      b.append("L.csv and G.csv are not written: the system was solved iteratively.\n");
    }
    if (!loaded.names().isEmpty()) {
      b.append("\nsector codes:\n");
      loaded.names().forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
    }
    return b.toString();
  }
}
