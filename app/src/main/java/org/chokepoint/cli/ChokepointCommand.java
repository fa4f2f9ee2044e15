package org.chokepoint.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.chokepoint.data.pull.DataPull;
import org.chokepoint.data.text.ImportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code chokepoint}: the root command, its options shared by every subcommand. */
@Command(
    name = "chokepoint",
    mixinStandardHelpOptions = true,
    versionProvider = ChokepointCommand.Version.class,
    description = {
      "Chokepoint: where critical supply chains hang on a few, unstable or rival suppliers.",
      "Every number comes with its dataset, vintage and licence."
    },
    subcommands = {
      OverviewCommand.class,
      MineralsCommand.class,
      DependenceCommand.class,
      CriticalityCommand.class,
      ChokepointsCommand.class,
      NetworkCommand.class,
      DataCommand.class,
      GroupsCommand.class,
      IoCommand.class,
      SimulateCommand.class,
      ScreenCommand.class,
      ServeCommand.class,
      AdminCommand.class,
      AuditCommand.class,
      DisclosureCommand.class,
      CrisisCommand.class,
      ContributionCommand.class,
      PooledCommand.class,
      AssessmentCommand.class
    },
    usageHelpAutoWidth = true)
public final class ChokepointCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "Data directory (default: $CHOKEPOINT_HOME, else ~/.chokepoint).")
  Path dataDir;

  @Option(
      names = "--group",
      paramLabel = "NAME=ISO3,...",
      scope = ScopeType.INHERIT,
      description = "Define a country group for this run, e.g. --group allies=JPN,USA,AUS.")
  List<String> groupOptions = new ArrayList<>();

  private final PrintStream out;
  private final PrintStream err;
  private final Session.Opener opener;
  private Session session;

  private ChokepointCommand(PrintStream out, PrintStream err, Session.Opener opener) {
    this.out = out;
    this.err = err;
    this.opener = opener;
  }

  /** Runs the command line and returns the exit code: 0 done, 1 failed, 2 bad usage. */
  public static int run(String[] args, PrintStream out, PrintStream err, Session.Opener opener) {
    ChokepointCommand root = new ChokepointCommand(out, err, opener);
    CommandLine cl = new CommandLine(root);
    cl.setOut(new java.io.PrintWriter(out, true));
    cl.setErr(new java.io.PrintWriter(err, true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          err.println("error: " + message(ex));
          if (!(ex instanceof ImportException
              || ex instanceof IllegalArgumentException
              || ex instanceof NoSuchElementException
              || ex instanceof org.chokepoint.workspace.policy.AccessDenied
              || ex instanceof DataPull.PullException)) {
            ex.printStackTrace(err);
          }
          return 1;
        });
    return cl.execute(args);
  }

  private static String message(Exception ex) {
    return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
  }

  @Override
  public void run() {
    spec.commandLine().usage(out);
  }

  /** The session for the chosen data directory, opened once per run. */
  Session session() {
    if (session == null) {
      session = opener.open(dataDir, groupOptions);
    }
    return session;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /** The root command of the command a subcommand belongs to. */
  static ChokepointCommand root(CommandSpec spec) {
    return (ChokepointCommand) spec.root().userObject();
  }

  /** The version from the jar manifest, when run from the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ChokepointCommand.class.getPackage().getImplementationVersion();
      return new String[] {"chokepoint " + (v == null ? "development build" : v)};
    }
  }
}
