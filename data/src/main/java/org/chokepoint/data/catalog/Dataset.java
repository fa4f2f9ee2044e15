package org.chokepoint.data.catalog;

import java.util.NoSuchElementException;
import org.chokepoint.provenance.Provenance;

/** One version of a dataset: its manifest and its tables. Immutable once stored. */
public final class Dataset {
  private final DatasetManifest manifest;
  private final TableFiles files;

  Dataset(DatasetManifest manifest, TableFiles files) {
    this.manifest = manifest;
    this.files = files;
  }

  public DatasetManifest manifest() {
    return manifest;
  }

  public Provenance provenance() {
    return manifest.provenance();
  }

  /** A table of this dataset by name. */
  public Table table(String name) {
    return manifest.tables().stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .map(t -> new Table(t, files))
        .orElseThrow(
            () ->
                new NoSuchElementException("dataset " + manifest.name() + " has no table " + name));
  }

  /** A columnar table of this dataset by name. */
  public ColumnTable columnTable(String name) {
    TableSpec t =
        manifest.tables().stream()
            .filter(x -> x.name().equals(name))
            .findFirst()
            .orElseThrow(
                () ->
                    new NoSuchElementException(
                        "dataset " + manifest.name() + " has no table " + name));
    if (!t.format().equals(TableSpec.COLUMNS)) {
      throw new IllegalArgumentException(name + " is a " + t.format() + " table");
    }
    return new ColumnTable(t, files);
  }

  TableFiles files() {
    return files;
  }
}
