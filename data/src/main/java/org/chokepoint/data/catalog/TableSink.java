package org.chokepoint.data.catalog;

import java.util.List;

/** Where an importer writes its tables during an import. */
public interface TableSink {
  /** Starts a table with the given columns; rows are added with {@link TableWriter#row}. */
  TableWriter table(String name, List<String> columns);

  /**
   * Stores a columnar table: the first {@code rows} values of each column. For large tables of
   * numbers (trade flows) that CSV would make slow to read back.
   */
  void columns(String name, int rows, List<Column> columns);

  /** Records a source file read by the import (name, size, checksum). */
  void sourceFile(java.nio.file.Path file);
}
