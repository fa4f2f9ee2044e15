package org.chokepoint.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chokepoint disclosure}: statistical disclosure control of tables from microdata. */
@Command(
    name = "disclosure",
    mixinStandardHelpOptions = true,
    description = {
      "Statistical disclosure control: build a table with margins from confidential microdata,"
          + " suppress cells that break the primary rules and complementary cells that protect"
          + " them, and audit a published table for recomputable cells.",
      "Method: docs/methods/disclosure-control.md."
    },
    subcommands = {DisclosureProtectCommand.class, DisclosureAuditCommand.class})
final class DisclosureCommand implements Runnable {
  /** Exit status when a table fails its audit (a suppressed cell is recomputable). */
  static final int AUDIT_FAILED = 3;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(ChokepointCommand.root(spec).out());
  }
}
