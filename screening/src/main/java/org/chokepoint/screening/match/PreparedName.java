package org.chokepoint.screening.match;

import java.util.List;
import org.chokepoint.screening.Schema;

/**
 * A name ready to be compared: its words interpreted and transliterated, numbers set apart, and a
 * record of what was done to it, in words.
 *
 * @param original the name as given
 * @param reordered the name after "LAST, First" reordering (else the original)
 * @param digits every digit of the name in order ({@code 11,420.2-1 CORP.} gives {@code 1142021}),
 *     compared as a whole: numbers must agree
 * @param notes what normalisation did ("read 'PUTIN, Vladimir' as 'Vladimir PUTIN'",
 *     "transliterated from Cyrillic: Путин → putin")
 */
public record PreparedName(
    String original,
    String reordered,
    Schema schema,
    List<NameToken> tokens,
    String digits,
    List<String> notes) {
  public PreparedName {
    tokens = List.copyOf(tokens);
    notes = List.copyOf(notes);
  }

  /** Total weight of the words (numbers not included). */
  public double weight() {
    double w = 0;
    for (NameToken t : tokens) {
      w += t.weight();
    }
    return w;
  }

  public boolean isEmpty() {
    return tokens.isEmpty() && digits.isEmpty();
  }
}
