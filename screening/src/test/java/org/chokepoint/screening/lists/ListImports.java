package org.chokepoint.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.ListedName;

/**
 * Runs a list importer through a real catalog in a temporary folder and reads the stored dataset
 * back with {@link ListDataset}, so that every test checks the stored form, not the importer's
 * memory.
 */
public final class ListImports {
  private ListImports() {}

  /** The manifest and the entries as stored. */
  public record Imported(DatasetManifest manifest, List<ListedEntity> entities) {
    public ListedEntity entry(String id) {
      return entities.stream()
          .filter(e -> e.entryId().equals(id))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no entry " + id));
    }

    public ListedEntity named(String name) {
      return entities.stream()
          .filter(e -> e.names().stream().anyMatch(n -> n.name().equals(name)))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no entry named " + name));
    }

    /** Names of all entries with this kind. */
    public long count(ListedName.Kind kind) {
      return entities.stream()
          .flatMap(e -> e.names().stream())
          .filter(n -> n.kind() == kind)
          .count();
    }
  }

  public static Imported run(DatasetImporter importer, Path source, Path dataDir) {
    DataCatalog c = new DataCatalog(dataDir, StarterPack.none(), new TickingClock());
    DatasetManifest m = c.importDataset(importer, source, importer.source(), n -> {});
    assertThat(ListDataset.isList(c.getDataset(importer.source()))).isTrue();
    return new Imported(m, ListDataset.entities(c.getDataset(importer.source())));
  }

  /** Asserts that the import fails with an {@link ImportException} ending in {@code end}. */
  public static ImportException fails(
      DatasetImporter importer, Path source, Path dataDir, String end) {
    DataCatalog c = new DataCatalog(dataDir, StarterPack.none(), new TickingClock());
    Throwable[] thrown = new Throwable[1];
    assertThatThrownBy(() -> c.importDataset(importer, source, importer.source(), n -> {}))
        .isInstanceOf(ImportException.class)
        .satisfies(t -> thrown[0] = t)
        .hasMessageEndingWith(end);
    assertThat(c.findDataset(importer.source())).isEmpty();
    return (ImportException) thrown[0];
  }

  /** Writes a small file for an error test. */
  public static Path write(Path dir, String name, String text) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of an entry as "KIND name" or "KIND language name", for compact assertions. */
  public static List<String> names(ListedEntity e) {
    return e.names().stream()
        .map(n -> n.kind() + (n.language().isEmpty() ? "" : " " + n.language()) + " " + n.name())
        .toList();
  }
}
