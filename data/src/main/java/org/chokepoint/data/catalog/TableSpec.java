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
 * @param format {@code csv} (RFC 4180 with a header) or {@code columns} (see {@link ColumnTable})
 * @param types column types of a {@code columns} table ({@code int32}, {@code float64}); empty for
 *     CSV
 */
public record TableSpec(
    String name,
    String file,
    List<String> columns,
    long rows,
    String sha256,
    String format,
    List<String> types) {
  public static final String CSV = "csv";
  public static final String COLUMNS = "columns";

  public TableSpec {
    columns = List.copyOf(columns);
    format = format == null ? CSV : format;
    types = types == null ? List.of() : List.copyOf(types);
  }

  /** A CSV table. */
  public TableSpec(String name, String file, List<String> columns, long rows, String sha256) {
    this(name, file, columns, rows, sha256, CSV, List.of());
  }
}
