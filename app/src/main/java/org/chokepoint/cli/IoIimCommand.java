package org.chokepoint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.iim.DynamicIim;
import org.chokepoint.inputoutput.iim.IimRecovery;
import org.chokepoint.inputoutput.iim.IimShock;
import org.chokepoint.inputoutput.iim.IimTrajectory;
import org.chokepoint.inputoutput.iim.InterdependencyIndices;
import org.chokepoint.inputoutput.iim.InterdependencyMatrix;
import org.chokepoint.inputoutput.iim.ResilienceCoefficients;
import org.chokepoint.inputoutput.iim.StaticIim;
import org.chokepoint.inputoutput.matrix.DenseMatrix;
import org.chokepoint.simulation.IoIimKeys;
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
  static final int MAX_SECTORS = 5_000;

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
    IoSystem s = loaded.system();
    if (s.size() > MAX_SECTORS) {
      throw new IllegalArgumentException(
          "the inoperability model is dense: at most " + MAX_SECTORS + " sectors, got " + s.size());
    }
    DenseMatrix aStar =
        side == Side.DEMAND
            ? InterdependencyMatrix.demandSide(s)
            : InterdependencyMatrix.supplySide(s);
    IoIimReport report = new IoIimReport(s, loaded, side.name().toLowerCase(Locale.ROOT), top);
    List<IimShock> parsed = new ArrayList<>();
    for (String sh : shocks) {
      parsed.add(IoIimKeys.shock(s, sh));
    }
    if (steps == null) {
      if (!initial.isEmpty() || continuous || recoveryTime != null || k != null) {
        throw new IllegalArgumentException(
            "--initial, --continuous, --k and --recovery-time need --steps (the dynamic model)");
      }
      if (parsed.isEmpty()) {
        throw new IllegalArgumentException("give at least one --shock SECTOR=C");
      }
      double[] c = new double[s.size()];
      for (IimShock sh : parsed) {
        c[sh.sector()] += sh.value();
      }
      StaticIim.Result q = StaticIim.solve(aStar, c);
      InterdependencyIndices ix =
          side == Side.DEMAND && s.size() > 1 ? InterdependencyIndices.of(aStar) : null;
      report.writeStatic(output, spec.commandLine().getOut(), q, ix, parsed);
    } else {
      double[] kv = resilience(aStar);
      double[] q0 = new double[s.size()];
      for (String init : initial) {
        IimShock sh = IoIimKeys.shock(s, init);
        q0[sh.sector()] = sh.value();
      }
      IimTrajectory t;
      if (continuous) {
        if (!parsed.isEmpty() || initial.isEmpty()) {
          throw new IllegalArgumentException("--continuous takes --initial and no --shock");
        }
        t = IimRecovery.continuous(aStar, kv, q0, steps);
      } else {
        t = DynamicIim.run(aStar, kv, q0, parsed, steps);
      }
      report.writeDynamic(output, spec.commandLine().getOut(), t, kv, parsed, continuous);
    }
    err.println("source: " + loaded.source());
    err.flush();
  }

  private double[] resilience(DenseMatrix aStar) {
    int n = aStar.rows();
    if (k != null && recoveryTime != null) {
      throw new IllegalArgumentException("give --k or --recovery-time, not both");
    }
    if (recoveryTime != null) {
      double[] tau = new double[n];
      java.util.Arrays.fill(tau, recoveryTime);
      return ResilienceCoefficients.fromRecoveryTimes(aStar, tau, lambda);
    }
    return ResilienceCoefficients.uniform(n, k == null ? 1 : k);
  }
}
