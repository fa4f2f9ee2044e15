package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;
import org.chokepoint.disclosure.Cell;
import org.chokepoint.disclosure.CellInterval;
import org.chokepoint.disclosure.IntervalAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chokepoint disclosure audit}: the interval an attacker derives for suppressed cells. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a table in the layout protect writes (the dimensions, total, status; margins as"
          + " Total rows; contributors optional), checks that every margin equals the sum of its"
          + " cells (relative tolerance 1e-9 of the largest total), and writes, for every"
          + " suppressed cell, the least and greatest value consistent with the published cells"
          + " and margins with non-negative cells. Totals of suppressed cells are used only for"
          + " the consistency check.",
      "CSV columns: the dimensions, then lower,upper,exact (upper \"inf\" when unbounded).",
      "Exit status 3, with the cells named on stderr, when any suppressed cell is exact."
    })
final class DisclosureAuditCommand implements Callable<Integer> {
  /** Relative tolerance of the consistency check, times the largest total in the table. */
  static final double CONSISTENCY_TOLERANCE = 1e-9;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TABLE.csv", description = "Protected table CSV.")
  Path table;

  @Option(
      names = "--dims",
      required = true,
      split = ",",
      paramLabel = "D1[,D2...]",
      description = "Columns spanning the table.")
  List<String> dims = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "csv",
      description = "csv, json or table (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path output;

  @Override
  public Integer call() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    long start = System.nanoTime();
    SourceFile file = new SourceFile(table).requireReadable();
    root.err().printf("reading table %s ...%n", file.name());
    DisclosureFiles.Table t = DisclosureFiles.readTable(file, dims);
    String sha = file.sha256();
    check(file.name(), t);
    root.err()
        .printf("%,d cells consistent; auditing the suppressed cells ...%n", t.cells().size());
    List<CellInterval> audit;
    try {
      audit = IntervalAudit.audit(dims, t.cells());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException(file.name() + ": " + e.getMessage(), e);
    }
    List<CellInterval> exact = audit.stream().filter(CellInterval::exact).toList();
    root.err()
        .printf(
            "%,d suppressed cell(s), %,d exact; %s%n",
            audit.size(), exact.size(), NetworkCommand.seconds(start));
    root.err().println("source: " + file.name() + " sha256:" + sha);
    Output.write(
        output,
        root.out(),
        w -> {
          switch (format) {
            case JSON -> json(audit, file.name(), sha, w);
            case TABLE -> table(audit, w);
            default -> csv(audit, w);
          }
        });
    if (!exact.isEmpty()) {
      for (CellInterval c : exact) {
        root.err()
            .printf(
                "RECOMPUTABLE: %s line %d: exactly %s%n",
                c.coordinates(), t.lines().get(c.coordinates()), DisclosureFiles.number(c.lower()));
      }
      return DisclosureCommand.AUDIT_FAILED;
    }
    return 0;
  }

  /** Every cell of the table with margins is present, and every margin equals its sum. */
  private void check(String name, DisclosureFiles.Table t) {
    int n = dims.size();
    List<TreeSet<String>> cats = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      cats.add(new TreeSet<>());
    }
    Map<List<String>, Cell> byCoords = new HashMap<>();
    double scale = 1;
    for (Cell c : t.cells()) {
      byCoords.put(c.coordinates(), c);
      for (int d = 0; d < n; d++) {
        if (!c.coordinates().get(d).equals(Cell.TOTAL)) {
          cats.get(d).add(c.coordinates().get(d));
        }
      }
      if (!Double.isNaN(c.total())) {
        scale = Math.max(scale, c.total());
      }
    }
    List<List<String>> axes = new ArrayList<>();
    for (TreeSet<String> c : cats) {
      List<String> a = new ArrayList<>(c);
      a.add(Cell.TOTAL);
      axes.add(a);
    }
    List<String> problems = new ArrayList<>();
    long firstLine = 0;
    int[] idx = new int[n];
    while (true) {
      List<String> coords = new ArrayList<>(n);
      for (int d = 0; d < n; d++) {
        coords.add(axes.get(d).get(idx[d]));
      }
      Cell cell = byCoords.get(coords);
      if (cell == null) {
        problems.add("missing " + (coords.contains(Cell.TOTAL) ? "margin" : "cell") + " " + coords);
      } else {
        for (int d = 0; d < n && problems.size() < 20; d++) {
          if (!coords.get(d).equals(Cell.TOTAL)) {
            continue;
          }
          double sum = 0;
          for (String k : cats.get(d)) {
            List<String> child = new ArrayList<>(coords);
            child.set(d, k);
            Cell ch = byCoords.get(child);
            sum += ch == null ? Double.NaN : ch.total();
          }
          if (!Double.isNaN(sum)
              && !Double.isNaN(cell.total())
              && Math.abs(sum - cell.total()) > CONSISTENCY_TOLERANCE * scale) {
            long line = t.lines().get(coords);
            firstLine = firstLine == 0 ? line : firstLine;
            problems.add(
                "line "
                    + line
                    + ": "
                    + coords
                    + " total "
                    + DisclosureFiles.number(cell.total())
                    + " but its "
                    + dims.get(d)
                    + " categories sum to "
                    + DisclosureFiles.number(sum));
          }
        }
      }
      if (problems.size() >= 20) {
        break;
      }
      int d = n - 1;
      while (d >= 0 && ++idx[d] == axes.get(d).size()) {
        idx[d] = 0;
        d--;
      }
      if (d < 0) {
        break;
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportException(
          name,
          firstLine,
          0,
          "table inconsistent"
              + (problems.size() >= 20 ? " (first 20 problems)" : "")
              + ": "
              + String.join("; ", problems));
    }
  }

  private List<String> row(CellInterval c) {
    List<String> row = new ArrayList<>(c.coordinates());
    row.add(DisclosureFiles.number(c.lower()));
    row.add(DisclosureFiles.number(c.upper()));
    row.add(Boolean.toString(c.exact()));
    return row;
  }

  private void csv(List<CellInterval> audit, Writer w) {
    CsvWriter csv = new CsvWriter(w);
    List<String> header = new ArrayList<>(dims);
    header.addAll(List.of("lower", "upper", "exact"));
    csv.row(header);
    audit.forEach(c -> csv.row(row(c)));
    csv.flush();
  }

  private void table(List<CellInterval> audit, Writer w) {
    TextTable tt = new TextTable();
    for (String d : dims) {
      tt.column(d, Align.LEFT, 30);
    }
    tt.column("Lower", Align.RIGHT).column("Upper", Align.RIGHT).column("Exact", Align.LEFT);
    audit.forEach(c -> tt.row(row(c)));
    try {
      w.write(tt.render());
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void json(List<CellInterval> audit, String name, String sha, Writer w) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("source", Map.of("file", name, "sha256", sha));
    doc.put("dims", dims);
    doc.put("suppressed", audit.size());
    doc.put("exact", audit.stream().filter(CellInterval::exact).count());
    List<Map<String, Object>> cells = new ArrayList<>();
    for (CellInterval c : audit) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int d = 0; d < dims.size(); d++) {
        m.put(dims.get(d), c.coordinates().get(d));
      }
      m.put("lower", c.lower());
      m.put("upper", Double.isInfinite(c.upper()) ? null : c.upper());
      m.put("unbounded", Double.isInfinite(c.upper()));
      m.put("exact", c.exact());
      cells.add(m);
    }
    doc.put("cells", cells);
    try {
      OutputOptions.JSON.writeValue(w, doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
