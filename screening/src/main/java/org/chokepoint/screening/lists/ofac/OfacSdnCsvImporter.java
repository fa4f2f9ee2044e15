package org.chokepoint.screening.lists.ofac;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chokepoint.data.catalog.DatasetDescription;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.screening.ListedName;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.lists.EntityTables;
import org.chokepoint.screening.lists.EntryBuilder;
import org.chokepoint.screening.lists.ImportWarnings;
import org.chokepoint.screening.lists.ListDates;
import org.chokepoint.screening.lists.ListDescription;

/**
 * Imports OFAC's SDN list from its CSV release ({@code sdn.csv} with {@code add.csv}, {@code
 * alt.csv} and {@code sdn_comments.csv}; the path is the folder or any of the files). Each {@code
 * sdn.csv} row is one entry, its {@code ent_num} the entry id. Remarks cut at 1,000 characters are
 * completed from {@code sdn_comments.csv}; dates of birth, nationalities, identity documents and
 * weak aliases are read from them (see {@link SdnRemarks}) and the remarks are kept whole. The CSV
 * files carry no publication date: the vintage is a date or year in the folder or file name.
 */
public final class OfacSdnCsvImporter implements DatasetImporter {
  public static final String SOURCE = "ofac-sdn";

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "OFAC SDN list, CSV release (sdn.csv, add.csv, alt.csv, sdn_comments.csv)";
  }

  @Override
  public DatasetDescription importInto(Path path, TableSink sink) {
    SdnCsvFiles files = SdnCsvFiles.locate(path);
    ImportWarnings warnings = new ImportWarnings();
    List<CsvRecord> sdn = SdnCsvFiles.read(files.sdn(), 12);
    Map<String, CsvRecord> entries = new LinkedHashMap<>();
    for (CsvRecord r : sdn) {
      CsvRecord before = entries.putIfAbsent(r.get(0), r);
      if (before != null) {
        throw r.error(
            0, "entry " + r.get(0) + " appears twice (also on line " + before.line() + ")");
      }
    }
    Map<String, String> spill = new HashMap<>();
    if (files.comments().isPresent()) {
      for (CsvRecord r : SdnCsvFiles.read(files.comments().get(), 2)) {
        known(entries, r);
        spill.merge(r.get(0), r.get(1), String::concat);
      }
      sink.sourceFile(files.comments().get());
    } else {
      warnings.add("no sdn_comments.csv: remarks longer than 1,000 characters end where cut");
    }
    Map<String, List<CsvRecord>> alts = byEntry(entries, SdnCsvFiles.read(files.alt(), 5));
    Map<String, List<CsvRecord>> adds = byEntry(entries, SdnCsvFiles.read(files.add(), 6));
    sink.sourceFile(files.sdn());
    sink.sourceFile(files.add());
    sink.sourceFile(files.alt());

    EntityTables tables = new EntityTables(sink);
    for (CsvRecord r : entries.values()) {
      EntryBuilder e = entry(r, spill.getOrDefault(r.get(0), ""), warnings);
      for (CsvRecord alt : alts.getOrDefault(r.get(0), List.of())) {
        e.name(alt.get(3), aliasKind(alt), "");
      }
      for (CsvRecord add : adds.getOrDefault(r.get(0), List.of())) {
        address(e, add, warnings);
      }
      tables.add(e.build());
    }
    String vintage =
        ListDates.inName(files.sdn())
            .orElseGet(
                () -> {
                  warnings.add(
                      "the OFAC CSV files carry no publication date and none is in the folder"
                          + " or file name (such as sdn-2021-07-15): vintage unknown");
                  return "unknown";
                });
    return ListDescription.of(
        "Specially Designated Nationals and Blocked Persons List (SDN)",
        "U.S. Department of the Treasury, Office of Foreign Assets Control (OFAC)",
        OfacLicence.TEXT,
        vintage,
        "U.S. Department of the Treasury, OFAC, Specially Designated Nationals and Blocked"
            + " Persons List, CSV release, "
            + vintage,
        OfacLicence.URL,
        warnings.list(),
        tables.count());
  }

  private static EntryBuilder entry(CsvRecord r, String spill, ImportWarnings warnings) {
    String type = r.get(2).strip();
    Schema schema =
        SdnFeatures.schema(type)
            .orElseThrow(
                () ->
                    r.error(
                        2,
                        "unknown SDN type \""
                            + type
                            + "\" (expected individual, vessel, aircraft or empty for an entity)"));
    if (r.get(1).isBlank()) {
      throw r.error(1, "SDN_Name is empty");
    }
    EntryBuilder e = new EntryBuilder(OfacSdnCsvImporter.SOURCE, r.get(0), schema);
    e.name(r.get(1), ListedName.Kind.PRIMARY, "");
    SdnFeatures.programmes(r.get(3)).forEach(e::programme);
    e.identifier("Call Sign", r.get(5));
    e.country(warnings.country(r.get(9), r.file(), r.line()));
    String remarks = r.get(11) + spill;
    SdnRemarks.apply(remarks, e, warnings, r.file(), r.line());
    e.remark(remarks);
    return e;
  }

  /** {@code aka}, {@code fka}, {@code nka}; a type or remark saying "weak" makes a weak alias. */
  private static ListedName.Kind aliasKind(CsvRecord alt) {
    if (alt.get(3).isBlank()) {
      throw alt.error(3, "alt_name is empty");
    }
    String type = alt.get(2).strip().toLowerCase(Locale.ROOT).replace(".", "");
    if (type.contains("weak") || alt.get(4).toLowerCase(Locale.ROOT).contains("weak")) {
      return ListedName.Kind.WEAK_ALIAS;
    }
    if (!List.of("aka", "fka", "nka").contains(type)) {
      throw alt.error(
          2, "unknown alt_type \"" + alt.get(2).strip() + "\" (expected aka, fka, nka)");
    }
    return ListedName.Kind.ALIAS;
  }

  /** Address, city line and country joined by ", "; the country is also kept as a code. */
  private static void address(EntryBuilder e, CsvRecord add, ImportWarnings warnings) {
    List<String> parts = new ArrayList<>();
    for (int i = 2; i <= 4; i++) {
      String p = EntryBuilder.clean(add.get(i));
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    String text = String.join(", ", parts);
    String remark = EntryBuilder.clean(add.get(5));
    e.address(remark.isEmpty() ? text : text + " (" + remark + ")");
    e.country(warnings.country(add.get(4), add.file(), add.line()));
  }

  private static Map<String, List<CsvRecord>> byEntry(
      Map<String, CsvRecord> entries, List<CsvRecord> records) {
    Map<String, List<CsvRecord>> out = new HashMap<>();
    for (CsvRecord r : records) {
      known(entries, r);
      out.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  private static void known(Map<String, CsvRecord> entries, CsvRecord r) {
    if (!entries.containsKey(r.get(0))) {
      throw r.error(0, "entry " + r.get(0) + " is not in sdn.csv");
    }
  }
}
