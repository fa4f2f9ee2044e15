package org.chokepoint.data.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.chokepoint.concentration.SupplierShare;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.data.text.Decimals;
import org.chokepoint.data.workspace.DependenceView;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.trade.Dependence;
import org.chokepoint.trade.DependenceQuery;

/**
 * CSV and JSON of the dependence report. The first sixteen CSV columns are the contract of the
 * trade-dependence issue, in that order; later columns are additions. Values are in the trade
 * source's unit (stated in the JSON and on stderr); shares and indices are fractions; booleans are
 * {@code true}/{@code false}; unknown is empty.
 */
public final class DependenceReportFormat {
  public static final List<String> CSV_COLUMNS =
      List.of(
          "perspective",
          "product",
          "year",
          "imports",
          "exports",
          "import_reliance",
          "hhi",
          "cr1",
          "cr3",
          "top_supplier",
          "top_share",
          "concern_share",
          "eu_hhi_gt",
          "eu_extra_share_gt",
          "eu_import_export_gt",
          "eu_flagged",
          // additions after the contract columns
          "hhi_upper",
          "unattributed_share",
          "total_imports",
          "trend_from",
          "hhi_change",
          "concern_share_change",
          "description");

  private DependenceReportFormat() {}

  public static List<String> csvRow(DependenceView view, Dependence d) {
    Optional<SupplierShare<CountryCode>> top = d.topSupplier();
    Optional<Dependence.Trend> trend = d.trend();
    return List.of(
        view.query().perspective().name(),
        d.product(),
        Integer.toString(d.year()),
        Decimals.plain(d.imports()),
        Decimals.plain(d.exports()),
        Decimals.plain(d.importReliance()),
        Decimals.plain(d.hhi()),
        Decimals.plain(d.concentrationRatio(1)),
        Decimals.plain(d.concentrationRatio(3)),
        top.map(s -> s.supplier().alpha3()).orElse(""),
        top.map(s -> Decimals.plain(s.share())).orElse(""),
        Decimals.plain(d.concernShare()),
        bool(d.eu().hhiAbove()),
        bool(d.eu().extraShareAbove()),
        bool(d.eu().importExportAbove()),
        bool(d.eu().flagged()),
        Decimals.plain(d.suppliers().hhiUpper()),
        Decimals.plain(d.suppliers().unattributedShare()),
        Decimals.plain(d.totalImports()),
        trend.map(t -> Integer.toString(t.fromYear())).orElse(""),
        trend.map(t -> Decimals.plain(t.hhiChange())).orElse(""),
        trend.map(t -> Decimals.plain(t.concernShareChange())).orElse(""),
        view.describe(d.product()));
  }

  public static void writeCsv(DependenceView view, Writer out) {
    CsvWriter csv = new CsvWriter(out);
    csv.row(CSV_COLUMNS);
    for (Dependence d : view.rows()) {
      csv.row(csvRow(view, d));
    }
    csv.flush();
  }

  public static void writeJson(DependenceView view, Writer out) {
    ReportJson.write(out, toJson(view));
  }

  public static ObjectNode toJson(DependenceView view) {
    DependenceQuery q = view.query();
    ObjectNode root = ReportJson.object();
    root.put("report", "dependence");
    root.put("year", q.year());
    root.set("perspective", ReportJson.group(q.perspective()));
    root.set("concern", ReportJson.group(q.concern()));
    if (q.trendFrom().isPresent()) {
      root.put("trend_from", q.trendFrom().getAsInt());
    }
    root.put("value_unit", view.valueUnit());
    root.put("quantity_unit", view.quantityUnit());
    ObjectNode eu = root.putObject("eu_screening");
    eu.put("method", "European Commission SWD(2021) 352, strategic dependencies");
    eu.put("hhi_threshold", q.screening().hhiThreshold());
    eu.put("extra_share_threshold", q.screening().extraShareThreshold());
    eu.put("import_export_threshold", q.screening().importExportThreshold());
    ReportJson.sources(root, view.sources());
    ArrayNode notes = root.putArray("dataset_notes");
    view.datasetNotes().forEach(notes::add);
    ArrayNode notCovered = root.putArray("not_covered");
    view.notCovered().forEach(notCovered::add);
    ArrayNode rows = root.putArray("rows");
    for (Dependence d : view.rows()) {
      ObjectNode o = rows.addObject();
      List<String> cells = csvRow(view, d);
      for (int i = 0; i < CSV_COLUMNS.size(); i++) {
        String col = CSV_COLUMNS.get(i);
        String v = cells.get(i);
        if (v.isEmpty()) {
          o.putNull(col);
        } else if (col.startsWith("eu_")) {
          o.put(col, Boolean.parseBoolean(v));
        } else if (col.equals("perspective")
            || col.equals("product")
            || col.equals("top_supplier")
            || col.equals("description")) {
          o.put(col, v);
        } else {
          o.put(col, Double.parseDouble(v));
        }
      }
      ReportJson.number(o, "import_quantity", d.importQuantity());
      ReportJson.number(o, "export_quantity", d.exportQuantity());
      ReportJson.number(o, "production", d.production());
      ArrayNode suppliers = o.putArray("suppliers");
      for (SupplierShare<CountryCode> s : d.suppliers().shares()) {
        ObjectNode x = suppliers.addObject();
        x.put("iso3", s.supplier().alpha3());
        x.put("name", view.countries().nameOf(s.supplier()));
        x.put("imports", s.quantity());
        x.put("share", s.share());
      }
    }
    return root;
  }

  private static String bool(Optional<Boolean> b) {
    return b.map(Object::toString).orElse("");
  }
}
