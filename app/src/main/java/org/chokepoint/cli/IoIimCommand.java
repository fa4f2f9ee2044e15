package org.chokepoint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.simulation.IoIim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint io iim}: inoperability of every sector after a demand or supply shock. */
@Command(
    name = "iim",
    mixinStandardHelpOptions = true,
    description = {
      "Inoperability input-output model (docs/methods/iim.md): the share of each sector's planned"
          + " output lost when demand for (or supply from) some sectors falls.",
      "Static: q = (I - A*)^-1 c*, clipped to [0, 1], with loss x·q and the dependency and"
          + " influence indices. With --steps: the dynamic model q(t) = q(t-1) + K(A* q(t-1) +"
          + " c*(t) - q(t-1)), shock windows inclusive, and the impact integral (trapezoid rule).",
      "Sectors are REGION/SECTOR as in the table's labels, or SECTOR alone when only one region"
          + " has it (BEA: codes such as 334).",
      "Example: chokepoint io iim --bea ../shared/data/bea-io --year 2023 --shock 334=0.5@1:182"
          + " --steps 365 --recovery-time 90"
    })
final class IoIimCommand implements Runnable {
  /** Largest system the dense inoperability model takes. */
  static final int MAX_SECTORS = IoIim.MAX_SECTORS;

  @Spec CommandSpec spec;

  @Mixin IoSystemOptions input;

  @Option(
      names = "--shock",
      paramLabel = "SECTOR=C[@START:END]",
      description =
          "Perturbation c* of a sector, a fraction of its planned output; with --steps, the"
              + " steps it lasts (inclusive; default: all).")
  List<String> shocks = new ArrayList<>();

  @Option(
      names = "--initial",
      paramLabel = "SECTOR=Q",
      description = "Initial inoperability q(0) of a sector (dynamic model; default 0).")
  List<String> initial = new ArrayList<>();

  @Option(
      names = "--side",
      defaultValue = "demand",
      description =
          "demand (A* = diag(x)^-1 Z) or supply (A* = A transposed) (default: ${DEFAULT-VALUE}).")
  Side side;

  @Option(
      names = "--steps",
      description = "Run the dynamic model for this many steps (t = 0 included).")
  Integer steps;

  @Option(
      names = "--k",
      description =
          "Resilience coefficient of every sector, in [0, 1] (default 1, or from --recovery-time).")
  Double k;

  @Option(
      names = "--recovery-time",
      paramLabel = "STEPS",
      description = "Steps to recover to --lambda of the initial inoperability; sets K per sector.")
  Double recoveryTime;

  @Option(
      names = "--lambda",
      defaultValue = "0.01",
      description = "Share left at the recovery time (default: ${DEFAULT-VALUE}).")
  double lambda;

  @Option(
      names = "--continuous",
      description = "Recovery without shocks in continuous time, q(t) = exp(-t K (I - A*)) q(0).")
  boolean continuous;

  @Option(
      names = "--top",
      defaultValue = "20",
      description = "Rows in the table (default: ${DEFAULT-VALUE}).")
  int top;

  @Mixin OutputOptions output;

  enum Side {
    DEMAND,
    SUPPLY
  }

  @Override
  public void run() {
    PrintWriter err = spec.commandLine().getErr();
    IoSystemOptions.Loaded loaded = input.load(err, IoCommand.progress(err));
    IoIim.Result r =
        IoIim.run(
            loaded.system(),
            loaded.source(),
            loaded.names(),
            new IoIim.Options(
                side == Side.DEMAND ? IoIim.Side.DEMAND : IoIim.Side.SUPPLY,
                shocks,
                initial,
                steps,
                k,
                recoveryTime,
                lambda,
                continuous));
    IoIimReport report = new IoIimReport(r, top);
    if (r.dynamic()) {
      report.writeDynamic(output, spec.commandLine().getOut());
    } else {
      report.writeStatic(output, spec.commandLine().getOut());
    }
    err.println("source: " + loaded.source());
    err.flush();
  }
}
