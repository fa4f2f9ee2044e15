package org.chokepoint.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.inputoutput.IoAnalysis;
import org.chokepoint.inputoutput.IoResult;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.Labels;

/**
 * The top-level tables of {@code chokepoint io analyze} (x, Z, Y, A, B, L, G; docs/methods/
 * input-output.md) for one built-in table, as the server answers them: the CSV is the file the
 * command writes, the JSON the same numbers with their labels.
 */
public final class IoTables {
  private IoTables() {}

  /** The analysis of a built-in table. */
  public static IoResult analyze(Simulation.Table table) {
    return IoAnalysis.analyze(table.system());
  }

  /** One table as JSON: its name, row and column labels, values row by row, and the source. */
  public static Map<String, Object> json(IoResult r, String name, String source) {
    IoSystem s = r.system();
    Labels rows = s.sectors();
    Labels cols;
    Cell cell;
    switch (name) {
      case "x" -> {
        cols = Labels.of("", List.of("indout"));
        double[] x = s.x();
        cell = (i, j) -> x[i];
      }
      case "Z" -> {
        cols = rows;
        cell = (i, j) -> s.z().get(i, j);
      }
      case "Y" -> {
        cols = s.finalDemand();
        cell = (i, j) -> s.y().get(i, j);
      }
      case "A" -> {
        cols = rows;
        cell = (i, j) -> s.a().get(i, j);
      }
      case "B" -> {
        cols = rows;
        cell = (i, j) -> r.b().get(i, j);
      }
      case "L", "G" -> {
        if (!r.dense()) {
          throw new IllegalArgumentException(
              name + " is not formed: the system was solved by iteration without a dense inverse");
        }
        cols = rows;
        var m = name.equals("L") ? r.l() : r.g();
        cell = m::get;
      }
      default ->
          throw new IllegalArgumentException("no table " + name + " (tables: x, Z, Y, A, B, L, G)");
    }
    List<List<Double>> values = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<Double> row = new ArrayList<>();
      for (int j = 0; j < cols.size(); j++) {
        row.add(cell.get(i, j));
      }
      values.add(row);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("matrix", name);
    doc.put("rows", labels(rows));
    doc.put("columns", labels(cols));
    doc.put("values", values);
    doc.put("source", source);
    return doc;
  }

  private interface Cell {
    double get(int i, int j);
  }

  private static List<String> labels(Labels l) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < l.size(); i++) {
      out.add(l.joined(i));
    }
    return out;
  }
}
