package org.chokepoint.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.Decimals;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;
import org.chokepoint.disclosure.Cell;
import org.chokepoint.disclosure.CellStatus;
import org.chokepoint.disclosure.Contribution;

/**
 * Reading microdata and protected tables for {@code chokepoint disclosure}; errors name
 * file:line:col.
 */
final class DisclosureFiles {
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private DisclosureFiles() {}

  /** A table read for auditing, with the line each cell came from. */
  record Table(List<Cell> cells, Map<List<String>, Long> lines) {}

  /** Reads the header, resolving each named column; errors name the unknown column. */
  private static int[] columns(CsvRecord header, List<String> names, String what) {
    if (header == null) {
      throw ImportException.ofFile("", "empty file: no header row");
    }
    int[] out = new int[names.size()];
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      out[i] = -1;
      for (int c = 0; c < header.size(); c++) {
        if (header.get(c).trim().equals(name)) {
          if (out[i] >= 0) {
            throw header.error(c, "column \"" + name + "\" appears twice");
          }
          out[i] = c;
        }
      }
      if (out[i] < 0) {
        throw header.error(
            "unknown column \""
                + name
                + "\" ("
                + what
                + "; the header has "
                + header.fields()
                + ")");
      }
    }
    return out;
  }

  /** Reads microdata: one row per contribution. */
  static List<Contribution> readMicrodata(
      SourceFile file, List<String> dims, String value, String contributor, String group) {
    return file.parse(
        SourceFile.utf8ThenWindows1252(),
        r -> {
          CsvReader csv = new CsvReader(r, file.name());
          CsvRecord header = csv.next();
          if (header == null) {
            throw ImportException.ofFile(file.name(), "empty file: no header row");
          }
          int[] dimCol = columns(header, dims, "--dims");
          int valueCol = columns(header, List.of(value), "--value")[0];
          int contribCol =
              contributor == null ? -1 : columns(header, List.of(contributor), "--contributor")[0];
          int groupCol = group == null ? -1 : columns(header, List.of(group), "--group")[0];
          List<Contribution> rows = new ArrayList<>();
          for (CsvRecord rec; (rec = csv.next()) != null; ) {
            if (rec.size() != header.size()) {
              throw rec.error("has " + rec.size() + " fields, the header has " + header.size());
            }
            List<String> coords = new ArrayList<>(dims.size());
            for (int d = 0; d < dims.size(); d++) {
              String cat = rec.get(dimCol[d]).trim();
              if (cat.isEmpty()) {
                throw rec.error(dimCol[d], "empty category for " + dims.get(d));
              }
              if (cat.equals(Cell.TOTAL)) {
                throw rec.error(
                    dimCol[d], "category \"Total\" is reserved for margins; microdata has none");
              }
              coords.add(cat);
            }
            double v = number(rec, valueCol, false);
            String who = contribCol < 0 ? "row " + rec.line() : rec.get(contribCol).trim();
            if (who.isEmpty()) {
              throw rec.error(contribCol, "empty contributor id");
            }
            String g = groupCol < 0 ? null : rec.get(groupCol).trim();
            rows.add(new Contribution(coords, v, who, g == null || g.isEmpty() ? null : g));
          }
          return rows;
        });
  }

  /** A finite, non-negative number; empty allowed (NaN) when {@code optional}. */
  private static double number(CsvRecord rec, int col, boolean optional) {
    String s = rec.get(col).trim();
    if (s.isEmpty() && optional) {
      return Double.NaN;
    }
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw rec.error(col, "not a number: \"" + s + "\"");
    }
    if (!Double.isFinite(v) || !NUMBER.matcher(s).matches()) {
      throw rec.error(col, "not a finite number: \"" + s + "\"");
    }
    if (v < 0) {
      throw rec.error(col, "negative value " + s + " (values must be >= 0)");
    }
    return v;
  }

  /** Reads a table in the layout {@code protect} writes. */
  static Table readTable(SourceFile file, List<String> dims) {
    return file.parse(
        SourceFile.utf8ThenWindows1252(),
        r -> {
          CsvReader csv = new CsvReader(r, file.name());
          CsvRecord header = csv.next();
          if (header == null) {
            throw ImportException.ofFile(file.name(), "empty file: no header row");
          }
          int[] dimCol = columns(header, dims, "--dims");
          int totalCol = columns(header, List.of("total"), "required")[0];
          int statusCol = columns(header, List.of("status"), "required")[0];
          int contribCol = header.fields().indexOf("contributors");
          List<Cell> cells = new ArrayList<>();
          Map<List<String>, Long> lines = new HashMap<>();
          for (CsvRecord rec; (rec = csv.next()) != null; ) {
            if (rec.size() != header.size()) {
              throw rec.error("has " + rec.size() + " fields, the header has " + header.size());
            }
            List<String> coords = new ArrayList<>();
            for (int d = 0; d < dims.size(); d++) {
              String cat = rec.get(dimCol[d]).trim();
              if (cat.isEmpty()) {
                throw rec.error(dimCol[d], "empty category for " + dims.get(d));
              }
              coords.add(cat);
            }
            CellStatus status;
            try {
              status = CellStatus.parse(rec.get(statusCol));
            } catch (IllegalArgumentException e) {
              throw rec.error(statusCol, e.getMessage());
            }
            double total = number(rec, totalCol, status.suppressed());
            int contributors = 0;
            if (contribCol >= 0 && !rec.get(contribCol).isBlank()) {
              double c = number(rec, contribCol, false);
              if (c != Math.rint(c) || c > Integer.MAX_VALUE) {
                throw rec.error(contribCol, "not a whole number: \"" + rec.get(contribCol) + "\"");
              }
              contributors = (int) c;
            }
            Long before = lines.putIfAbsent(coords, rec.line());
            if (before != null) {
              throw rec.error("duplicate cell " + coords + " (first on line " + before + ")");
            }
            cells.add(new Cell(coords, contributors, total, status));
          }
          return new Table(cells, lines);
        });
  }

  static String number(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    return v == Double.POSITIVE_INFINITY ? "inf" : Decimals.plain(v);
  }
}
