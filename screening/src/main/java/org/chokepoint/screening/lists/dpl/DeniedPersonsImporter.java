package org.chokepoint.screening.lists.dpl;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chokepoint.data.catalog.DatasetDescription;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;
import org.chokepoint.screening.ListedName;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.lists.EntityTables;
import org.chokepoint.screening.lists.EntryBuilder;
import org.chokepoint.screening.lists.EntryIds;
import org.chokepoint.screening.lists.ImportWarnings;
import org.chokepoint.screening.lists.ListDates;
import org.chokepoint.screening.lists.ListDescription;

/**
 * Imports the BIS Denied Persons List in its text layout ({@code dpl.txt}: a header line, then one
 * line per name and address, tab-separated quoted fields; see {@link TabbedLines}). BIS lists a
 * denied party once per address; lines with the same name and effective date are one denial order
 * and become one entry with all its addresses. The list gives no ids, types or publication date:
 * the entry id is a digest of name and effective date ({@code DPL-5c0e1f2a3b}), the schema is
 * {@link Schema#UNKNOWN} (persons and firms are mixed), and the vintage is the latest effective
 * date or plausible {@code Last_Update} in the file, as a warning says. Errors name the line and
 * the field (as column).
 */
public final class DeniedPersonsImporter implements DatasetImporter {
  public static final String SOURCE = "us-dpl";
  private static final List<String> COLUMNS =
      List.of(
          "Name",
          "Street_Address",
          "City",
          "State",
          "Country",
          "Postal_Code",
          "Effective_Date",
          "Expiration_Date",
          "Standard_Order",
          "Last_Update",
          "Action",
          "FR_Citation");

  /** A line's {@code Last_Update}, checked only when the vintage is derived from it. */
  private record Update(String text, long line) {}

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "BIS Denied Persons List, tab-separated text (dpl.txt)";
  }

  @Override
  public DatasetDescription importInto(Path path, TableSink sink) {
    SourceFile source = new SourceFile(path).requireReadable();
    String file = source.name();
    List<TabbedLines.Line> lines =
        source.parse(
            SourceFile.utf8ThenWindows1252(), r -> TabbedLines.read(new BufferedReader(r), file));
    if (lines.isEmpty() || !lines.get(0).fields().equals(COLUMNS)) {
      throw new ImportException(
          file,
          lines.isEmpty() ? 0 : lines.get(0).number(),
          0,
          "the first line is not the Denied Persons List header " + COLUMNS);
    }
    sink.sourceFile(path);
    ImportWarnings warnings = new ImportWarnings();
    Map<String, EntryBuilder> entries = new LinkedHashMap<>();
    EntryIds ids = new EntryIds();
    LocalDate latestEffective = LocalDate.MIN;
    List<Update> updates = new ArrayList<>();
    for (TabbedLines.Line line : lines.subList(1, lines.size())) {
      List<String> f = line.fields();
      if (f.size() != COLUMNS.size()) {
        throw new ImportException(
            file, line.number(), 0, "expected " + COLUMNS.size() + " fields, found " + f.size());
      }
      String name = EntryBuilder.clean(f.get(0));
      if (name.isEmpty()) {
        throw new ImportException(file, line.number(), 1, "Name is empty");
      }
      LocalDate effective = date(f, 6, file, line.number(), true).orElseThrow();
      latestEffective = effective.isAfter(latestEffective) ? effective : latestEffective;
      Optional<LocalDate> expires = date(f, 7, file, line.number(), false);
      EntryBuilder e =
          entries.computeIfAbsent(
              name + "\u0000" + effective,
              k ->
                  new EntryBuilder(
                      SOURCE,
                      ids.unique("DPL-" + EntryIds.digest(name, effective.toString())),
                      Schema.UNKNOWN));
      e.name(name, ListedName.Kind.PRIMARY, "");
      e.programme("Denied Persons List");
      e.listedOn(effective.toString());
      address(e, f, warnings, file, line.number());
      expires.ifPresent(d -> e.remark("Expires: " + d));
      if (!f.get(8).isBlank()) {
        e.remark("Standard order: " + f.get(8).strip().toUpperCase(Locale.ROOT));
      }
      if (!f.get(11).isBlank()) {
        e.remark("Federal Register: " + f.get(11));
      }
      updates.add(new Update(f.get(9).strip(), line.number()));
    }
    EntityTables tables = new EntityTables(sink);
    entries.values().forEach(e -> tables.add(e.build()));
    String vintage = vintage(path, latestEffective, updates, warnings);
    return ListDescription.of(
        "Denied Persons List",
        "Bureau of Industry and Security, U.S. Department of Commerce",
        "Public domain (U.S. government work, 17 U.S.C. 105)",
        vintage,
        "U.S. Department of Commerce, Bureau of Industry and Security, Denied Persons List, "
            + vintage,
        "https://www.bis.gov/denied-persons-list",
        warnings.list(),
        tables.count());
  }

  private static void address(
      EntryBuilder e, List<String> f, ImportWarnings warnings, String file, long line) {
    List<String> parts = new ArrayList<>();
    for (int i : new int[] {1, 2, 3, 5, 4}) {
      String p = EntryBuilder.clean(f.get(i));
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    e.address(String.join(", ", parts));
    e.country(warnings.country(f.get(4), file, line));
  }

  /** {@code MM/DD/YYYY}; an empty optional date is absent, anything else unreadable an error. */
  private static Optional<LocalDate> date(
      List<String> f, int i, String file, long line, boolean required) {
    String text = f.get(i).strip();
    if (text.isEmpty() && !required) {
      return Optional.empty();
    }
    return Optional.of(
        ListDates.monthDayYear(text)
            .orElseThrow(
                () ->
                    new ImportException(
                        file,
                        line,
                        i + 1,
                        COLUMNS.get(i) + " \"" + text + "\" is not a date (MM/DD/YYYY)")));
  }

  /**
   * A date in the file or folder name, else the latest effective date or {@code Last_Update}.
   * Update dates that cannot be right (before 1970, or more than a year after the latest effective
   * date: the 2022 file has "0222-05-18", "2922-09-01" and "3017-08-22") are reported and ignored.
   */
  private static String vintage(
      Path path, LocalDate latestEffective, List<Update> updates, ImportWarnings warnings) {
    Optional<String> named = ListDates.inName(path);
    if (named.isPresent()) {
      return named.get();
    }
    LocalDate latest = latestEffective;
    for (Update u : updates) {
      Optional<LocalDate> d = ListDates.iso(u.text());
      if (d.isEmpty()
          || d.get().getYear() < 1970
          || d.get().isAfter(latestEffective.plusYears(1))) {
        if (!u.text().isEmpty()) {
          warnings.add(
              "Last_Update \"" + u.text() + "\" on line " + u.line() + " cannot be right: ignored");
        }
        continue;
      }
      latest = d.get().isAfter(latest) ? d.get() : latest;
    }
    warnings.add(
        "the file carries no publication date: vintage "
            + latest
            + " is its latest effective or update date");
    return latest.toString();
  }
}
