package org.chokepoint.screening.lists;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date spellings of the lists, each read by its own method so that a day-month and a month-day
 * date are never confused. Every method returns empty for text it does not recognise or for an
 * impossible date (31 February); callers decide whether that is an error.
 */
public final class ListDates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T+\\-Z].*)?");
  private static final Pattern DOTS = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|\\d{4})");
  private static final Pattern WORDS = Pattern.compile("(\\d{1,2}) ([A-Za-z]+)\\.? (\\d{4})");
  private static final Pattern SLASHES = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern JAPANESE =
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern NAME_DATE =
      Pattern.compile("((?:19|20)\\d{2})[-_]?(0[1-9]|1[0-2])[-_]?(0[1-9]|[12]\\d|3[01])(?!\\d)");
  private static final Pattern NAME_MONTH =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(0[1-9]|1[0-2])(?!\\d)");
  private static final Pattern NAME_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final Map<String, Integer> FULL_MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("february", 2),
          Map.entry("march", 3),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("july", 7),
          Map.entry("august", 8),
          Map.entry("september", 9),
          Map.entry("october", 10),
          Map.entry("november", 11),
          Map.entry("december", 12));

  private ListDates() {}

  /** {@code 2026-02-27}, also with a time or zone after it ({@code 2015-04-07-04:00}). */
  public static Optional<LocalDate> iso(String text) {
    Matcher m = ISO.matcher(text.strip());
    return m.matches() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
  }

  /**
   * Day first: {@code 21.5.2025}, {@code 13.07.20} (two-digit years are 20xx: the lists that use
   * them began after 2000), {@code 12 March 2022}, {@code 9 Aug. 2025}.
   */
  public static Optional<LocalDate> dayMonthYear(String text) {
    String t = text.strip();
    Matcher m = DOTS.matcher(t);
    if (m.matches()) {
      String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
      return date(year, m.group(2), m.group(1));
    }
    m = WORDS.matcher(t);
    if (m.matches()) {
      String name = m.group(2).toLowerCase(Locale.ROOT);
      Integer month = name.length() >= 3 ? MONTHS.get(name.substring(0, 3)) : null;
      if (month != null && name.length() > 3 && !name.equals("sept")) {
        month = month.equals(FULL_MONTHS.get(name)) ? month : null;
      }
      return month == null ? Optional.empty() : date(m.group(3), month.toString(), m.group(1));
    }
    return Optional.empty();
  }

  /** Month first, as US lists write it: {@code 07/15/2021}. */
  public static Optional<LocalDate> monthDayYear(String text) {
    Matcher m = SLASHES.matcher(text.strip());
    return m.matches() ? date(m.group(3), m.group(1), m.group(2)) : Optional.empty();
  }

  /** {@code 2025 年09 月12 日}, as METI writes dates (blanks anywhere). */
  public static Optional<LocalDate> japanese(String text) {
    Matcher m = JAPANESE.matcher(text);
    return m.find() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
  }

  /**
   * A date written in the file's name or, failing that, its folder's name: {@code 2021-07-15} (or
   * {@code 20210715}), else {@code 2021-07}, else {@code 2021}. For lists whose files carry no
   * publication date of their own.
   */
  public static Optional<String> inName(Path path) {
    Path abs = path.toAbsolutePath();
    for (Path p = abs; p != null && p.getFileName() != null; p = p.getParent()) {
      Optional<String> found = inName(p.getFileName().toString());
      if (found.isPresent() || p != abs) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> inName(String name) {
    Matcher m = NAME_DATE.matcher(name);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3)).map(LocalDate::toString);
    }
    m = NAME_MONTH.matcher(name);
    if (m.find()) {
      return Optional.of(m.group(1) + "-" + m.group(2));
    }
    m = NAME_YEAR.matcher(name);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
