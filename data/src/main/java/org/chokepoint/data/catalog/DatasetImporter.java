package org.chokepoint.data.catalog;

import java.nio.file.Path;

/**
 * Turns an official file (or folder) into a dataset's tables. An importer validates everything and
 * fails with an {@link org.chokepoint.data.text.ImportException} naming file, line, column and
 * reason; it writes its tables only through {@link TableSink}, so that the catalog can discard a
 * failed import whole.
 */
public interface DatasetImporter {
  /** The name used on the command line ({@code data import <source>}) and as the dataset name. */
  String source();

  /** One line on what the importer reads. */
  String description();

  /** Reads {@code path}, writes the tables into {@code sink} and describes the dataset. */
  DatasetDescription importInto(Path path, TableSink sink);
}
