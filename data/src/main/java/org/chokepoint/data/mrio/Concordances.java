package org.chokepoint.data.mrio;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;

/**
 * A concordance for aggregation: a CSV file with a header row and two columns, the original label
 * (a region, or a sector's labels after the region joined by "/") and the aggregate it belongs to.
 * Every original appears once; whether every label of the system is covered is checked when the
 * concordance is applied.
 */
public final class Concordances {
  private Concordances() {}

  /** original → aggregate, in file order. */
  public static Map<String, String> read(Path file) {
    SourceFile source = new SourceFile(file);
    return source.parse(
        SourceFile.utf8ThenWindows1252(),
        reader -> {
          CsvReader csv = new CsvReader(reader, source.name());
          CsvRecord header = csv.next();
          if (header == null || header.size() != 2) {
            throw ImportException.ofFile(
                source.name(), "expected a header row with two columns: original,aggregate");
          }
          Map<String, String> map = new LinkedHashMap<>();
          for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
            if (r.size() != 2) {
              throw r.error("expected two cells (original, aggregate), found " + r.size());
            }
            String from = r.get(0).strip();
            String to = r.get(1).strip();
            if (from.isEmpty() || to.isEmpty()) {
              throw r.error(from.isEmpty() ? 0 : 1, "empty label");
            }
            if (map.putIfAbsent(from, to) != null) {
              throw r.error(0, from + " is listed twice");
            }
          }
          if (map.isEmpty()) {
            throw ImportException.ofFile(source.name(), "no rows after the header");
          }
          return map;
        });
  }
}
