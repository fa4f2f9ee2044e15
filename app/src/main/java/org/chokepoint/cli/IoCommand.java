package org.chokepoint.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.chokepoint.inputoutput.IoProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint io}: input–output analysis of an MRIO folder in pymrio's CSV layout or of the
 * US BEA tables — footprints ({@code analyze}) and the inoperability model ({@code iim}).
 */
@Command(
    name = "io",
    mixinStandardHelpOptions = true,
    description = {
      "Input-output analysis as pymrio defines it (docs/methods/input-output.md) and the"
          + " inoperability input-output model (docs/methods/iim.md), on an MRIO folder in"
          + " pymrio's CSV layout or on the US BEA Use and Make tables."
    },
    subcommands = {IoAnalyzeCommand.class, IoIimCommand.class})
final class IoCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Progress on standard error: a step's line at most once a second, and only on long runs. */
  static IoProgress progress(PrintWriter err) {
    long start = System.nanoTime();
    long[] last = {start};
    return (step, done, total) -> {
      long now = System.nanoTime();
      if (now - last[0] >= 1_000_000_000L && now - start >= 2_000_000_000L) {
        err.printf(Locale.ROOT, "  ... %s: %,d of %,d (%s)%n", step, done, total, seconds(start));
        err.flush();
        last[0] = now;
      }
    };
  }

  /** Seconds since {@code start}, for messages. */
  static String seconds(long start) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
  }
}
