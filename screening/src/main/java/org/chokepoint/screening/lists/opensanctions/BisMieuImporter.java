package org.chokepoint.screening.lists.opensanctions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
 * Imports the BIS military-intelligence end users named under the EAR's military-intelligence
 * end-use and end-user rule (Federal Register 2021-00977 and later amendments), as transcribed by
 * OpenSanctions ({@code us_bis_mieu_mieu.csv}). This is not the Military End-User (MEU) List of
 * Supplement No. 7 to Part 744: the file's programme is {@code US-BIS-MIEU} and its entries are
 * intelligence services (Cuba's DIM, North Korea's RGB, Iran's IRGC-IO). One row, one entry; rows
 * whose end date has passed are left out and reported.
 */
public final class BisMieuImporter implements DatasetImporter {
  public static final String SOURCE = "us-bis-mieu";
  private static final List<String> COLUMNS =
      List.of("Type", "Name", "Alias", "Country", "Program", "Date", "End date", "Source URL");

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "BIS military-intelligence end users, OpenSanctions transcription (CSV)";
  }

  @Override
  public DatasetDescription importInto(Path path, TableSink sink) {
    CsvTable table =
        CsvTable.read(path, COLUMNS, "the OpenSanctions transcription of the BIS MIEU list");
    sink.sourceFile(path);
    ImportWarnings warnings = new ImportWarnings();
    LocalDate latest = Transcriptions.latest(table, "Date");
    EntityTables tables = new EntityTables(sink);
    EntryIds ids = new EntryIds();
    for (CsvTable.Row r : table.rows()) {
      String name = EntryBuilder.clean(r.get("Name"));
      if (name.isEmpty()) {
        throw r.error("Name", "Name is empty");
      }
      Schema schema = schema(r);
      if (Transcriptions.ended(r, "End date", latest)) {
        warnings.add("\"" + name + "\" (line " + r.line() + "): listing ended, not imported");
        continue;
      }
      EntryBuilder e =
          new EntryBuilder(SOURCE, ids.unique("MIEU-" + EntryIds.digest(name)), schema);
      e.name(name, ListedName.Kind.PRIMARY, "");
      Transcriptions.split(r.get("Alias")).forEach(a -> e.name(a, ListedName.Kind.ALIAS, ""));
      e.programme("Military-intelligence end users (EAR)");
      e.country(warnings.country(r.get("Country"), r.file(), r.line()));
      Transcriptions.date(r, "Date").ifPresent(d -> e.listedOn(d.toString()));
      if (!r.get("Source URL").isBlank()) {
        e.remark("Source: " + r.get("Source URL").strip());
      }
      tables.add(e.build());
    }
    String vintage = Transcriptions.vintage(latest, "Date", warnings);
    return ListDescription.of(
        "Military-intelligence end users (Export Administration Regulations)",
        "Bureau of Industry and Security, U.S. Department of Commerce",
        Transcriptions.licence("Public domain (U.S. government work, 17 U.S.C. 105)"),
        vintage,
        "U.S. Department of Commerce, Bureau of Industry and Security, military-intelligence end"
            + " users, as transcribed by OpenSanctions, "
            + vintage,
        "https://www.federalregister.gov/documents/2021/01/15/2021-00977",
        warnings.list(),
        tables.count());
  }

  private static Schema schema(CsvTable.Row r) {
    String type = r.get("Type").strip();
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "organization" -> Schema.ORGANIZATION;
      case "company" -> Schema.COMPANY;
      case "legalentity" -> Schema.LEGAL_ENTITY;
      case "person" -> Schema.PERSON;
      default -> throw r.error("Type", "unknown Type \"" + type + "\"");
    };
  }
}
