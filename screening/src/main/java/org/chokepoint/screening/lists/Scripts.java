package org.chokepoint.screening.lists;

/**
 * Which writing systems a name uses, for lists that mix scripts without tagging them: a Cyrillic
 * alias in an EU annex on Russia is Russian, a name with kana in a METI list is Japanese, a name in
 * Han characters only beside an English one in a Chinese list is Chinese. Importers that rely on
 * this say so in their documentation.
 */
public final class Scripts {
  private Scripts() {}

  /** Hiragana or katakana (including half-width katakana and the prolonged sound mark). */
  public static boolean hasKana(CharSequence s) {
    return s.codePoints().anyMatch(Scripts::isKana);
  }

  public static boolean isKana(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || cp == 0x30FC
        || cp == 0xFF70;
  }

  /** Han ideographs (kanji, hanzi). */
  public static boolean hasHan(CharSequence s) {
    return s.codePoints().anyMatch(Scripts::isHan);
  }

  public static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  public static boolean hasCyrillic(CharSequence s) {
    return s.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
  }

  /**
   * Characters of Japanese text: kana, Han, and the CJK punctuation and full-width forms that a
   * Japanese line uses ({@code 「」（）、・}).
   */
  public static boolean isJapanese(int cp) {
    return isKana(cp)
        || isHan(cp)
        || (cp >= 0x3000 && cp <= 0x303F)
        || (cp >= 0xFF01 && cp <= 0xFF65)
        || cp == 0x30FB;
  }
}
