package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.data.text.SourceFile;
import org.chokepoint.disclosure.Cell;
import org.chokepoint.disclosure.CellStatus;
import org.chokepoint.disclosure.Contribution;
import org.chokepoint.disclosure.DisclosureControl;
import org.chokepoint.disclosure.DisclosureException;
import org.chokepoint.disclosure.ProtectedTable;
import org.chokepoint.disclosure.Release;
import org.chokepoint.disclosure.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chokepoint disclosure protect}: the protected table with margins from microdata. */
@Command(
    name = "protect",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the table with margins (labelled Total) from microdata (one row per contribution),"
          + " marks cells that break the primary rules and, with --secondary on, complementary"
          + " cells, then audits the result.",
      "Output: one row per cell; CSV columns the dimensions, then contributors,total,status"
          + " (safe, primary, secondary or empty). This is the data owner's table: the totals of"
          + " suppressed cells are written.",
      "Exit status 3 when --secondary on and the audit still finds a suppressed cell recomputable"
          + " or a primary cell under-protected.",
      "--group COL: the column with the enterprise-group id of each contributor; the rules then"
          + " apply to sums per group (a contributor without group is its own group)."
    })
final class DisclosureProtectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MICRODATA.csv", description = "Microdata CSV with header.")
  Path microdata;

  @Option(
      names = "--dims",
      required = true,
      split = ",",
      paramLabel = "D1[,D2...]",
      description = "Columns spanning the table.")
  List<String> dims = new ArrayList<>();

  @Option(
      names = "--value",
      required = true,
      paramLabel = "COL",
      description = "Column with the non-negative value.")
  String value;

  @Option(
      names = "--contributor",
      paramLabel = "COL",
      description = "Column with the contributor id (default: each row is its own contributor).")
  String contributor;

  @Option(
      names = "--rules",
      defaultValue = "freq:n=3",
      paramLabel = "SPEC",
      description =
          "Primary rules, e.g. \"freq:n=3;nk:n=2,k=75;p:p=10\" (default: ${DEFAULT-VALUE}).")
  String rules;

  @Option(
      names = "--secondary",
      defaultValue = "on",
      paramLabel = "on|off",
      description = "Complementary suppression (default: ${DEFAULT-VALUE}).")
  String secondary;

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
    boolean withSecondary = onOff(secondary);
    String group = groupColumn(root.groupOptions);
    Rules parsed = Rules.parse(rules);
    long start = System.nanoTime();
    SourceFile file = new SourceFile(microdata).requireReadable();
    root.err().printf("reading microdata %s ...%n", file.name());
    List<Contribution> rows = DisclosureFiles.readMicrodata(file, dims, value, contributor, group);
    String sha = file.sha256();
    root.err().printf("%,d contributions; building the table over %s%n", rows.size(), dims);
    ProtectedTable t =
        DisclosureControl.protect(dims, rows, parsed, withSecondary, root.err()::println);
    String audit;
    boolean failed = false;
    try {
      Release.of(t);
      audit = "passed";
    } catch (DisclosureException e) {
      audit = "failed: " + e.getMessage();
      failed = true;
    }
    root.err()
        .printf(
            "%,d cells: %,d safe, %,d primary, %,d secondary, %,d empty; audit %s; %s%n",
            t.cells().size(),
            t.count(CellStatus.SAFE),
            t.count(CellStatus.PRIMARY),
            t.count(CellStatus.SECONDARY),
            t.count(CellStatus.EMPTY),
            audit,
            NetworkCommand.seconds(start));
    root.err().println("source: " + file.name() + " sha256:" + sha + " (rules " + parsed + ")");
    final String auditText = audit;
    Output.write(
        output,
        root.out(),
        w -> {
          switch (format) {
            case JSON -> json(t, parsed, withSecondary, file.name(), sha, auditText, w);
            case TABLE -> table(t, w);
            default -> csv(t, w);
          }
        });
    return failed && withSecondary ? DisclosureCommand.AUDIT_FAILED : 0;
  }

  /**
   * {@code --group COL}. The root command's inherited {@code --group} option (country groups for
   * other commands) receives the value; here it names the enterprise-group column.
   */
  static String groupColumn(List<String> values) {
    if (values.isEmpty()) {
      return null;
    }
    if (values.size() > 1 || values.get(0).contains("=")) {
      throw new IllegalArgumentException(
          "--group takes one column name here (the enterprise-group id column), not " + values);
    }
    return values.get(0);
  }

  static boolean onOff(String s) {
    return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "on", "true", "yes" -> true;
      case "off", "false", "no" -> false;
      default -> throw new IllegalArgumentException("--secondary must be on or off, not " + s);
    };
  }

  private void csv(ProtectedTable t, Writer w) {
    CsvWriter csv = new CsvWriter(w);
    List<String> header = new ArrayList<>(t.dims());
    header.addAll(List.of("contributors", "total", "status"));
    csv.row(header);
    for (Cell c : t.cells()) {
      List<String> row = new ArrayList<>(c.coordinates());
      row.add(Integer.toString(c.contributors()));
      row.add(DisclosureFiles.number(c.total()));
      row.add(c.status().label());
      csv.row(row);
    }
    csv.flush();
  }

  private void table(ProtectedTable t, Writer w) {
    TextTable tt = new TextTable();
    for (String d : t.dims()) {
      tt.column(d, Align.LEFT, 30);
    }
    tt.column("Contributors", Align.RIGHT)
        .column("Total", Align.RIGHT)
        .column("Status", Align.LEFT);
    for (Cell c : t.cells()) {
      List<String> row = new ArrayList<>(c.coordinates());
      row.add(Integer.toString(c.contributors()));
      row.add(DisclosureFiles.number(c.total()));
      row.add(c.status().label());
      tt.row(row);
    }
    try {
      w.write(tt.render());
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void json(
      ProtectedTable t,
      Rules r,
      boolean withSecondary,
      String name,
      String sha,
      String audit,
      Writer w) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("source", Map.of("file", name, "sha256", sha));
    doc.put("rules", r.toString());
    doc.put("secondary", withSecondary);
    doc.put("dims", t.dims());
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (CellStatus s : CellStatus.values()) {
      counts.put(s.label(), t.count(s));
    }
    doc.put("counts", counts);
    doc.put("audit", audit);
    List<Map<String, Object>> cells = new ArrayList<>();
    for (Cell c : t.cells()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int d = 0; d < t.dims().size(); d++) {
        m.put(t.dims().get(d), c.coordinates().get(d));
      }
      m.put("contributors", c.contributors());
      m.put("total", c.total());
      m.put("status", c.status().label());
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
