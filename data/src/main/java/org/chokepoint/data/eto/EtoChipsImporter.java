package org.chokepoint.data.eto;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chokepoint.data.catalog.DatasetDescription;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.data.catalog.TableWriter;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;

/**
 * Imports the ETO chip-supply-chain folder into the tables {@code inputs} ({@code id, name, type,
 * stage}; the stages of {@code stages.csv} are inputs of type {@code stage}), {@code providers}
 * ({@code id, name, kind, country, unattributed}), {@code provision} ({@code provider, input,
 * share, year, source}; share a fraction, empty when the source names the provider without a share)
 * and {@code links} ({@code from, to, relation}: {@code goes_into} or {@code is_type_of}).
 *
 * <p>Country providers carry ISO 3166-1 alpha-3 codes; "Various countries" and "Europe" are not one
 * country and are kept as unattributed providers, never as a country. Firms carry the country they
 * are based in; "Various companies" is unattributed.
 */
public final class EtoChipsImporter implements DatasetImporter {
  public static final String SOURCE = "eto-chips";
  public static final String LICENCE = "CC BY-NC 4.0 (non-commercial use; attribute CSET)";
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Set<String> NOT_A_COUNTRY = Set.of("EUR");
  private static final String NON_COMMERCIAL =
      "non-commercial use only (CC BY-NC 4.0): every output derived from this dataset inherits it";

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "CSET/ETO advanced semiconductor supply chain folder (inputs, providers, provision, sequence)";
  }

  @Override
  public DatasetDescription importInto(Path folder, TableSink sink) {
    if (!Files.isDirectory(folder)) {
      throw ImportException.ofFile(folder.toString(), "expected the ETO data folder");
    }
    List<CsvRecord> inputs =
        read(
            folder.resolve("inputs.csv"),
            List.of("input_id", "input_name", "type", "stage_name", "stage_id"));
    List<CsvRecord> providers =
        read(
            folder.resolve("providers.csv"),
            List.of("provider_name", "alias", "provider_id", "provider_type", "country"));
    List<CsvRecord> provision =
        read(
            folder.resolve("provision.csv"),
            List.of(
                "provider_name",
                "provider_id",
                "provided_name",
                "provided_id",
                "share_provided",
                "year",
                "source"));
    List<CsvRecord> sequence =
        read(
            folder.resolve("sequence.csv"),
            List.of(
                "input_name",
                "input_id",
                "goes_into_name",
                "goes_into_id",
                "is_type_of_name",
                "is_type_of_id"));
    List<CsvRecord> stages = read(folder.resolve("stages.csv"), List.of("stage_id", "stage_name"));
    for (String f :
        List.of("inputs.csv", "stages.csv", "providers.csv", "provision.csv", "sequence.csv")) {
      sink.sourceFile(folder.resolve(f));
    }
    Set<String> inputIds = new HashSet<>();
    TableWriter in = sink.table("inputs", List.of("id", "name", "type", "stage"));
    for (CsvRecord r : inputs) {
      String id = r.get(0).strip();
      if (!inputIds.add(id)) {
        throw r.error(0, "input " + id + " appears twice");
      }
      in.row(id, r.get(1).strip(), r.get(2).strip(), r.get(4).strip());
    }
    for (CsvRecord r : stages) { // stages (design, fabrication, ATP) have providers too
      String id = r.get(0).strip();
      if (!inputIds.add(id)) {
        throw r.error(0, "stage " + id + " has the id of another input or stage");
      }
      in.row(id, r.get(1).strip(), "stage", id);
    }
    Map<String, String> seen = new HashMap<>(); // id -> name|type|country of its first row
    Set<String> providerIds = new HashSet<>();
    int repeated = 0;
    TableWriter pr =
        sink.table("providers", List.of("id", "name", "kind", "country", "unattributed"));
    for (CsvRecord r : providers) {
      String id = r.get(2).strip();
      String identity = r.get(0).strip() + "|" + r.get(3).strip() + "|" + r.get(4).strip();
      String first = seen.putIfAbsent(id, identity);
      if (first != null) {
        // the same provider listed again under another alias: one provider
        if (!first.equals(identity)) {
          throw r.error(
              2, "provider " + id + " appears twice with a different name, type or country");
        }
        repeated++;
        continue;
      }
      providerIds.add(id);
      String name = r.get(0).strip();
      String type = r.get(3).strip();
      String kind;
      String country;
      boolean unattributed;
      if (type.equals("country")) {
        kind = "country";
        unattributed = !ISO3.matcher(name).matches() || NOT_A_COUNTRY.contains(name);
        country = unattributed ? "" : name;
      } else if (type.equals("organization")) {
        kind = "firm";
        String c = r.get(4).strip();
        country = ISO3.matcher(c).matches() && !NOT_A_COUNTRY.contains(c) ? c : "";
        unattributed = name.toLowerCase(java.util.Locale.ROOT).startsWith("various");
      } else {
        throw r.error(3, "provider_type \"" + type + "\" is neither country nor organization");
      }
      pr.row(id, name, kind, country, Boolean.toString(unattributed));
    }
    TableWriter pv =
        sink.table("provision", List.of("provider", "input", "share", "year", "source"));
    for (CsvRecord r : provision) {
      String provider = r.get(1).strip();
      String input = r.get(3).strip();
      if (!providerIds.contains(provider)) {
        throw r.error(1, "provider " + provider + " is not in providers.csv");
      }
      if (!inputIds.contains(input)) {
        throw r.error(3, "input " + input + " is not in inputs.csv");
      }
      String share = r.get(4).strip();
      String fraction = "";
      if (!share.isEmpty()) {
        double pct;
        try {
          pct = Double.parseDouble(share);
        } catch (NumberFormatException e) {
          throw r.error(4, "share_provided \"" + share + "\" is not a number");
        }
        if (!(pct >= 0 && pct <= 100)) {
          throw r.error(4, "share_provided " + share + " is not a percentage in [0, 100]");
        }
        // exact decimal: 95.2 % is 0.952, not 0.9520000000000001
        fraction =
            new java.math.BigDecimal(share).movePointLeft(2).stripTrailingZeros().toPlainString();
      }
      String year = r.get(5).strip();
      if (!year.matches("\\d{4}")) {
        throw r.error(5, "year \"" + year + "\" is not a four-digit year");
      }
      pv.row(provider, input, fraction, year, r.get(6).strip());
    }
    TableWriter links = sink.table("links", List.of("from", "to", "relation"));
    for (CsvRecord r : sequence) {
      String from = r.get(1).strip();
      String into = r.get(3).strip();
      String type = r.get(5).strip();
      if (!inputIds.contains(from)) {
        throw r.error(1, "input " + from + " is not in inputs.csv");
      }
      if (into.isEmpty() == type.isEmpty()) {
        throw r.error("a row needs exactly one of goes_into_id and is_type_of_id");
      }
      String to = into.isEmpty() ? type : into;
      if (!inputIds.contains(to)) {
        throw r.error(into.isEmpty() ? 5 : 3, "input " + to + " is not in inputs.csv");
      }
      links.row(from, to, into.isEmpty() ? "is_type_of" : "goes_into");
    }
    Map<String, String> properties = new HashMap<>();
    properties.put("kind", "technology-network");
    return new DatasetDescription(
        "ETO Advanced Semiconductor Supply Chain Dataset (Chip Explorer)",
        "Center for Security and Emerging Technology (CSET), Emerging Technology Observatory",
        LICENCE,
        "2025 shares (mixed years per row)",
        "Emerging Technology Observatory, Advanced Semiconductor Supply Chain Dataset,"
            + " https://eto.tech/dataset-docs/chipexplorer; CSET, The Semiconductor Supply Chain:"
            + " Assessing National Competitiveness (2021)",
        "https://github.com/georgetown-cset/eto-chip-explorer",
        repeated == 0
            ? List.of(NON_COMMERCIAL)
            : List.of(
                NON_COMMERCIAL,
                repeated
                    + " provider rows repeat an id with the same name, type and country (another"
                    + " alias) and were merged"),
        properties);
  }

  private static List<CsvRecord> read(Path path, List<String> needed) {
    SourceFile file = new SourceFile(path).requireReadable();
    return file.parse(
        List.of(StandardCharsets.UTF_8),
        reader -> {
          CsvReader csv = new CsvReader(reader, file.name());
          CsvRecord h = csv.next();
          if (h == null) {
            throw ImportException.ofFile(file.name(), "file is empty");
          }
          List<String> header = h.fields().stream().map(String::strip).toList();
          if (header.size() < needed.size() || !header.subList(0, needed.size()).equals(needed)) {
            throw h.error("expected the columns " + String.join(",", needed) + " first");
          }
          List<CsvRecord> rows = new java.util.ArrayList<>();
          for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
            if (r.size() == 1 && r.get(0).isBlank()) {
              continue;
            }
            if (r.size() < needed.size()) {
              throw r.error("expected at least " + needed.size() + " fields, found " + r.size());
            }
            rows.add(r);
          }
          return rows;
        });
  }
}
