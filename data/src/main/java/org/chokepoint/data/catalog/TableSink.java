package org.chokepoint.data.catalog;

import java.util.List;

/** Where an importer writes its tables during an import. */
public interface TableSink {
  /** Starts a table with the given columns; rows are added with {@link TableWriter#row}. */
  TableWriter table(String name, List<String> columns);

  /** Records a source file read by the import (name, size, checksum). */
  void sourceFile(java.nio.file.Path file);
}
