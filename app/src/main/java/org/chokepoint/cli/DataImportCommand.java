package org.chokepoint.cli;

import java.nio.file.Path;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.DatasetManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chokepoint data import <source> <path>}. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import an official file or folder. Sources: countries, hs, wgi, usgs-mcs, baci, comtrade,"
          + " usitc.",
      "The import lands whole or not at all; the previous version stays until it succeeds."
    })
final class DataImportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SOURCE",
      description = "countries, hs, wgi, usgs-mcs, baci, comtrade or usitc")
  String source;

  @Parameters(index = "1", paramLabel = "PATH", description = "The official file (or folder).")
  Path path;

  @Option(names = "--name", description = "Dataset name (default: the source name).")
  String name;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    Session session = root.session();
    DatasetImporter importer = session.workspace().importers().getImporter(source);
    long[] lastReport = {System.nanoTime()};
    DatasetManifest m =
        session
            .workspace()
            .catalog()
            .importDataset(
                importer,
                path,
                name == null ? importer.source() : name,
                rows -> {
                  long now = System.nanoTime();
                  if (now - lastReport[0] > 1_000_000_000L) {
                    root.err().printf("  ... %,d rows stored%n", rows);
                    lastReport[0] = now;
                  }
                });
    root.out()
        .printf(
            "imported %s: %,d rows in %d table(s) from %s%n  source: %s%n  into %s%n",
            m.name(),
            m.rows(),
            m.tables().size(),
            path,
            m.provenance().oneLine(),
            session.dataDir());
    for (String w : m.warnings()) {
      root.err().println("warning: " + w);
    }
  }
}
