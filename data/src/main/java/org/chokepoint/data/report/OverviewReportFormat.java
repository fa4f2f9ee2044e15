package org.chokepoint.data.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chokepoint.concentration.SupplierShare;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.data.text.Decimals;
import org.chokepoint.data.workspace.OverviewView;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.minerals.MineralConcentration;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.trade.Dependence;

/**
 * CSV and JSON of the overview. Each row names the dataset and vintage of its trade figures ({@code
 * trade_source}) and of its production figures ({@code production_source}); the JSON adds the full
 * sources and, under {@code figures}, which dataset each column comes from. Shares and indices are
 * fractions; values in the trade source's unit; unknown is empty (null in JSON).
 */
public final class OverviewReportFormat {
  public static final List<String> CSV_COLUMNS =
      List.of(
          "rank",
          "product",
          "description",
          "lists",
          "year",
          "imports",
          "hhi",
          "top_supplier",
          "top_share",
          "concern_share",
          "eu_flagged",
          "trade_source",
          "commodity",
          "stage",
          "production_year",
          "production_hhi",
          "production_top",
          "production_top_share",
          "production_concern_share",
          "production_source");

  private static final Set<String> TEXT =
      Set.of(
          "product",
          "description",
          "lists",
          "top_supplier",
          "trade_source",
          "commodity",
          "stage",
          "production_top",
          "production_source");

  private OverviewReportFormat() {}

  /** Dataset name and vintage, as in {@code trade_source}: {@code baci V202601}. */
  static String cite(Provenance p) {
    return p.dataset() + " " + p.vintage();
  }

  public static List<String> csvRow(OverviewView view, OverviewView.Row r) {
    Dependence d = r.dependence();
    Optional<SupplierShare<CountryCode>> top = d.topSupplier();
    Optional<MineralConcentration> u = r.upstream();
    Optional<SupplierShare<CountryCode>> uTop = u.flatMap(MineralConcentration::top);
    return List.of(
        Integer.toString(r.rank()),
        d.product(),
        r.description(),
        String.join(";", r.lists()),
        Integer.toString(d.year()),
        Decimals.plain(d.imports()),
        Decimals.plain(d.hhi()),
        top.map(s -> s.supplier().alpha3()).orElse(""),
        top.map(s -> Decimals.plain(s.share())).orElse(""),
        Decimals.plain(d.concernShare()),
        d.eu().flagged().map(Object::toString).orElse(""),
        cite(view.trade()),
        u.map(MineralConcentration::commodity).orElse(""),
        u.map(MineralConcentration::stage).orElse(""),
        u.map(m -> Integer.toString(m.year())).orElse(""),
        u.map(m -> Decimals.plain(m.hhi())).orElse(""),
        uTop.map(s -> s.supplier().alpha3()).orElse(""),
        uTop.map(s -> Decimals.plain(s.share())).orElse(""),
        u.map(m -> Decimals.plain(m.concernShare())).orElse(""),
        u.isPresent() ? view.production().map(OverviewReportFormat::cite).orElse("") : "");
  }

  public static void writeCsv(OverviewView view, Writer out) {
    CsvWriter csv = new CsvWriter(out);
    csv.row(CSV_COLUMNS);
    for (OverviewView.Row r : view.rows()) {
      csv.row(csvRow(view, r));
    }
    csv.flush();
  }

  public static void writeJson(OverviewView view, Writer out) {
    ReportJson.write(out, toJson(view));
  }

  public static ObjectNode toJson(OverviewView view) {
    ObjectNode root = ReportJson.object();
    root.put("report", "overview");
    root.put("year", view.year());
    if (view.productionYear().isPresent()) {
      root.put("production_year", view.productionYear().getAsInt());
    } else {
      root.putNull("production_year");
    }
    root.put("perspective", view.perspective().name());
    root.put("concern", view.concern().name());
    root.put("list", view.list().orElse(null));
    root.put("rank_by", view.rankBy());
    root.put("considered", view.considered());
    root.put("value_unit", view.valueUnit());
    ObjectNode figures = root.putObject("figures");
    for (String c :
        List.of("imports", "hhi", "top_supplier", "top_share", "concern_share", "eu_flagged")) {
      figures.put(c, view.trade().dataset());
    }
    view.production()
        .ifPresent(
            p -> {
              for (String c :
                  List.of(
                      "production_hhi",
                      "production_top",
                      "production_top_share",
                      "production_concern_share")) {
                figures.put(c, p.dataset());
              }
            });
    ReportJson.sources(root, view.sources());
    ArrayNode rows = root.putArray("rows");
    for (OverviewView.Row r : view.rows()) {
      ObjectNode o = rows.addObject();
      List<String> cells = csvRow(view, r);
      for (int i = 0; i < CSV_COLUMNS.size(); i++) {
        String col = CSV_COLUMNS.get(i);
        String v = cells.get(i);
        if (col.equals("lists")) {
          ArrayNode a = o.putArray(col);
          r.lists().forEach(a::add);
        } else if (v.isEmpty()) {
          o.putNull(col);
        } else if (col.equals("eu_flagged")) {
          o.put(col, Boolean.parseBoolean(v));
        } else if (col.equals("rank") || col.endsWith("year")) {
          o.put(col, Integer.parseInt(v));
        } else if (TEXT.contains(col)) {
          o.put(col, v);
        } else {
          o.put(col, Double.parseDouble(v));
        }
      }
    }
    return root;
  }
}
