package org.chokepoint.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chokepoint data}: the dataset catalog. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = "Import, list, verify and fetch the datasets of the data directory.",
    subcommands = {
      DataImportCommand.class,
      DataListCommand.class,
      DataVerifyCommand.class,
      DataPullCommand.class,
      DataStarterCommand.class
    })
final class DataCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(ChokepointCommand.root(spec).out());
  }
}
