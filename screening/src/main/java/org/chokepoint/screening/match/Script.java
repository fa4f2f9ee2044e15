package org.chokepoint.screening.match;

/**
 * The writing system a name token was written in, as far as matching cares: which transliteration
 * made its Latin form, and whether that form can be trusted for vowels and for l/r.
 */
public enum Script {
  LATIN("Latin"),
  CYRILLIC("Cyrillic"),
  GREEK("Greek"),
  ARABIC("Arabic"),
  HEBREW("Hebrew"),
  HAN("Chinese characters (read as pinyin)"),
  KANA("Japanese kana"),
  HANGUL("Korean Hangul"),
  OTHER("another script");

  private final String label;

  Script(String label) {
    this.label = label;
  }

  /** How an explanation names the script. */
  public String label() {
    return label;
  }

  /**
   * Whether the script leaves vowels out (Arabic, Hebrew) or forces vowels and merges l and r
   * (kana, Hangul, Han readings), so that a Latin spelling of the same name differs mostly in its
   * vowels: such tokens are also compared by their consonant skeletons.
   */
  public boolean vowelsUnreliable() {
    return this == ARABIC || this == HEBREW || this == KANA || this == HANGUL || this == HAN;
  }

  /** The script of one code point; digits and marks count as Latin. */
  public static Script of(int cp) {
    if (cp < 0x80) {
      return LATIN;
    }
    if (cp == 0x30FC || cp == 0xFF70) {
      return KANA; // prolonged sound mark
    }
    return switch (Character.UnicodeScript.of(cp)) {
      case LATIN, COMMON, INHERITED -> LATIN;
      case CYRILLIC -> CYRILLIC;
      case GREEK -> GREEK;
      case ARABIC, SYRIAC, THAANA -> ARABIC;
      case HEBREW -> HEBREW;
      case HAN -> HAN;
      case HIRAGANA, KATAKANA -> KANA;
      case HANGUL -> HANGUL;
      default -> OTHER;
    };
  }
}
