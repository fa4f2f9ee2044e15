package org.chokepoint.data.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the starter pack from the official files with the project's own importers: each dataset is
 * imported into a scratch catalog, then its tables and manifest are copied to {@code out/NAME/},
 * and {@code out/index.txt} lists the names. The pack is what {@code chokepoint data starter}
 * writes into the data module's resources.
 */
public final class StarterPackBuilder {
  private StarterPackBuilder() {}

  /** One dataset of the pack: the importer and the official file it reads. */
  public record Entry(DatasetImporter importer, Path source) {}

  public static List<DatasetManifest> build(Map<String, Entry> entries, Path out, Clock clock) {
    try {
      Path scratch = Files.createTempDirectory("chokepoint-starter-");
      try {
        DataCatalog catalog = new DataCatalog(scratch, StarterPack.none(), clock);
        List<DatasetManifest> manifests = new ArrayList<>();
        Files.createDirectories(out);
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
          String name = e.getKey();
          DatasetManifest m =
              catalog.importDataset(e.getValue().importer(), e.getValue().source(), name, n -> {});
          Path target = out.resolve(name);
          DataCatalog.deleteRecursively(target);
          Files.createDirectories(target);
          Path version =
              scratch
                  .resolve("datasets")
                  .resolve(name)
                  .resolve(
                      Files.readString(
                              scratch.resolve("datasets").resolve(name).resolve("CURRENT"),
                              StandardCharsets.UTF_8)
                          .strip());
          for (TableSpec t : m.tables()) {
            Files.copy(
                version.resolve(t.file()),
                target.resolve(t.file()),
                StandardCopyOption.REPLACE_EXISTING);
          }
          DatasetManifest starter = m.withOrigin("starter");
          Files.write(target.resolve("manifest.json"), ManifestJson.write(starter));
          manifests.add(starter);
        }
        StringBuilder index =
            new StringBuilder(
                "# datasets of the starter pack, built by `chokepoint data starter`\n");
        entries.keySet().forEach(n -> index.append(n).append('\n'));
        Files.writeString(out.resolve("index.txt"), index.toString(), StandardCharsets.UTF_8);
        return manifests;
      } finally {
        DataCatalog.deleteRecursively(scratch);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
