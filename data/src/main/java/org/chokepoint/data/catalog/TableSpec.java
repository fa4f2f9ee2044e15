package org.chokepoint.data.catalog;

import java.util.List;

/**
 * A stored table as the manifest describes it.
 *
 * @param name table name, such as {@code production}
 * @param file file name inside the dataset version
 * @param columns column names, in order
 * @param rows number of data rows (the header not counted)
 * @param sha256 checksum of the file, verified by {@code data verify}
 */
public record TableSpec(String name, String file, List<String> columns, long rows, String sha256) {
  public TableSpec {
    columns = List.copyOf(columns);
  }
}
