package org.chokepoint.screening.lists.opensanctions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.chokepoint.data.catalog.DatasetDescription;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.screening.ListedName;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.lists.CsvTable;
import org.chokepoint.screening.lists.EntityTables;
import org.chokepoint.screening.lists.EntryBuilder;
import org.chokepoint.screening.lists.EntryIds;
import org.chokepoint.screening.lists.ImportWarnings;
import org.chokepoint.screening.lists.ListDescription;

/**
 * Imports the US Department of Defense list of "Chinese military companies" under Section 1260H of
 * the FY2021 NDAA, as transcribed by OpenSanctions ({@code us_dod_chinese_milcorps_sanctions.csv}:
 * one row per company per annual list). The rows of one company ({@code Clean Name}) become one
 * entry, listed since its earliest current list; rows with an end date on or before the latest list
 * are removals, and a company all of whose rows ended is reported as delisted, not imported. The
 * vintage is the latest list's date.
 */
public final class Dod1260hImporter implements DatasetImporter {
  public static final String SOURCE = "us-dod-1260h";
  private static final List<String> COLUMNS =
      List.of(
          "Name",
          "Clean Name",
          "Alias",
          "Previous Name",
          "Parent Name",
          "Note",
          "Start date",
          "End date",
          "Source Url");

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "US DoD Section 1260H Chinese military companies, OpenSanctions transcription (CSV)";
  }

  @Override
  public DatasetDescription importInto(Path path, TableSink sink) {
    CsvTable table =
        CsvTable.read(path, COLUMNS, "the OpenSanctions transcription of the DoD 1260H list");
    sink.sourceFile(path);
    ImportWarnings warnings = new ImportWarnings();
    LocalDate latest = Transcriptions.latest(table, "Start date");
    Map<String, List<CsvTable.Row>> companies = new LinkedHashMap<>();
    for (CsvTable.Row r : table.rows()) {
      String name = primaryName(r);
      if (name.isEmpty()) {
        throw r.error("Clean Name", "Clean Name and Name are empty");
      }
      companies.computeIfAbsent(name, k -> new ArrayList<>()).add(r);
    }
    EntityTables tables = new EntityTables(sink);
    EntryIds ids = new EntryIds();
    companies.forEach(
        (name, rows) -> {
          List<CsvTable.Row> current =
              rows.stream().filter(r -> !Transcriptions.ended(r, "End date", latest)).toList();
          if (current.isEmpty()) {
            warnings.add(
                "\"" + name + "\" (line " + rows.get(0).line() + "): removed, not imported");
          } else {
            tables.add(entry(name, current, ids.unique("1260H-" + EntryIds.digest(name))).build());
          }
        });
    String vintage = Transcriptions.vintage(latest, "Start date", warnings);
    return ListDescription.of(
        "Entities identified as Chinese military companies (Section 1260H, FY2021 NDAA)",
        "U.S. Department of Defense",
        Transcriptions.licence("Public domain (U.S. government work, 17 U.S.C. 105)"),
        vintage,
        "U.S. Department of Defense, Entities Identified as Chinese Military Companies Operating"
            + " in the United States (Section 1260H), as transcribed by OpenSanctions, "
            + vintage,
        "https://www.defense.gov/",
        warnings.list(),
        tables.count());
  }

  /** {@code Clean Name}, else {@code Name} without its trailing asterisk. */
  private static String primaryName(CsvTable.Row r) {
    String clean = EntryBuilder.clean(r.get("Clean Name"));
    return clean.isEmpty() ? EntryBuilder.clean(r.get("Name").replace("*", "")) : clean;
  }

  private static EntryBuilder entry(String name, List<CsvTable.Row> rows, String id) {
    EntryBuilder e = new EntryBuilder(SOURCE, id, Schema.COMPANY);
    e.name(name, ListedName.Kind.PRIMARY, "");
    e.programme("Section 1260H list (Chinese military companies)");
    TreeSet<LocalDate> lists = new TreeSet<>();
    for (CsvTable.Row r : rows) {
      for (String column : List.of("Alias", "Previous Name")) {
        for (String alias : Transcriptions.split(r.get(column))) {
          e.name(alias, ListedName.Kind.ALIAS, "");
        }
      }
      Transcriptions.date(r, "Start date").ifPresent(lists::add);
      if (!r.get("Parent Name").isBlank()) {
        e.remark("Parent: " + r.get("Parent Name"));
      }
      e.remark(r.get("Note"));
    }
    if (!lists.isEmpty()) {
      e.listedOn(lists.first().toString());
      e.remark(
          "On the lists of " + String.join(", ", lists.stream().map(Object::toString).toList()));
    }
    return e;
  }
}
