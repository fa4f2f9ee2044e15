package org.chokepoint.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.pull.DataPull;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chokepoint data pull [SOURCE...]}: download the official files and import them. */
@Command(
    name = "pull",
    mixinStandardHelpOptions = true,
    description = {
      "Download the official files from their publishers and import them.",
      "Where the network does not reach a publisher, says so and what to download by hand."
    })
final class DataPullCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SOURCE",
      arity = "0..*",
      description = "Sources to pull (default: all).")
  List<String> sources = new ArrayList<>();

  @Override
  public Integer call() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    Session session = root.session();
    Map<String, URI> addresses = session.pullSources();
    List<String> wanted = sources.isEmpty() ? List.copyOf(addresses.keySet()) : sources;
    DataPull pull = new DataPull(session.workspace().catalog(), session.pullTimeout());
    int failed = 0;
    for (String source : wanted) {
      URI uri = addresses.get(source);
      if (uri == null) {
        throw new IllegalArgumentException(
            "no download address for \""
                + source
                + "\"; known: "
                + String.join(", ", addresses.keySet()));
      }
      root.err().println("pulling " + source + " from " + uri + " ...");
      try {
        DatasetManifest m =
            pull.pull(session.workspace().importers().getImporter(source), uri, source);
        root.out()
            .printf("imported %s: %,d rows (%s)%n", m.name(), m.rows(), m.provenance().oneLine());
      } catch (DataPull.PullException e) {
        failed++;
        root.err().println("error: " + source + ": " + e.getMessage());
      }
    }
    return failed == 0 ? 0 : 1;
  }
}
