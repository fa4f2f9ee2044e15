package org.chokepoint.screening.lists.opensanctions;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.data.catalog.DatasetDescription;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.screening.ListedName;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.lists.CountryNames;
import org.chokepoint.screening.lists.CsvTable;
import org.chokepoint.screening.lists.EntityTables;
import org.chokepoint.screening.lists.EntryBuilder;
import org.chokepoint.screening.lists.EntryIds;
import org.chokepoint.screening.lists.ImportWarnings;
import org.chokepoint.screening.lists.ListDescription;
import org.chokepoint.screening.lists.Scripts;

/**
 * Imports the annexes of Council Regulation (EU) No 833/2014 (Russia: export controls, financial,
 * transport and services restrictions) as transcribed by OpenSanctions from the Official Journal
 * ({@code eu_journal_sanctions_data_consolidated_32014R0833.csv}). One row, one entry: the same
 * party in two annexes is two entries, each naming its annex and measure as programme. The entry id
 * is annex and record number ({@code IV/12}); rows without a record number get a digest of the
 * name. Cyrillic aliases are tagged Russian ({@code ru}); "Asset" rows (ports, airports, economic
 * zones, crypto-assets) have no party schema and are {@link Schema#UNKNOWN}.
 */
public final class Eu833Importer implements DatasetImporter {
  public static final String SOURCE = "eu-833";
  private static final String CELEX = "32014R0833";
  private static final List<String> COLUMNS =
      List.of(
          "celex",
          "recordId",
          "annex",
          "measure",
          "startDate",
          "reason",
          "schema",
          "name",
          "alias",
          "weakAlias",
          "previousName",
          "country",
          "jurisdiction",
          "registrationNumber",
          "imoNumber",
          "address",
          "phone",
          "email",
          "website");
  private static final Pattern VALUE_TYPE = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)");

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "EU Regulation 833/2014 annexes, OpenSanctions transcription (CSV)";
  }

  @Override
  public DatasetDescription importInto(Path path, TableSink sink) {
    CsvTable table = CsvTable.read(path, COLUMNS, "a transcription of the EU Regulation 833/2014");
    sink.sourceFile(path);
    ImportWarnings warnings = new ImportWarnings();
    EntityTables tables = new EntityTables(sink);
    EntryIds ids = new EntryIds();
    for (CsvTable.Row r : table.rows()) {
      if (!r.get("celex").strip().equals(CELEX)) {
        throw r.error("celex", "CELEX \"" + r.get("celex") + "\" is not " + CELEX);
      }
      tables.add(entry(r, ids, warnings).build());
    }
    String vintage =
        Transcriptions.vintage(Transcriptions.latest(table, "startDate"), "startDate", warnings);
    return ListDescription.of(
        "Council Regulation (EU) No 833/2014, annexes (restrictive measures, Russia)",
        "Council of the European Union (Official Journal of the EU)",
        Transcriptions.licence(
            "EU legal acts: © European Union, reuse authorised with acknowledgement (Commission"
                + " Decision 2011/833/EU)"),
        vintage,
        "Council Regulation (EU) No 833/2014, consolidated annexes, as transcribed by"
            + " OpenSanctions, "
            + vintage,
        "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32014R0833",
        warnings.list(),
        tables.count());
  }

  private static EntryBuilder entry(CsvTable.Row r, EntryIds ids, ImportWarnings warnings) {
    String annex = r.get("annex").strip();
    String name = r.get("name");
    if (annex.isEmpty()) {
      throw r.error("annex", "annex is empty");
    }
    if (name.isBlank()) {
      throw r.error("name", "name is empty");
    }
    String record = r.get("recordId").strip();
    String id = annex + "/" + (record.isEmpty() ? EntryIds.digest(name.strip()) : record);
    EntryBuilder e = new EntryBuilder(SOURCE, ids.unique(id), schema(r));
    e.name(name, ListedName.Kind.PRIMARY, "");
    for (String column : List.of("alias", "previousName")) {
      for (String alias : Transcriptions.split(r.get(column))) {
        e.name(alias, ListedName.Kind.ALIAS, Scripts.hasCyrillic(alias) ? "ru" : "");
      }
    }
    for (String weak : Transcriptions.split(r.get("weakAlias"))) {
      e.name(weak, ListedName.Kind.WEAK_ALIAS, Scripts.hasCyrillic(weak) ? "ru" : "");
    }
    e.programme("Annex " + annex + " (" + EntryBuilder.clean(r.get("measure")) + ")");
    Transcriptions.date(r, "startDate").ifPresent(d -> e.listedOn(d.toString()));
    for (String column : List.of("country", "jurisdiction")) {
      e.country(warnings.country(r.get(column), r.file(), r.line()));
    }
    for (String reg : Transcriptions.split(r.get("registrationNumber"))) {
      Matcher m = VALUE_TYPE.matcher(reg);
      if (m.matches()) {
        e.identifier(m.group(2), m.group(1));
      } else {
        e.identifier("Registration number", reg);
      }
    }
    e.identifier("IMO", r.get("imoNumber"));
    for (String address : Transcriptions.split(r.get("address"))) {
      e.address(address);
      String[] parts = address.split(",");
      CountryNames.standard().find(parts[parts.length - 1]).ifPresent(e::country);
    }
    e.remark(r.get("reason"));
    for (String column : List.of("phone", "email", "website")) {
      if (!r.get(column).isBlank()) {
        e.remark(column + ": " + r.get(column));
      }
    }
    return e;
  }

  private static Schema schema(CsvTable.Row r) {
    String s = r.get("schema").strip();
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "legalentity" -> Schema.LEGAL_ENTITY;
      case "company" -> Schema.COMPANY;
      case "organization" -> Schema.ORGANIZATION;
      case "person" -> Schema.PERSON;
      case "vessel" -> Schema.VESSEL;
      case "airplane" -> Schema.AIRCRAFT;
      case "asset" -> Schema.UNKNOWN;
      default -> throw r.error("schema", "unknown schema \"" + s + "\"");
    };
  }
}
