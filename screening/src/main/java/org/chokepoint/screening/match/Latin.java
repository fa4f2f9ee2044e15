package org.chokepoint.screening.match;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;

/**
 * Latin letters for any script, through ICU4J transforms: Cyrillic by BGN/PCGN (closest to the
 * spellings sanctions lists use: Shchukin, Dmitriy), Greek by UNGEGN, Han characters to pinyin with
 * the surname readings of {@code Han-Latin/Names}, kana to Hepburn-style romaji, Hangul to the
 * Revised Romanization, Arabic and Hebrew letter by letter (without the vowels the script leaves
 * out), everything else by ICU's {@code Any-Latin}; then accents removed ({@code Latin-ASCII}).
 *
 * <p>Japanese kanji are read as pinyin too: a dictionary would be needed for their Japanese
 * readings, so a name in kanji matches the same kanji (and their Chinese forms), not its romaji.
 */
public final class Latin {
  /** The ICU transform chain, in order. */
  public static final String TRANSFORM =
      "Han-Latin/Names; Russian-Latin/BGN; Greek-Latin/UNGEGN; Katakana-Latin; Hiragana-Latin;"
          + " Any-Latin; Latin-ASCII";

  private static final ThreadLocal<Transliterator> TRANSLITERATOR =
      ThreadLocal.withInitial(() -> Transliterator.getInstance(TRANSFORM));

  private Latin() {}

  /**
   * Lower-case ASCII letters and digits of {@code text}: transliterated when not ASCII, other
   * characters dropped.
   */
  public static String ascii(String text) {
    boolean plain = true;
    for (int i = 0; i < text.length() && plain; i++) {
      plain = text.charAt(i) < 0x80;
    }
    String latin = plain ? text : TRANSLITERATOR.get().transliterate(nfc(text));
    StringBuilder out = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + 32));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
