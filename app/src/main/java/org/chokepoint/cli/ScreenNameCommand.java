package org.chokepoint.cli;

import java.util.List;
import java.util.Set;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.service.ScreeningQuery;
import org.chokepoint.screening.service.ScreeningReportFormat;
import org.chokepoint.screening.service.ScreeningResult;
import org.chokepoint.screening.service.ScreeningService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code screen name "NAME"}. */
@Command(
    name = "name",
    mixinStandardHelpOptions = true,
    description = "Screen one name; hits from the review threshold up, best first.")
final class ScreenNameCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The name, in any script.")
  String name;

  @Option(
      names = "--schema",
      paramLabel = "KIND",
      description =
          "Person, Company, Organization, LegalEntity or Vessel (default: any kind); a person"
              + " never matches a vessel.")
  String schema;

  @Mixin ScreenCommand.ListOptions lists;
  @Mixin OutputOptions output;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    Schema kind = ScreenCommand.schema(schema);
    ScreeningService service = lists.service(root.session(), root.err());
    ScreeningResult r = service.screen(new ScreeningQuery(name, kind, Set.of(), lists.limit));
    List<ScreeningReportFormat.Row> rows =
        List.of(new ScreeningReportFormat.Row(List.of("name"), List.of(name), r));
    ScreenCommand.write(root, output, rows, List.of("name"), service);
  }
}
