package org.chokepoint.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The shape of a table with margins: per dimension its categories in sorted order with {@link
 * Cell#TOTAL} last, and a mixed-radix index over all cells (first dimension most significant).
 */
final class TableGrid {
  final List<String> dims;
  final String[][] categories; // per dim: sorted categories, then Total
  final int[] size; // per dim: categories + 1
  final int[] stride;
  final int cellCount;
  private final List<Map<String, Integer>> index;

  TableGrid(List<String> dims, List<TreeSet<String>> cats) {
    if (dims.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one dimension");
    }
    if (new TreeSet<>(dims).size() != dims.size()) {
      throw new IllegalArgumentException("dimensions must be distinct: " + dims);
    }
    this.dims = List.copyOf(dims);
    int n = dims.size();
    categories = new String[n][];
    size = new int[n];
    stride = new int[n];
    index = new ArrayList<>();
    long count = 1;
    for (int d = 0; d < n; d++) {
      List<String> c = new ArrayList<>(cats.get(d));
      c.add(Cell.TOTAL);
      categories[d] = c.toArray(String[]::new);
      size[d] = c.size();
      Map<String, Integer> m = new HashMap<>();
      for (int i = 0; i < c.size(); i++) {
        m.put(c.get(i), i);
      }
      index.add(m);
      count *= size[d];
      if (count > 50_000_000L) {
        throw new IllegalArgumentException(
            "table too large: more than 50,000,000 cells with margins over " + dims);
      }
    }
    cellCount = (int) count;
    int s = 1;
    for (int d = n - 1; d >= 0; d--) {
      stride[d] = s;
      s *= size[d];
    }
  }

  static TableGrid of(List<String> dims, List<List<String>> coordinateLists) {
    List<TreeSet<String>> cats = new ArrayList<>();
    for (int d = 0; d < dims.size(); d++) {
      cats.add(new TreeSet<>());
    }
    for (List<String> coords : coordinateLists) {
      if (coords.size() != dims.size()) {
        throw new IllegalArgumentException(
            "cell " + coords + " has " + coords.size() + " coordinates for dims " + dims);
      }
      for (int d = 0; d < dims.size(); d++) {
        if (!Cell.TOTAL.equals(coords.get(d))) {
          cats.get(d).add(coords.get(d));
        }
      }
    }
    return new TableGrid(dims, cats);
  }

  int dimCount() {
    return size.length;
  }

  /** Index of the Total category of dimension d. */
  int total(int d) {
    return size[d] - 1;
  }

  int coord(int cell, int d) {
    return (cell / stride[d]) % size[d];
  }

  /** Cell index of coordinates given as category labels; -1 when a label is unknown. */
  int indexOf(List<String> coords) {
    int cell = 0;
    for (int d = 0; d < size.length; d++) {
      Integer i = index.get(d).get(coords.get(d));
      if (i == null) {
        return -1;
      }
      cell += i * stride[d];
    }
    return cell;
  }

  List<String> labels(int cell) {
    String[] out = new String[size.length];
    for (int d = 0; d < size.length; d++) {
      out[d] = categories[d][coord(cell, d)];
    }
    return Arrays.asList(out);
  }

  /** The cell with coordinate d replaced by k. */
  int with(int cell, int d, int k) {
    return cell + (k - coord(cell, d)) * stride[d];
  }

  boolean isMargin(int cell) {
    for (int d = 0; d < size.length; d++) {
      if (coord(cell, d) == total(d)) {
        return true;
      }
    }
    return false;
  }
}
