package org.chokepoint.data.report;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.data.text.Decimals;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;
import org.chokepoint.trade.EuSupplyRisk;
import org.chokepoint.trade.EuSupplyRisk.Inputs;
import org.chokepoint.trade.EuSupplyRisk.SupplyUsed;

/**
 * The audit format of EU supply risk: a CSV of published intermediate values ({@code
 * material,stage,supply_used,hhi_wgi_global,hhi_wgi_sourcing,import_reliance,eol_rir,si_sr};
 * fractions, not percent) in, {@code material,stage,sr} out. A supply not used may be left empty.
 */
public final class SupplyRiskInputsFormat {
  public static final List<String> INPUT_COLUMNS =
      List.of(
          "material",
          "stage",
          "supply_used",
          "hhi_wgi_global",
          "hhi_wgi_sourcing",
          "import_reliance",
          "eol_rir",
          "si_sr");
  public static final List<String> OUTPUT_COLUMNS = List.of("material", "stage", "sr");

  private SupplyRiskInputsFormat() {}

  /** Reads and validates the inputs; any bad cell is an error with file, line and column. */
  public static List<Inputs> read(Path path) {
    SourceFile file = new SourceFile(path).requireReadable();
    return file.parse(
        List.of(StandardCharsets.UTF_8, SourceFile.WINDOWS_1252), r -> read(r, file.name()));
  }

  private static List<Inputs> read(Reader reader, String name) {
    CsvReader csv = new CsvReader(reader, name);
    CsvRecord header = csv.next();
    if (header == null) {
      throw ImportException.ofFile(
          name, "file is empty, expected " + String.join(",", INPUT_COLUMNS));
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    for (String c : INPUT_COLUMNS) {
      if (!index.containsKey(c)) {
        throw header.error(
            "missing column \"" + c + "\"; expected " + String.join(",", INPUT_COLUMNS));
      }
    }
    List<Inputs> rows = new ArrayList<>();
    for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
      if (r.size() == 1 && r.get(0).isBlank()) {
        continue;
      }
      String material = r.get(index.get("material")).strip();
      if (material.isEmpty()) {
        throw r.error(index.get("material"), "material is empty");
      }
      int su = index.get("supply_used");
      SupplyUsed used =
          switch (r.get(su).strip().toLowerCase(Locale.ROOT)) {
            case "both" -> SupplyUsed.BOTH;
            case "global" -> SupplyUsed.GLOBAL;
            case "sourcing" -> SupplyUsed.SOURCING;
            default ->
                throw r.error(
                    su, "supply_used \"" + r.get(su) + "\" must be both, global or sourcing");
          };
      double global = number(r, index.get("hhi_wgi_global"), used == SupplyUsed.SOURCING);
      double sourcing = number(r, index.get("hhi_wgi_sourcing"), used == SupplyUsed.GLOBAL);
      double ir = number(r, index.get("import_reliance"), false);
      double eol = number(r, index.get("eol_rir"), false);
      double si = number(r, index.get("si_sr"), false);
      try {
        rows.add(
            new Inputs(
                material, r.get(index.get("stage")).strip(), used, global, sourcing, ir, eol, si));
      } catch (IllegalArgumentException e) {
        String column = e.getMessage().split(" ")[0];
        throw r.error(index.getOrDefault(column, -1), e.getMessage());
      }
    }
    return rows;
  }

  private static double number(CsvRecord r, int column, boolean mayBeEmpty) {
    String s = r.get(column).strip();
    if (s.isEmpty()) {
      if (mayBeEmpty) {
        return Double.NaN;
      }
      throw r.error(column, "value is missing");
    }
    if (s.endsWith("%")) {
      throw r.error(column, "\"" + s + "\": give fractions, not percent (0.25, not 25%)");
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw r.error(column, "\"" + s + "\" is not a number");
    }
  }

  /** The inputs and SR of every row, as JSON. */
  public static void writeJson(List<Inputs> inputs, java.io.Writer out) {
    com.fasterxml.jackson.databind.node.ObjectNode root = ReportJson.object();
    root.put("method", "EU criticality supply risk (European Commission 2017 methodology)");
    com.fasterxml.jackson.databind.node.ArrayNode rows = root.putArray("rows");
    for (Inputs in : inputs) {
      com.fasterxml.jackson.databind.node.ObjectNode o = rows.addObject();
      o.put("material", in.material());
      o.put("stage", in.stage());
      o.put("sr", EuSupplyRisk.supplyRisk(in));
      o.put("supply_used", in.supplyUsed().name().toLowerCase(Locale.ROOT));
      ReportJson.number(o, "hhi_wgi_global", nonNaN(in.hhiWgiGlobal()));
      ReportJson.number(o, "hhi_wgi_sourcing", nonNaN(in.hhiWgiSourcing()));
      o.put("import_reliance", in.importReliance());
      o.put("eol_rir", in.eolRir());
      o.put("si_sr", in.substitutionIndex());
    }
    ReportJson.write(out, root);
  }

  private static java.util.OptionalDouble nonNaN(double v) {
    return Double.isNaN(v) ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(v);
  }

  public static void writeCsv(List<Inputs> inputs, java.io.Writer out) {
    CsvWriter csv = new CsvWriter(out);
    csv.row(OUTPUT_COLUMNS);
    for (Inputs in : inputs) {
      csv.row(in.material(), in.stage(), Decimals.plain(EuSupplyRisk.supplyRisk(in)));
    }
    csv.flush();
  }
}
