package org.chokepoint.screening.lists;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;

/**
 * A list published as CSV with a header row, read whole: the columns an importer needs must all be
 * in the header (else the file is not the list it claims to be), and every row must have as many
 * fields as the header. Values are looked up by column name, so a publisher adding or reordering
 * columns does not break an importer.
 */
public final class CsvTable {
  private final String file;
  private final Map<String, Integer> index;
  private final List<Row> rows;

  private CsvTable(String file, Map<String, Integer> index, List<Row> rows) {
    this.file = file;
    this.index = index;
    this.rows = rows;
  }

  /** One data row. */
  public final class Row {
    private final CsvRecord record;

    private Row(CsvRecord record) {
      this.record = record;
    }

    /** The value of a required or present column, or empty text for an absent optional one. */
    public String get(String column) {
      Integer i = index.get(column);
      return i == null ? "" : record.get(i);
    }

    public long line() {
      return record.line();
    }

    public String file() {
      return file;
    }

    /** An error about this row's value in {@code column}. */
    public ImportException error(String column, String reason) {
      Integer i = index.get(column);
      return i == null ? record.error(reason) : record.error(i, reason);
    }
  }

  /**
   * Reads {@code path} (UTF-8, else Windows-1252).
   *
   * @param required columns that must be in the header
   * @param what what the file should be, for the error message ("a US Consolidated Screening List
   *     CSV")
   */
  public static CsvTable read(Path path, List<String> required, String what) {
    SourceFile source = new SourceFile(path).requireReadable();
    return source.parse(
        SourceFile.utf8ThenWindows1252(),
        reader -> {
          CsvReader csv = new CsvReader(reader, source.name());
          CsvRecord header = csv.next();
          if (header == null) {
            throw ImportException.ofFile(source.name(), "file is empty, expected " + what);
          }
          Map<String, Integer> index = new HashMap<>();
          for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip(), i);
          }
          for (String c : required) {
            if (!index.containsKey(c)) {
              throw header.error("missing column \"" + c + "\"; is this " + what + "?");
            }
          }
          List<CsvRecord> records = new ArrayList<>();
          for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
            if (r.size() == 1 && r.get(0).isBlank()) {
              continue;
            }
            if (r.size() != header.size()) {
              throw r.error("expected " + header.size() + " fields, found " + r.size());
            }
            records.add(r);
          }
          CsvTable t = new CsvTable(source.name(), index, new ArrayList<>());
          records.forEach(r -> t.rows.add(t.new Row(r)));
          return t;
        });
  }

  public List<Row> rows() {
    return List.copyOf(rows);
  }

  public String file() {
    return file;
  }
}
