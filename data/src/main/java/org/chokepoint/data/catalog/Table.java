package org.chokepoint.data.catalog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;

/** A stored table of a dataset version, read row by row. */
public final class Table {
  private final TableSpec spec;
  private final TableFiles files;

  Table(TableSpec spec, TableFiles files) {
    this.spec = spec;
    this.files = files;
  }

  public TableSpec spec() {
    return spec;
  }

  /** Calls {@code action} for each data row, in stored order. */
  public void forEachRow(Consumer<Row> action) {
    try (Reader r = new InputStreamReader(files.open(spec.file()), StandardCharsets.UTF_8);
        CsvReader csv = new CsvReader(r, files.where() + "/" + spec.file())) {
      CsvRecord header = csv.next();
      if (header == null || !header.fields().equals(spec.columns())) {
        throw new IllegalStateException(
            files.where()
                + "/"
                + spec.file()
                + ": header does not match the manifest; run `chokepoint data verify`");
      }
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < spec.columns().size(); i++) {
        index.put(spec.columns().get(i), i);
      }
      Map<String, Integer> frozen = Map.copyOf(index);
      for (CsvRecord rec = csv.next(); rec != null; rec = csv.next()) {
        action.accept(new Row(frozen, rec.fields(), rec.line()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All rows, for small tables. */
  public List<Row> rows() {
    List<Row> all = new java.util.ArrayList<>();
    forEachRow(all::add);
    return all;
  }
}
