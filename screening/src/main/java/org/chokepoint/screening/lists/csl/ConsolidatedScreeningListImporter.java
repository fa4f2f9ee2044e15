package org.chokepoint.screening.lists.csl;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.chokepoint.screening.lists.ListDates;
import org.chokepoint.screening.lists.ListDescription;

/**
 * Imports the US Consolidated Screening List as the International Trade Administration publishes it
 * in CSV ({@code csl.csv}): eleven export-control and sanctions lists of Commerce, State and
 * Treasury in one file. Each row is an entry; its {@code source} ("Entity List (EL) - Bureau of
 * Industry and Security") is kept as the first programme, so a result says which sub-list it came
 * from. Rows with an {@code entity_number} (the Treasury lists) use it in the entry id ({@code
 * SDN-8124}); the others get a digest of source, name, addresses and start date ({@code
 * EL-3f2a9c01de}). A blank {@code type} (the Commerce and State lists do not say) is {@link
 * Schema#UNKNOWN}. The file carries no publication date: the vintage is a date or year in the file
 * or folder name, else the latest {@code start_date} (a lower bound), as a warning says.
 */
public final class ConsolidatedScreeningListImporter implements DatasetImporter {
  public static final String SOURCE = "us-csl";
  private static final List<String> COLUMNS =
      List.of(
          "source",
          "entity_number",
          "type",
          "programs",
          "name",
          "addresses",
          "start_date",
          "end_date",
          "federal_register_notice",
          "license_requirement",
          "license_policy",
          "remarks",
          "alt_names",
          "citizenships",
          "dates_of_birth",
          "nationalities",
          "ids",
          "call_sign",
          "vessel_flag");
  private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-Z]{2,5})\\)");
  private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*;\\s*");
  private static final Set<String> NOT_IDENTIFIERS =
      Set.of("website", "email address", "former vessel flag", "gender", "phone number");

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "US Consolidated Screening List, CSV (csl.csv)";
  }

  @Override
  public DatasetDescription importInto(Path path, TableSink sink) {
    CsvTable table = CsvTable.read(path, COLUMNS, "a US Consolidated Screening List CSV");
    sink.sourceFile(path);
    EntityTables tables = new EntityTables(sink);
    ImportWarnings warnings = new ImportWarnings();
    EntryIds ids = new EntryIds();
    String latestStart = "";
    for (CsvTable.Row r : table.rows()) {
      tables.add(entry(r, ids, warnings).build());
      String start = ListDates.iso(r.get("start_date")).map(Object::toString).orElse("");
      latestStart = start.compareTo(latestStart) > 0 ? start : latestStart;
    }
    String last = latestStart;
    String vintage =
        ListDates.inName(path)
            .orElseGet(
                () -> {
                  warnings.add(
                      "the file carries no publication date: vintage "
                          + last
                          + " is its latest start_date (the list was published on or after it)");
                  return last.isEmpty() ? "unknown" : last;
                });
    return ListDescription.of(
        "Consolidated Screening List",
        "International Trade Administration, U.S. Department of Commerce",
        "Public domain (U.S. government work, 17 U.S.C. 105)",
        vintage,
        "International Trade Administration, Consolidated Screening List, " + vintage,
        "https://www.trade.gov/consolidated-screening-list",
        warnings.list(),
        tables.count());
  }

  private static EntryBuilder entry(CsvTable.Row r, EntryIds ids, ImportWarnings warnings) {
    String subList = EntryBuilder.clean(r.get("source"));
    if (subList.isEmpty()) {
      throw r.error("source", "source (the sub-list) is empty");
    }
    String name = r.get("name");
    if (name.isBlank()) {
      throw r.error("name", "name is empty");
    }
    Matcher m = ABBREVIATION.matcher(subList);
    String abbreviation = m.find() ? m.group(1) : EntryIds.digest(subList).substring(0, 4);
    String number = r.get("entity_number").strip();
    String base =
        number.isEmpty()
            ? EntryIds.digest(subList, name, r.get("addresses"), r.get("start_date"))
            : number;
    EntryBuilder e = new EntryBuilder(SOURCE, ids.unique(abbreviation + "-" + base), schema(r));
    e.name(name, ListedName.Kind.PRIMARY, "");
    List<String> alts = split(r.get("alt_names"));
    for (int i = 0; i < alts.size(); i++) {
      String alt = alts.get(i);
      // "…; Communication … Institute (CTI); and Shijiazhuang … Institute."
      e.name(i > 0 && alt.startsWith("and ") ? alt.substring(4) : alt, ListedName.Kind.ALIAS, "");
    }
    e.programme(subList);
    split(r.get("programs")).forEach(e::programme);
    for (String address : split(r.get("addresses"))) {
      e.address(address);
      // the CSL ends an address with its country's ISO alpha-2 code when it knows the country
      String[] parts = address.split(",");
      String last = parts[parts.length - 1].strip();
      if (ALPHA2.matcher(last).matches()) {
        e.country(warnings.country(last, r.file(), r.line()));
      }
    }
    for (String column : List.of("citizenships", "nationalities")) {
      split(r.get(column)).forEach(c -> e.country(warnings.country(c, r.file(), r.line())));
    }
    e.country(warnings.country(r.get("vessel_flag"), r.file(), r.line()));
    split(r.get("dates_of_birth")).forEach(e::birthDate);
    e.identifier("Call Sign", r.get("call_sign"));
    identifiers(r.get("ids"), e);
    String start = r.get("start_date");
    e.listedOn(ListDates.iso(start).map(Object::toString).orElse(start));
    e.remark(r.get("remarks"));
    remark(e, "License requirement: ", r.get("license_requirement"));
    remark(e, "License policy: ", r.get("license_policy"));
    remark(e, "Federal Register: ", r.get("federal_register_notice"));
    remark(e, "End date: ", r.get("end_date"));
    return e;
  }

  private static Schema schema(CsvTable.Row r) {
    String type = r.get("type").strip();
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "" -> Schema.UNKNOWN;
      case "individual" -> Schema.PERSON;
      case "entity" -> Schema.LEGAL_ENTITY;
      case "vessel" -> Schema.VESSEL;
      case "aircraft" -> Schema.AIRCRAFT;
      default ->
          throw r.error(
              "type",
              "unknown type \"" + type + "\" (expected Individual, Entity, Vessel, Aircraft)");
    };
  }

  /**
   * {@code US, 80-0890696, Tax ID No.; RKBZCHZZ, SWIFT/BIC}: country (optional), number, type.
   * Sanctions notes written the same way ("Subject to Secondary Sanctions, Additional Sanctions
   * Information -") and contact details go to the remarks.
   */
  private static void identifiers(String field, EntryBuilder e) {
    for (String id : split(field)) {
      String[] parts = id.split(",\\s*");
      String type = parts[parts.length - 1].strip();
      if (parts.length < 2
          || type.endsWith("-")
          || type.endsWith(":")
          || NOT_IDENTIFIERS.contains(type.toLowerCase(Locale.ROOT))) {
        e.remark(id);
        continue;
      }
      String number = parts[parts.length - 2].strip();
      String country = parts.length >= 3 ? parts[0].strip() : "";
      e.identifier(type, country.isEmpty() ? number : number + " (" + country + ")");
    }
  }

  private static void remark(EntryBuilder e, String label, String value) {
    if (!value.isBlank()) {
      e.remark(label + value);
    }
  }

  private static List<String> split(String field) {
    return LIST_SEPARATOR.splitAsStream(field.strip()).filter(s -> !s.isBlank()).toList();
  }
}
