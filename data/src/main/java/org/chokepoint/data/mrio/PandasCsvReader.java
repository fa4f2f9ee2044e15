package org.chokepoint.data.mrio;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.inputoutput.Labels;

/**
 * Reads what pandas' {@code DataFrame.to_csv} writes for a table with multi-level labels: one
 * header row per column level ({@code level name, "", …, labels}), then a row of index level names
 * when the index is named (its value cells empty), then one row per table row ({@code labels…,
 * values…}). The number of index and column levels is given by the caller or inferred as {@link
 * Shape} says. Numbers must be plain decimals; an empty cell (pandas' NaN) is an error.
 */
final class PandasCsvReader {
  /** Longest label or number accepted. */
  private static final int MAX_FIELD = 4096;

  /** Widest row accepted: 4 million columns. */
  private static final int MAX_FIELDS = 1 << 22;

  private PandasCsvReader() {}

  /**
   * What is known of a table before reading it.
   *
   * @param indexLevels index levels, or -1 to infer (from the width and {@code columns}, else from
   *     the blanks after the first header cell)
   * @param columnLevels column levels, or -1 to infer (header rows are those whose first index
   *     cells after the first are blank; needs two index levels), or 0 to use the index levels
   * @param columns expected number of value columns, or -1
   */
  record Shape(int indexLevels, int columnLevels, int columns) {}

  /** Receives each table row as it is read. */
  interface RowSink {
    /** Row {@code row} (0-based) with its labels and values (the array is reused). */
    void row(int row, CsvRecord record, List<String> labels, double[] values);
  }

  /** The labels of a table read by {@link #read}. */
  record Table(Labels rows, Labels columns, int headerLines) {}

  static Table read(Path file, Shape shape, RowSink sink) {
    String name = file.toString();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvReader csv = new CsvReader(in, name, MAX_FIELD, MAX_FIELDS)) {
      return read(csv, name, shape, sink);
    } catch (NoSuchFileException e) {
      throw ImportException.ofFile(name, "no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw ImportException.ofFile(name, "not valid UTF-8 text");
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
        throw ImportException.ofFile(name, "not valid UTF-8 text");
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Table read(CsvReader csv, String name, Shape shape, RowSink sink) {
    CsvRecord first = csv.next();
    if (first == null) {
      throw ImportException.ofFile(name, "empty file, expected a header");
    }
    int nIdx = indexLevels(first, shape, name);
    int width = first.size();
    int nCols = width - nIdx;
    if (shape.columns() >= 0 && nCols != shape.columns()) {
      throw first.error(
          "has "
              + nCols
              + " value columns after "
              + nIdx
              + " label columns, expected "
              + shape.columns());
    }
    List<CsvRecord> headers = new ArrayList<>();
    headers.add(first);
    CsvRecord r = csv.next();
    int wantLevels = shape.columnLevels() == 0 ? nIdx : shape.columnLevels();
    while (r != null
        && (wantLevels > 0 ? headers.size() < wantLevels : isColumnHeader(r, nIdx, width))) {
      headers.add(r);
      r = csv.next();
    }
    if (wantLevels > 0 && headers.size() < wantLevels) {
      throw ImportException.ofFile(name, "ends inside the header (" + wantLevels + " rows)");
    }
    List<String> levelNames = new ArrayList<>();
    List<List<String>> colTuples = new ArrayList<>();
    for (int j = 0; j < nCols; j++) {
      colTuples.add(new ArrayList<>());
    }
    List<String> indexNames = new ArrayList<>();
    for (int k = 0; k < nIdx; k++) {
      indexNames.add(wantLevels == 1 ? first.get(k) : "");
    }
    for (CsvRecord h : headers) {
      checkWidth(h, width, nIdx);
      if (wantLevels == 1) {
        // one column level: pandas writes the index names, then the labels, and drops the name
        levelNames.add("");
        for (int j = 0; j < nCols; j++) {
          colTuples.get(j).add(label(h, nIdx + j));
        }
        continue;
      }
      for (int k = 1; k < nIdx; k++) {
        if (!h.get(k).isEmpty()) {
          throw h.error(k, "expected an empty cell in a header row (" + nIdx + " label columns)");
        }
      }
      levelNames.add(h.get(0));
      for (int j = 0; j < nCols; j++) {
        colTuples.get(j).add(label(h, nIdx + j));
      }
    }
    int headerLines = headers.size();
    if (wantLevels != 1 && r != null && valuesEmpty(r, nIdx)) {
      checkWidth(r, width, nIdx);
      for (int k = 0; k < nIdx; k++) {
        indexNames.set(k, r.get(k));
      }
      headerLines++;
      r = csv.next();
    }
    List<List<String>> rowTuples = new ArrayList<>();
    double[] values = new double[nCols];
    for (; r != null; r = csv.next()) {
      checkWidth(r, width, nIdx);
      List<String> labels = new ArrayList<>(nIdx);
      for (int k = 0; k < nIdx; k++) {
        labels.add(label(r, k));
      }
      for (int j = 0; j < nCols; j++) {
        values[j] = number(r, nIdx + j);
      }
      sink.row(rowTuples.size(), r, labels, values);
      rowTuples.add(labels);
    }
    return new Table(
        new Labels(indexNames, rowTuples), new Labels(levelNames, colTuples), headerLines);
  }

  private static int indexLevels(CsvRecord first, Shape shape, String name) {
    if (shape.indexLevels() > 0) {
      return shape.indexLevels();
    }
    if (shape.columns() >= 0) {
      int n = first.size() - shape.columns();
      if (n < 1) {
        throw first.error(
            "has "
                + first.size()
                + " cells; expected label columns and "
                + shape.columns()
                + " value columns");
      }
      return n;
    }
    int n = 1;
    while (n < first.size() && first.get(n).isEmpty()) {
      n++;
    }
    if (n >= first.size()) {
      throw first.error("header row has no column labels");
    }
    return n;
  }

  /** A further column-header row: blank index cells after the first, labels in the values. */
  private static boolean isColumnHeader(CsvRecord r, int nIdx, int width) {
    if (nIdx < 2 || r.size() != width || valuesEmpty(r, nIdx)) {
      return false;
    }
    for (int k = 1; k < nIdx; k++) {
      if (!r.get(k).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static boolean valuesEmpty(CsvRecord r, int nIdx) {
    for (int j = nIdx; j < r.size(); j++) {
      if (!r.get(j).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static void checkWidth(CsvRecord r, int width, int nIdx) {
    if (r.size() != width) {
      throw r.error(
          "row has "
              + r.size()
              + " cells, the header "
              + width
              + " ("
              + nIdx
              + " label columns and "
              + (width - nIdx)
              + " values)");
    }
  }

  private static String label(CsvRecord r, int k) {
    String s = r.get(k);
    if (s.isEmpty()) {
      throw r.error(k, "empty label");
    }
    return s;
  }

  /** A plain decimal number: digits, an optional fraction and exponent; nothing else. */
  static double number(CsvRecord r, int k) {
    String s = r.get(k);
    if (s.isEmpty()) {
      throw r.error(k, "empty value (pandas writes NaN as an empty cell); expected a number");
    }
    if (!isDecimal(s)) {
      throw r.error(k, "\"" + s + "\" is not a number");
    }
    double v = Double.parseDouble(s);
    if (!Double.isFinite(v)) {
      throw r.error(k, "\"" + s + "\" is out of range");
    }
    return v;
  }

  static boolean isDecimal(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        i++;
      }
      int exp = 0;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
        exp++;
      }
      if (exp == 0) {
        return false;
      }
    }
    return i == n;
  }
}
