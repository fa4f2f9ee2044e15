package org.chokepoint.screening.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.screening.match.NameToken;
import org.chokepoint.screening.match.PreparedName;
import org.chokepoint.screening.match.Script;

/**
 * The keys under which a prepared name is filed and looked up, with the weight of each kind: the
 * word's Latin form (1), its consonant skeleton (0.7), two neighbouring words written together (1),
 * the Han character itself (1), and the word's letter trigrams with start and end marks (0.25
 * each), which find misspellings. Initials, particles and legal forms are not keys: they say too
 * little about who someone is.
 */
final class BlockingKeys {
  static final float WORD = 1f;
  static final float SKELETON = 0.7f;
  static final float TRIGRAM = 0.25f;

  private BlockingKeys() {}

  /** Keys of a name and their kind weights (a key appears once, with its largest weight). */
  static Map<String, Float> of(PreparedName name) {
    return of(name, k -> false);
  }

  /**
   * Keys of a query: as {@link #of(PreparedName)}, but a word's trigrams only when the word itself
   * is not filed ({@code filed} says whether a key is): a word that is on a list is found by its
   * own key and its skeleton, and trigrams, the costliest keys, are kept for words that are not
   * (misspellings).
   */
  static Map<String, Float> of(PreparedName name, java.util.function.Predicate<String> filed) {
    Map<String, Float> keys = new LinkedHashMap<>();
    List<NameToken> t = name.tokens();
    for (int i = 0; i < t.size(); i++) {
      NameToken w = t.get(i);
      if (w.kind() != NameToken.Kind.WORD && w.kind() != NameToken.Kind.SYMBOL) {
        continue;
      }
      put(keys, "w" + w.latin(), WORD);
      if (w.alt() != null) {
        put(keys, "w" + w.alt(), WORD);
      }
      if (w.script() == Script.HAN) {
        put(keys, "h" + w.key(), WORD);
      }
      if (w.skeleton().length() >= 2) {
        put(keys, "s" + w.skeleton(), SKELETON);
      }
      if (!filed.test("w" + w.latin())) {
        String padded = "^" + w.latin() + "$";
        for (int k = 0; k + 3 <= padded.length(); k++) {
          put(keys, "g" + padded.substring(k, k + 3), TRIGRAM);
        }
      }
      if (i + 1 < t.size() && joinable(w) && joinable(t.get(i + 1))) {
        put(keys, "w" + w.latin() + t.get(i + 1).latin(), WORD);
      }
    }
    return keys;
  }

  private static boolean joinable(NameToken t) {
    return t.kind() == NameToken.Kind.WORD || t.kind() == NameToken.Kind.PARTICLE;
  }

  private static void put(Map<String, Float> keys, String key, float weight) {
    keys.merge(key, weight, Math::max);
  }
}
