package org.chokepoint.cli;

import java.nio.file.Path;
import org.chokepoint.data.catalog.DatasetManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chokepoint network import <name> <folder>}. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a firm network in the generic layout: FOLDER/nodes.csv (id,kind,name,country) and"
          + " FOLDER/links.csv (supplier,customer,product,amount); README.txt's first line, if"
          + " any, becomes the title.",
      "The import lands whole or not at all; the previous version stays until it succeeds."
    })
final class NetworkImportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "Dataset name, e.g. jp-firms.")
  String name;

  @Parameters(index = "1", paramLabel = "FOLDER", description = "Folder with the two CSV files.")
  Path folder;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    long start = System.nanoTime();
    root.err().printf("importing %s from %s%n", name, folder);
    DatasetManifest m =
        NetworkCommand.service(root)
            .importFolder(name, folder, NetworkCommand.progress(root.err()));
    root.out()
        .printf(
            "imported %s: %,d nodes, %,d links from %s in %s%n  source: %s%n  into %s%n",
            m.name(),
            Long.parseLong(m.property("nodes")),
            Long.parseLong(m.property("links")),
            folder,
            NetworkCommand.seconds(start),
            m.provenance().oneLine(),
            root.session().dataDir());
    for (String w : m.warnings()) {
      root.err().println("warning: " + w);
    }
  }
}
