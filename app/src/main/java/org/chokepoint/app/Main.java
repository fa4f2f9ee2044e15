package org.chokepoint.app;

import org.chokepoint.cli.ChokepointCommand;
import org.chokepoint.data.catalog.StarterPack;

/** The entry point of the runnable jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(
        ChokepointCommand.run(
            args,
            System.out,
            System.err,
            Application.opener(
                System.getenv(), System.getProperty("user.home"), StarterPack.bundled())));
  }
}
