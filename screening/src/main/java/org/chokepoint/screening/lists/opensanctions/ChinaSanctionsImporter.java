package org.chokepoint.screening.lists.opensanctions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Imports China's counter-sanctions and export-control lists (Ministry of Foreign Affairs, Ministry
 * of Commerce: Unreliable Entity List, export control control list, countermeasures) as transcribed
 * by OpenSanctions ({@code cn_sanctions_sanctions.csv}, English and Chinese names). A party named
 * in several announcements appears once per announcement in the file; the rows of one party (same
 * type and English name) become one entry with every announcing body and list as a programme and
 * the earliest date as listing date. The English name is the primary name ({@code en}), the Chinese
 * name an alias ({@code zh}). Rows whose end date has passed are not imported; a party all of whose
 * rows ended is reported as delisted.
 */
public final class ChinaSanctionsImporter implements DatasetImporter {
  public static final String SOURCE = "cn-sanctions";
  private static final List<String> COLUMNS =
      List.of(
          "Type",
          "QID",
          "Name",
          "Alias",
          "Chinese name",
          "Country",
          "Topics",
          "Summary",
          "Chinese summary",
          "Body",
          "List",
          "Date",
          "End date",
          "Source URL",
          "Address");

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "China counter-sanctions and export-control lists, OpenSanctions transcription (CSV)";
  }

  @Override
  public DatasetDescription importInto(Path path, TableSink sink) {
    CsvTable table =
        CsvTable.read(path, COLUMNS, "the OpenSanctions transcription of China's sanctions lists");
    sink.sourceFile(path);
    ImportWarnings warnings = new ImportWarnings();
    LocalDate latest = Transcriptions.latest(table, "Date");
    Map<String, List<CsvTable.Row>> parties = new LinkedHashMap<>();
    for (CsvTable.Row r : table.rows()) {
      schema(r);
      if (r.get("Name").isBlank()) {
        throw r.error("Name", "Name is empty");
      }
      String key = r.get("Type").strip() + "\u0000" + EntryBuilder.clean(r.get("Name"));
      parties.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    EntityTables tables = new EntityTables(sink);
    EntryIds ids = new EntryIds();
    for (List<CsvTable.Row> rows : parties.values()) {
      List<CsvTable.Row> current =
          rows.stream().filter(r -> !Transcriptions.ended(r, "End date", latest)).toList();
      CsvTable.Row first = rows.get(0);
      if (current.isEmpty()) {
        warnings.add(
            "\""
                + EntryBuilder.clean(first.get("Name"))
                + "\" (line "
                + first.line()
                + "): every listing has ended, not imported");
        continue;
      }
      String id = "CN-" + EntryIds.digest(first.get("Type").strip(), first.get("Name").strip());
      tables.add(entry(current, ids.unique(id), warnings).build());
    }
    String vintage = Transcriptions.vintage(latest, "Date", warnings);
    return ListDescription.of(
        "China: counter-sanctions, Unreliable Entity List and export control lists",
        "Ministry of Foreign Affairs and Ministry of Commerce of the People's Republic of China",
        Transcriptions.licence(
            "Government announcements of the PRC; no licence terms stated, check before"
                + " redistribution"),
        vintage,
        "PRC Ministry of Foreign Affairs and Ministry of Commerce announcements, as transcribed by"
            + " OpenSanctions, "
            + vintage,
        "https://www.mfa.gov.cn/",
        warnings.list(),
        tables.count());
  }

  private static EntryBuilder entry(List<CsvTable.Row> rows, String id, ImportWarnings warnings) {
    CsvTable.Row first = rows.get(0);
    EntryBuilder e = new EntryBuilder(SOURCE, id, schema(first));
    e.name(first.get("Name"), ListedName.Kind.PRIMARY, "en");
    LocalDate earliest = LocalDate.MAX;
    for (CsvTable.Row r : rows) {
      for (String chinese : Transcriptions.split(r.get("Chinese name"))) {
        e.name(chinese, ListedName.Kind.ALIAS, "zh");
      }
      for (String alias : Transcriptions.split(r.get("Alias"))) {
        e.name(alias, ListedName.Kind.ALIAS, "");
      }
      String body = EntryBuilder.clean(r.get("Body"));
      String list = EntryBuilder.clean(r.get("List"));
      e.programme(list.isEmpty() ? body : body.isEmpty() ? list : body + ": " + list);
      e.country(warnings.country(r.get("Country"), r.file(), r.line()));
      e.identifier("Wikidata", r.get("QID"));
      Transcriptions.split(r.get("Address")).forEach(e::address);
      LocalDate d = Transcriptions.date(r, "Date").orElse(LocalDate.MAX);
      earliest = d.isBefore(earliest) ? d : earliest;
      e.remark(r.get("Summary"));
      e.remark(r.get("Chinese summary"));
      if (!r.get("Source URL").isBlank()) {
        e.remark("Source: " + r.get("Source URL").strip());
      }
    }
    if (!earliest.equals(LocalDate.MAX)) {
      e.listedOn(earliest.toString());
    }
    return e;
  }

  private static Schema schema(CsvTable.Row r) {
    String type = r.get("Type").strip();
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "person" -> Schema.PERSON;
      case "company" -> Schema.COMPANY;
      case "organization" -> Schema.ORGANIZATION;
      case "legalentity" -> Schema.LEGAL_ENTITY;
      default -> throw r.error("Type", "unknown Type \"" + type + "\"");
    };
  }
}
