package org.chokepoint.data.text;

import java.util.List;

/**
 * One CSV record with where it came from.
 *
 * @param line the 1-based line on which the record starts
 * @param fields the fields, unquoted
 */
public record CsvRecord(String file, long line, List<String> fields) {
  public CsvRecord {
    fields = List.copyOf(fields);
  }

  public int size() {
    return fields.size();
  }

  /** Field {@code index} (0-based), or empty when the record is shorter. */
  public String get(int index) {
    return index < fields.size() ? fields.get(index) : "";
  }

  /** An error about field {@code index} (0-based) of this record. */
  public ImportException error(int index, String reason) {
    return new ImportException(file, line, index + 1, reason);
  }

  /** An error about the record as a whole. */
  public ImportException error(String reason) {
    return new ImportException(file, line, 0, reason);
  }
}
