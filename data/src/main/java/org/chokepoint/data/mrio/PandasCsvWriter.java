package org.chokepoint.data.mrio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.inputoutput.Labels;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * Writes a labelled table as pandas' {@code to_csv} does, so that pymrio and {@link
 * PandasCsvReader} read it back: with several column levels, one header row per level ({@code level
 * name, "", …, labels}) and, when the index is named, a row of index names; with one column level,
 * a single header row of index names and column labels (pandas drops the column level's name).
 * Numbers are written in full double precision: integers without a fraction, others as Java's
 * shortest round-tripping decimal.
 */
final class PandasCsvWriter {
  private PandasCsvWriter() {}

  /** Fills {@code out} with row {@code i}. */
  interface Values {
    void row(int i, double[] out);
  }

  static Values of(DenseMatrix m) {
    return (i, out) -> System.arraycopy(m.data(), i * m.cols(), out, 0, m.cols());
  }

  static Values of(CsrMatrix m) {
    return (i, out) -> {
      java.util.Arrays.fill(out, 0);
      for (int k = m.rowStart()[i]; k < m.rowStart()[i + 1]; k++) {
        out[m.columns()[k]] = m.values()[k];
      }
    };
  }

  static Values of(double[] column) {
    return (i, out) -> out[0] = column[i];
  }

  static void write(Path file, Labels rows, Labels cols, Values values) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(w, rows, cols, values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Writer w, Labels rows, Labels cols, Values values) throws IOException {
    int nIdx = rows.levels();
    int nCols = cols.size();
    StringBuilder line = new StringBuilder(nCols * 4 + 64);
    if (cols.levels() > 1) {
      for (int level = 0; level < cols.levels(); level++) {
        line.setLength(0);
        line.append(CsvWriter.escape(cols.levelNames().get(level)));
        for (int k = 1; k < nIdx; k++) {
          line.append(',');
        }
        for (int j = 0; j < nCols; j++) {
          line.append(',').append(CsvWriter.escape(cols.get(j, level)));
        }
        w.write(line.append('\n').toString());
      }
      if (rows.levelNames().stream().anyMatch(s -> !s.isEmpty())) {
        line.setLength(0);
        appendLabels(line, rows.levelNames());
        for (int j = 0; j < nCols; j++) {
          line.append(',');
        }
        w.write(line.append('\n').toString());
      }
    } else {
      line.setLength(0);
      appendLabels(line, rows.levelNames());
      for (int j = 0; j < nCols; j++) {
        line.append(',').append(CsvWriter.escape(cols.get(j, 0)));
      }
      w.write(line.append('\n').toString());
    }
    double[] row = new double[nCols];
    for (int i = 0; i < rows.size(); i++) {
      values.row(i, row);
      line.setLength(0);
      appendLabels(line, rows.tuple(i));
      for (int j = 0; j < nCols; j++) {
        line.append(',');
        number(line, row[j]);
      }
      w.write(line.append('\n').toString());
    }
  }

  private static void appendLabels(StringBuilder line, java.util.List<String> labels) {
    for (int k = 0; k < labels.size(); k++) {
      if (k > 0) {
        line.append(',');
      }
      line.append(CsvWriter.escape(labels.get(k)));
    }
  }

  /** Full precision: {@code 20}, {@code 0.19607843137254902}, {@code 1.0E-20}. */
  static void number(StringBuilder b, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("not a finite number: " + v);
    }
    if (v == 0) {
      b.append('0');
    } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      b.append((long) v);
    } else {
      b.append(v);
    }
  }
}
