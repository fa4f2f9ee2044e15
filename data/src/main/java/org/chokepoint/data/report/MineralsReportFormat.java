package org.chokepoint.data.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.chokepoint.concentration.SupplierShare;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.data.text.Decimals;
import org.chokepoint.data.workspace.MineralsView;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.minerals.MineralConcentration;
import org.chokepoint.minerals.MineralProduction;
import org.chokepoint.minerals.MineralsQuery;

/**
 * CSV and JSON of the minerals report. The first sixteen CSV columns are the contract of the
 * foundation issue, in that order; later columns are additions. Shares and indices are fractions in
 * [0, 1]; unknown values are empty; lists of countries are ISO codes joined by {@code ;}.
 */
public final class MineralsReportFormat {
  public static final List<String> CSV_COLUMNS =
      List.of(
          "commodity",
          "stage",
          "unit",
          "year",
          "total",
          "hhi",
          "hhi_upper",
          "cr1",
          "cr3",
          "top_producer",
          "top_share",
          "concern_share",
          "perspective_share",
          "wgi_hhi",
          "unattributed_share",
          "withheld",
          // additions after the contract columns
          "wgi_year",
          "estimated",
          "critical",
          "not_available");

  private MineralsReportFormat() {}

  /** The CSV cells of one row, in {@link #CSV_COLUMNS} order. */
  public static List<String> csvRow(MineralConcentration r, String wgiYear) {
    var c = r.concentration();
    var top = r.top();
    List<String> notAvailable = new ArrayList<>(codes(r.notAvailable()));
    if (r.unattributedUnknown()) {
      notAvailable.add("OTHER");
    }
    return List.of(
        r.commodity(),
        r.stage(),
        r.unit(),
        Integer.toString(r.year()),
        Decimals.plain(c.total()),
        Decimals.plain(r.hhi()),
        Decimals.plain(r.hhiUpper()),
        Decimals.plain(r.concentrationRatio(1)),
        Decimals.plain(r.concentrationRatio(3)),
        top.map(s -> s.supplier().alpha3()).orElse(""),
        top.map(s -> Decimals.plain(s.share())).orElse(""),
        Decimals.plain(r.concernShare()),
        Decimals.plain(r.perspectiveShare()),
        Decimals.plain(r.wgiHhi()),
        Decimals.plain(r.unattributedShare()),
        String.join(";", codes(r.withheld())),
        r.wgiHhi().isPresent() ? wgiYear : "",
        Boolean.toString(r.estimated()),
        Boolean.toString(r.critical()),
        String.join(";", notAvailable));
  }

  public static void writeCsv(MineralsView view, Writer out) {
    CsvWriter csv = new CsvWriter(out);
    csv.row(CSV_COLUMNS);
    String wgiYear = wgiYear(view);
    for (MineralConcentration r : view.result().rows()) {
      csv.row(csvRow(r, wgiYear));
    }
    csv.flush();
  }

  public static void writeJson(MineralsView view, Writer out) {
    ReportJson.write(out, toJson(view));
  }

  /** The whole report as a JSON document, with its query, sources and per-producer detail. */
  public static ObjectNode toJson(MineralsView view) {
    MineralsQuery q = view.result().query();
    ObjectNode root = ReportJson.object();
    root.put("report", "minerals");
    root.put("year", q.year());
    root.set("perspective", ReportJson.group(q.perspective()));
    root.set("concern", ReportJson.group(q.concern()));
    q.commodity().ifPresent(c -> root.put("commodity", c));
    root.put("critical_only", q.criticalOnly());
    view.result()
        .wgiYear()
        .ifPresentOrElse(y -> root.put("wgi_year", y), () -> root.putNull("wgi_year"));
    ReportJson.sources(root, view.sources());
    ArrayNode rows = root.putArray("rows");
    for (MineralConcentration r : view.result().rows()) {
      ObjectNode o = rows.addObject();
      o.put("commodity", r.commodity());
      o.put("stage", r.stage());
      o.put("unit", r.unit());
      o.put("year", r.year());
      ReportJson.number(o, "total", OptionalDouble.of(r.concentration().total()));
      ReportJson.number(o, "hhi", r.hhi());
      ReportJson.number(o, "hhi_upper", r.hhiUpper());
      ReportJson.number(o, "cr1", r.concentrationRatio(1));
      ReportJson.number(o, "cr3", r.concentrationRatio(3));
      o.put("top_producer", r.top().map(t -> t.supplier().alpha3()).orElse(null));
      ReportJson.number(
          o,
          "top_share",
          r.top().map(s -> OptionalDouble.of(s.share())).orElse(OptionalDouble.empty()));
      ReportJson.number(o, "concern_share", r.concernShare());
      ReportJson.number(o, "perspective_share", r.perspectiveShare());
      ReportJson.number(o, "wgi_hhi", r.wgiHhi());
      ReportJson.number(o, "unattributed_share", r.unattributedShare());
      o.put("shares_defined", r.hasShares());
      strings(o.putArray("withheld"), codes(r.withheld()));
      strings(o.putArray("not_available"), codes(r.notAvailable()));
      o.put("unattributed_unknown", r.unattributedUnknown());
      strings(o.putArray("wgi_missing"), codes(r.wgiMissing()));
      strings(o.putArray("unmapped"), r.unmapped());
      o.put("estimated", r.estimated());
      o.put("critical", r.critical());
      ReportJson.number(o, "world_total_reported", r.worldTotalReported());
      ArrayNode producers = o.putArray("producers");
      for (SupplierShare<CountryCode> s : r.concentration().shares()) {
        ObjectNode p = producers.addObject();
        p.put("iso3", s.supplier().alpha3());
        p.put("name", view.countries().nameOf(s.supplier()));
        ReportJson.number(p, "quantity", OptionalDouble.of(s.quantity()));
        ReportJson.number(
            p, "share", r.hasShares() ? OptionalDouble.of(s.share()) : OptionalDouble.empty());
      }
      ArrayNode published = o.putArray("published_rows");
      for (MineralProduction m : r.rows()) {
        ObjectNode p = published.addObject();
        p.put("producer", m.producerName());
        p.put("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
        p.put("iso3", m.findCountry().map(CountryCode::alpha3).orElse(null));
        p.put("value", m.quantity().text());
        p.put("status", m.quantity().status().name().toLowerCase(java.util.Locale.ROOT));
        p.put("estimated", m.estimated());
        if (!m.qualifier().isEmpty()) {
          p.put("qualifier", m.qualifier());
        }
        if (!m.note().isEmpty()) {
          p.put("note", m.note());
        }
      }
    }
    return root;
  }

  private static String wgiYear(MineralsView view) {
    return view.result().wgiYear().isPresent()
        ? Integer.toString(view.result().wgiYear().getAsInt())
        : "";
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  private static List<String> codes(List<CountryCode> codes) {
    return codes.stream().map(CountryCode::alpha3).collect(Collectors.toList());
  }
}
