package org.chokepoint.data.mrio;

import java.nio.file.Path;
import java.util.Arrays;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.inputoutput.Labels;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/** A table read densely (Y, F, F_Y), with its labels, checked against known labels. */
final class Dense {
  final Labels rows;
  final Labels columns;
  final DenseMatrix matrix;
  private final int labelColumns;

  private Dense(Labels rows, Labels columns, DenseMatrix matrix, int labelColumns) {
    this.rows = rows;
    this.columns = columns;
    this.matrix = matrix;
    this.labelColumns = labelColumns;
  }

  /**
   * Reads {@code file}; when {@code expectedRows} is given, each row's labels must be those at the
   * same position (the sectors of Z for Y), and there must be as many rows.
   */
  static Dense read(Path file, PandasCsvReader.Shape shape, Labels expectedRows) {
    double[][] data = {new double[1024]};
    int[] size = {0};
    PandasCsvReader.Table t =
        PandasCsvReader.read(
            file,
            shape,
            (row, rec, labels, values) -> {
              if (expectedRows != null) {
                if (row >= expectedRows.size()) {
                  throw rec.error("more rows than Z.csv has sectors (" + expectedRows.size() + ")");
                }
                if (!labels.equals(expectedRows.tuple(row))) {
                  throw rec.error(
                      0,
                      "row "
                          + String.join("/", labels)
                          + " where Z.csv has "
                          + expectedRows.joined(row)
                          + " (rows must be Z's sectors in Z's order)");
                }
              }
              int need = size[0] + values.length;
              if (need > data[0].length) {
                data[0] = Arrays.copyOf(data[0], Math.max(need, data[0].length * 2));
              }
              System.arraycopy(values, 0, data[0], size[0], values.length);
              size[0] = need;
            });
    int cols = t.columns().size();
    int n = t.rows().size();
    if (expectedRows != null && n != expectedRows.size()) {
      throw ImportException.ofFile(
          file.toString(), n + " rows, Z.csv has " + expectedRows.size() + " sectors");
    }
    DenseMatrix m = new DenseMatrix(n, cols, Arrays.copyOf(data[0], n * cols));
    return new Dense(t.rows(), t.columns(), m, t.rows().levels());
  }

  /** The column labels must be {@code expected}, in order; the error points at the header cell. */
  void sameColumns(Path file, Labels expected, String against) {
    if (columns.levels() != expected.levels()) {
      throw ImportException.ofFile(
          file.toString(),
          columns.levels() + " column levels, " + against + " has " + expected.levels());
    }
    for (int j = 0; j < columns.size(); j++) {
      if (!columns.tuple(j).equals(expected.tuple(j))) {
        for (int level = 0; level < columns.levels(); level++) {
          if (!columns.get(j, level).equals(expected.get(j, level))) {
            throw new ImportException(
                file.toString(),
                level + 1,
                labelColumns + j + 1,
                "column "
                    + columns.joined(j)
                    + " where "
                    + against
                    + " has "
                    + expected.joined(j)
                    + " (columns must match in order)");
          }
        }
      }
    }
  }
}
