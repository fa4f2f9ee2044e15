package org.chokepoint.cli;

import java.util.List;
import org.chokepoint.data.catalog.VerifyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chokepoint data verify}: every table against its recorded checksum and row count. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "Check every dataset's tables against their recorded checksums; exit 1 on damage.")
final class DataVerifyCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    List<VerifyResult> results = root.session().workspace().catalog().verify();
    int bad = 0;
    for (VerifyResult r : results) {
      if (r.ok()) {
        root.out().printf("ok      %-12s %s %s%n", r.name(), r.origin(), r.version());
      } else {
        bad++;
        root.out().printf("FAILED  %-12s %s %s%n", r.name(), r.origin(), r.version());
        r.problems().forEach(p -> root.out().println("        " + p));
      }
    }
    root.out().printf("%d dataset(s) checked, %d damaged%n", results.size(), bad);
    return bad == 0 ? 0 : 1;
  }
}
