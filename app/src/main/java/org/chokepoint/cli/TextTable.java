package org.chokepoint.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for terminals: padded columns, a header rule, long cells shortened. */
final class TextTable {
  enum Align {
    LEFT,
    RIGHT
  }

  private record Column(String header, Align align, int maxWidth) {}

  private final List<Column> columns = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();
  private String caption = "";

  /** A line printed under the table. */
  TextTable caption(String text) {
    caption = text;
    return this;
  }

  TextTable column(String header, Align align, int maxWidth) {
    columns.add(new Column(header, align, maxWidth));
    return this;
  }

  TextTable column(String header, Align align) {
    return column(header, align, Integer.MAX_VALUE);
  }

  TextTable row(List<String> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells, table has " + columns.size());
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  int rowCount() {
    return rows.size();
  }

  String render() {
    int[] width = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      width[c] = Math.min(columns.get(c).header.length(), columns.get(c).maxWidth);
      for (List<String> r : rows) {
        width[c] = Math.max(width[c], Math.min(r.get(c).length(), columns.get(c).maxWidth));
      }
    }
    StringBuilder b = new StringBuilder();
    line(b, columns.stream().map(Column::header).toList(), width);
    int total = 0;
    for (int w : width) {
      total += w;
    }
    b.append("-".repeat(total + 2 * (width.length - 1))).append('\n');
    for (List<String> r : rows) {
      line(b, r, width);
    }
    if (!caption.isEmpty()) {
      b.append('\n').append(caption).append('\n');
    }
    return b.toString();
  }

  private void line(StringBuilder b, List<String> cells, int[] width) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String s = shorten(cells.get(c), width[c]);
      String pad = " ".repeat(width[c] - s.length());
      if (c > 0) {
        l.append("  ");
      }
      l.append(columns.get(c).align == Align.RIGHT ? pad + s : s + pad);
    }
    b.append(l.toString().stripTrailing()).append('\n');
  }

  private static String shorten(String s, int width) {
    return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
  }
}
