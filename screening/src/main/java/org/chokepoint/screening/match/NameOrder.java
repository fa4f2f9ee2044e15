package org.chokepoint.screening.match;

import java.util.List;
import java.util.function.Predicate;

/**
 * "LAST, First" to "First LAST", as lists write people: one comma with letters on both sides, and
 * what follows the comma not a legal form or suffix ({@code FOO, INC.}, {@code SMITH, JR.} stay as
 * they are); numbers with commas ({@code 11,420.2-1 CORP.}) are left alone.
 */
public final class NameOrder {
  private static final List<String> SUFFIXES = List.of("jr", "sr", "ii", "iii", "iv", "esq");

  private NameOrder() {}

  /**
   * @param isLegalForm tells whether the Latin key of the part after the comma is a legal form
   */
  public static String reorder(String name, Predicate<String> isLegalForm) {
    int comma = name.indexOf(',');
    if (comma < 0 || name.indexOf(',', comma + 1) >= 0) {
      return name;
    }
    String last = name.substring(0, comma).strip();
    String first = name.substring(comma + 1).strip();
    if (!hasLetter(last) || !hasLetter(first)) {
      return name;
    }
    String key = NameTablesKeys.key(first);
    if (SUFFIXES.contains(key) || isLegalForm.test(key)) {
      return name;
    }
    return first + " " + last;
  }

  private static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }
}
