package org.chokepoint.screening.lists.opensanctions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chokepoint.screening.lists.CsvTable;
import org.chokepoint.screening.lists.ImportWarnings;
import org.chokepoint.screening.lists.ListDates;

/**
 * What the four importers of OpenSanctions' transcription files share: the licence statement (the
 * transcriptions are code-generated from official publications; the repository's code is MIT, the
 * data are the governments'), list splitting, dates, and the rule for ended listings.
 */
final class Transcriptions {
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[;；]\\s*");

  private Transcriptions() {}

  /** The underlying list's terms, then where the transcription comes from. */
  static String licence(String underlying) {
    return underlying
        + "; transcribed in the OpenSanctions repository (code MIT), which adds no terms to the"
        + " data";
  }

  /** Values joined by {@code ;} (or the full-width {@code ；}). */
  static List<String> split(String field) {
    return SEPARATOR.splitAsStream(field.strip()).filter(s -> !s.isBlank()).toList();
  }

  /** {@code 2021-03-16}, {@code 21.5.2025}, {@code 13.07.20}, {@code 12 March 2022}. */
  static Optional<LocalDate> date(String text) {
    String t = text.strip();
    return ListDates.iso(t).or(() -> ListDates.dayMonthYear(t));
  }

  /** The date of {@code column}, empty when blank; unreadable text is an error naming the cell. */
  static Optional<LocalDate> date(CsvTable.Row r, String column) {
    String text = r.get(column).strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        date(text).orElseThrow(() -> r.error(column, column + " \"" + text + "\" is not a date")));
  }

  /**
   * Whether the row's listing ended on or before the list's date: an end date in the future is a
   * scheduled expiry, and the party is still listed.
   */
  static boolean ended(CsvTable.Row r, String endColumn, LocalDate vintage) {
    return date(r, endColumn).map(end -> !end.isAfter(vintage)).orElse(false);
  }

  /** The latest of the dates in {@code column}; the list is at least that recent. */
  static LocalDate latest(CsvTable table, String column) {
    LocalDate latest = LocalDate.MIN;
    for (CsvTable.Row r : table.rows()) {
      LocalDate d = date(r, column).orElse(LocalDate.MIN);
      latest = d.isAfter(latest) ? d : latest;
    }
    return latest;
  }

  /** The vintage text, with the warning that it is derived from listing dates. */
  static String vintage(LocalDate latest, String column, ImportWarnings warnings) {
    if (latest.equals(LocalDate.MIN)) {
      warnings.add("no dates in column " + column + ": vintage unknown");
      return "unknown";
    }
    warnings.add(
        "the transcription carries no publication date: vintage "
            + latest
            + " is its latest "
            + column
            + " (the list is at least that recent)");
    return latest.toString();
  }
}
