package org.chokepoint.data.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.data.text.Decimals;
import org.chokepoint.data.workspace.CriticalityView;
import org.chokepoint.trade.JapanDesignationChecklist;
import org.chokepoint.trade.SupplyRiskAssessment;

/** CSV and JSON of the computed criticality methods: EU supply risk and the Japan checklist. */
public final class CriticalityReportFormat {
  public static final List<String> SUPPLY_RISK_COLUMNS =
      List.of(
          "material",
          "stage",
          "year",
          "hs_codes",
          "hhi_wgi_global",
          "hhi_wgi_sourcing",
          "import_reliance_low",
          "import_reliance_high",
          "import_reliance_source",
          "eol_rir",
          "si_sr",
          "sr_low",
          "sr_high",
          "sr",
          "wgi_year");

  public static final List<String> CHECKLIST_COLUMNS =
      List.of("product", "description", "requirement", "title", "title_ja", "basis", "evidence");

  private static final java.util.Set<String> TEXT_COLUMNS =
      java.util.Set.of("material", "stage", "hs_codes", "import_reliance_source");

  private CriticalityReportFormat() {}

  public static List<String> supplyRiskRow(SupplyRiskAssessment a) {
    return List.of(
        a.material(),
        a.stage(),
        Integer.toString(a.year()),
        String.join(";", a.hsCodes()),
        Decimals.plain(a.hhiWgiGlobal()),
        Decimals.plain(a.hhiWgiSourcing()),
        Decimals.plain(a.importRelianceLow()),
        Decimals.plain(a.importRelianceHigh()),
        a.importRelianceSource(),
        Decimals.plain(a.eolRir()),
        Decimals.plain(a.substitutionIndex()),
        Decimals.plain(a.srLow()),
        Decimals.plain(a.srHigh()),
        Decimals.plain(a.sr()),
        Integer.toString(a.wgiYear()));
  }

  public static void writeCsv(CriticalityView view, Writer out) {
    CsvWriter csv = new CsvWriter(out);
    if (view.checklists().isEmpty()) {
      csv.row(SUPPLY_RISK_COLUMNS);
      view.supplyRisk().forEach(a -> csv.row(supplyRiskRow(a)));
    } else {
      csv.row(CHECKLIST_COLUMNS);
      for (JapanDesignationChecklist.Checklist c : view.checklists()) {
        for (JapanDesignationChecklist.Requirement r : c.requirements()) {
          csv.row(
              c.product(),
              c.description(),
              Integer.toString(r.number()),
              r.titleEn(),
              r.titleJa(),
              r.basis().name().toLowerCase(Locale.ROOT),
              String.join(" ", r.evidence()));
        }
      }
    }
    csv.flush();
  }

  public static void writeJson(CriticalityView view, Writer out) {
    ObjectNode root = ReportJson.object();
    root.put("report", view.checklists().isEmpty() ? "eu-supply-risk" : "jp-designation-checklist");
    root.put("year", view.year());
    root.set("perspective", ReportJson.group(view.perspective()));
    root.set("concern", ReportJson.group(view.concern()));
    root.put("value_unit", view.valueUnit());
    ReportJson.sources(root, view.sources());
    ArrayNode rows = root.putArray("rows");
    for (SupplyRiskAssessment a : view.supplyRisk()) {
      ObjectNode o = rows.addObject();
      List<String> cells = supplyRiskRow(a);
      for (int i = 0; i < SUPPLY_RISK_COLUMNS.size(); i++) {
        String col = SUPPLY_RISK_COLUMNS.get(i);
        String v = cells.get(i);
        if (v.isEmpty()) {
          o.putNull(col);
        } else if (TEXT_COLUMNS.contains(col)) {
          o.put(col, v);
        } else {
          o.put(col, Double.parseDouble(v));
        }
      }
    }
    for (JapanDesignationChecklist.Checklist c : view.checklists()) {
      ObjectNode o = rows.addObject();
      o.put("product", c.product());
      o.put("description", c.description());
      ArrayNode reqs = o.putArray("requirements");
      for (JapanDesignationChecklist.Requirement r : c.requirements()) {
        ObjectNode x = reqs.addObject();
        x.put("number", r.number());
        x.put("title", r.titleEn());
        x.put("title_ja", r.titleJa());
        x.put("basis", r.basis().name().toLowerCase(Locale.ROOT));
        ArrayNode ev = x.putArray("evidence");
        r.evidence().forEach(ev::add);
      }
    }
    ReportJson.write(out, root);
  }
}
