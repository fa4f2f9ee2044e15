package org.chokepoint.workspace.crisis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a requesting government states, Article 12(2)(a)–(f) of the IPEF Agreement Relating to
 * Supply Chain Resilience, each required and at most {@link #MAX} characters, with a title.
 *
 * @param impact (a) the impact or expected impact of the disruption on national security, public
 *     health and safety, or the economy
 * @param cause (b) the cause of the disruption
 * @param expectedDuration (c) its expected duration
 * @param sectors (d) the sectors likely to be affected
 * @param measures (e) the measures taken or expected to be taken in response
 * @param assistance (f) what assistance from the other Parties would be helpful
 */
public record CrisisFields(
    String title,
    String impact,
    String cause,
    String expectedDuration,
    String sectors,
    String measures,
    String assistance) {
  /** The longest title accepted. */
  public static final int MAX_TITLE = 300;

  /** The longest text accepted for each of the six items. */
  public static final int MAX = 4000;

  /** The six items by their API names, in the order of Article 12(2). */
  public Map<String, String> items() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("impact", impact);
    m.put("cause", cause);
    m.put("expected_duration", expectedDuration);
    m.put("sectors", sectors);
    m.put("measures", measures);
    m.put("assistance", assistance);
    return m;
  }

  /**
   * The fields stripped of surrounding white space, or {@link CrisisFieldException} naming the
   * first that is missing, blank, too long or holds control characters other than line breaks and
   * tabs.
   */
  public CrisisFields checked() {
    return new CrisisFields(
        check("title", title, MAX_TITLE),
        check("impact", impact, MAX),
        check("cause", cause, MAX),
        check("expected_duration", expectedDuration, MAX),
        check("sectors", sectors, MAX),
        check("measures", measures, MAX),
        check("assistance", assistance, MAX));
  }

  /** A required text of at most {@code max} characters, stripped. */
  static String check(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new CrisisFieldException(
          field, "title".equals(field) ? "required" : "required (one of Article 12(2)'s items)");
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new CrisisFieldException(
          field, "longer than " + max + " characters (" + v.length() + ")");
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        throw new CrisisFieldException(
            field, "control character U+" + String.format("%04X", (int) c) + " at " + (i + 1));
      }
    }
    return v;
  }
}
