package org.chokepoint.data.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.data.text.Decimals;
import org.chokepoint.data.workspace.ChokepointsView;
import org.chokepoint.network.Chokepoint;

/**
 * CSV and JSON of chokepoints. The first seven CSV columns are the contract of the supply-network
 * issue; ids are the source's ({@code N20}, {@code P45}); shares and capacities are fractions;
 * {@code holder} is {@code concern}, {@code perspective} or {@code other}.
 */
public final class ChokepointsReportFormat {
  public static final List<String> CSV_COLUMNS =
      List.of(
          "product",
          "input",
          "provider",
          "provider_country",
          "share",
          "holder",
          "residual_capacity",
          // additions after the contract columns
          "product_name",
          "input_name",
          "provider_name",
          "impact");

  private ChokepointsReportFormat() {}

  public static List<String> csvRow(ChokepointsView view, Chokepoint c) {
    return List.of(
        c.product(),
        c.input(),
        c.provider().id(),
        c.provider().country() == null ? "" : c.provider().country().alpha3(),
        Decimals.plain(c.share()),
        c.holder().name().toLowerCase(Locale.ROOT),
        Decimals.plain(c.residualCapacity()),
        view.nameOf(c.product()),
        view.nameOf(c.input()),
        c.provider().name(),
        Decimals.plain(c.impact()));
  }

  public static void writeCsv(ChokepointsView view, Writer out) {
    CsvWriter csv = new CsvWriter(out);
    csv.row(CSV_COLUMNS);
    view.rows().forEach(c -> csv.row(csvRow(view, c)));
    csv.flush();
  }

  public static void writeJson(ChokepointsView view, Writer out) {
    writeJson(view, out, root -> {});
  }

  /** As {@link #writeJson(ChokepointsView, Writer)}, with fields {@code more} adds before rows. */
  public static void writeJson(
      ChokepointsView view, Writer out, java.util.function.Consumer<ObjectNode> more) {
    ObjectNode root = ReportJson.object();
    root.put("report", "chokepoints");
    root.put("network", view.networkName());
    root.set("perspective", ReportJson.group(view.perspective()));
    root.set("concern", ReportJson.group(view.concern()));
    root.put("threshold", view.threshold());
    ReportJson.sources(root, view.sources());
    more.accept(root);
    ArrayNode rows = root.putArray("rows");
    for (Chokepoint c : view.rows()) {
      List<String> cells = csvRow(view, c);
      ObjectNode o = rows.addObject();
      for (int i = 0; i < CSV_COLUMNS.size(); i++) {
        String col = CSV_COLUMNS.get(i);
        if (col.equals("share") || col.equals("residual_capacity") || col.equals("impact")) {
          o.put(col, Double.parseDouble(cells.get(i)));
        } else {
          o.put(col, cells.get(i).isEmpty() ? null : cells.get(i));
        }
      }
    }
    ReportJson.write(out, root);
  }
}
