package org.chokepoint.data.bea;

import java.util.ArrayList;
import java.util.List;

/**
 * One BEA Use or Make sheet as published: a row of codes (its second cell "Commodities/Industries"
 * or "Industries/Commodities"), a row of names under it, then one row per commodity or industry
 * with its code, name and values, followed by totals. "..." marks a cell BEA does not show (zero,
 * per the sheets' note) and reads as 0, as does an empty cell; any other text is an error.
 */
final class BeaSheet {
  final XlsxSheet sheet;
  final int codeRow;

  private BeaSheet(XlsxSheet sheet, int codeRow) {
    this.sheet = sheet;
    this.codeRow = codeRow;
  }

  /** Finds the header whose second cell is {@code corner}. */
  static BeaSheet of(XlsxSheet sheet, String corner) {
    for (int r = 1; r <= Math.min(sheet.lastRow(), 30); r++) {
      if (corner.equals(strip(sheet.cell(r, 1)))) {
        return new BeaSheet(sheet, r);
      }
    }
    throw sheet.error(1, 1, "no header row with \"" + corner + "\" in column B (not a BEA table?)");
  }

  /** Coded columns: their codes, names and column indices, and the first column after them. */
  record Axis(List<String> codes, List<String> names, List<Integer> columns, int end) {}

  /** The coded columns from {@code fromCol} up to the first column without a code. */
  Axis columns(int fromCol) {
    List<String> codes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Integer> cols = new ArrayList<>();
    int c = fromCol;
    for (String code = strip(sheet.cell(codeRow, c));
        code != null;
        code = strip(sheet.cell(codeRow, ++c))) {
      codes.add(code);
      names.add(strip(sheet.cell(codeRow + 1, c)));
      cols.add(c);
    }
    if (codes.isEmpty()) {
      throw sheet.error(codeRow, fromCol, "expected column codes from here");
    }
    return new Axis(codes, names, cols, c);
  }

  /** The column whose name (in the names row) is {@code name}. */
  int columnNamed(String name) {
    for (int c = 0; c <= 16_384; c++) {
      if (name.equals(strip(sheet.cell(codeRow + 1, c)))) {
        return c;
      }
      if (c > 2 && sheet.cell(codeRow, c) == null && sheet.cell(codeRow + 1, c) == null) {
        break;
      }
    }
    throw sheet.error(codeRow + 1, 0, "no column named \"" + name + "\"");
  }

  /** The first row after the names row whose name (column B) is {@code name}. */
  int rowNamed(String name) {
    for (int r = codeRow + 2; r <= sheet.lastRow(); r++) {
      if (name.equals(strip(sheet.cell(r, 1)))) {
        return r;
      }
    }
    throw sheet.error(codeRow + 2, 1, "no row named \"" + name + "\"");
  }

  /** Row numbers of the coded rows after the names row, up to the first row without a code. */
  List<Integer> codedRows() {
    List<Integer> rows = new ArrayList<>();
    for (int r = codeRow + 2; r <= sheet.lastRow(); r++) {
      if (strip(sheet.cell(r, 0)) == null) {
        break;
      }
      rows.add(r);
    }
    return rows;
  }

  /** Row numbers whose code (column A) matches {@code pattern}, in sheet order. */
  List<Integer> rowsWithCode(java.util.regex.Pattern pattern) {
    List<Integer> rows = new ArrayList<>();
    for (int r = codeRow + 2; r <= sheet.lastRow(); r++) {
      String code = strip(sheet.cell(r, 0));
      if (code != null && pattern.matcher(code).matches()) {
        rows.add(r);
      }
    }
    return rows;
  }

  String code(int row) {
    return strip(sheet.cell(row, 0));
  }

  String name(int row) {
    return strip(sheet.cell(row, 1));
  }

  /** The number in a cell: "..." and empty read as 0. */
  double value(int row, int col) {
    String s = strip(sheet.cell(row, col));
    if (s == null || s.equals("...") || s.equals("…")) {
      return 0;
    }
    boolean letters = s.chars().anyMatch(ch -> Character.isLetter(ch) && ch != 'E' && ch != 'e');
    try {
      double v = letters ? Double.NaN : Double.parseDouble(s);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw sheet.error(row, col, "\"" + s + "\" is not a number");
  }

  private static String strip(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
