package org.chokepoint.screening.lists.ofac;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.screening.ListedName;
import org.chokepoint.screening.lists.EntryBuilder;
import org.chokepoint.screening.lists.ImportWarnings;

/**
 * Reads the structured parts of an SDN CSV remarks field: OFAC writes the features of an entry
 * there as {@code ;}-separated phrases ("DOB 13 May 1965; alt. DOB 13 Apr 1968; nationality
 * Colombia; Passport AB123 (Colombia); a.k.a. 'EL MONO'."). Weak aliases are only ever here, in
 * single quotes (OFAC's data specification: "weak aliases are not stored in the alt.* files").
 * Phrases the model has no place for (places of birth, "Linked To:", e-mail addresses) are left in
 * the remarks, which are always kept whole.
 */
final class SdnRemarks {
  private static final Pattern PHRASES = Pattern.compile(";\\s*");
  private static final Pattern WEAK_ALIAS =
      Pattern.compile("[afn]\\.k\\.a\\.,?\\s+'(.+)'", Pattern.CASE_INSENSITIVE);
  private static final Pattern ALT = Pattern.compile("^alt\\.\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern ID_VALUE =
      Pattern.compile("(.+?)(?:\\s+\\(([^()]*)\\))?(?:,?\\s+(?:issued|expires)\\b.*)?");

  private SdnRemarks() {}

  /** Applies every phrase of {@code remarks} that the model keeps to the entry. */
  static void apply(
      String remarks, EntryBuilder e, ImportWarnings warnings, String file, long line) {
    String r = remarks.strip();
    if (r.endsWith(".")) {
      r = r.substring(0, r.length() - 1);
    }
    for (String raw : PHRASES.split(r)) {
      String phrase = ALT.matcher(raw.strip()).replaceFirst("");
      Matcher weak = WEAK_ALIAS.matcher(phrase);
      if (weak.matches()) {
        e.name(weak.group(1), ListedName.Kind.WEAK_ALIAS, "");
        continue;
      }
      phrase(phrase, e, warnings, file, line);
    }
  }

  private static void phrase(
      String phrase, EntryBuilder e, ImportWarnings warnings, String file, long line) {
    for (String type : SdnFeatures.DATE_TYPES) {
      if (phrase.startsWith(type + " ")) {
        SdnFeatures.apply(e, type, phrase.substring(type.length()), "", warnings, file, line);
        return;
      }
    }
    for (String type : new String[] {"nationality", "citizen"}) {
      if (phrase.startsWith(type + " ")) {
        SdnFeatures.apply(e, type, phrase.substring(type.length()), "", warnings, file, line);
        return;
      }
    }
    for (String type : SdnFeatures.ID_TYPES) {
      if (phrase.startsWith(type + " ")) {
        Matcher m = ID_VALUE.matcher(phrase.substring(type.length()).strip());
        if (m.matches()) {
          String country = m.group(2) == null ? "" : m.group(2);
          SdnFeatures.apply(e, type, m.group(1), country, warnings, file, line);
        }
        return;
      }
    }
  }
}
