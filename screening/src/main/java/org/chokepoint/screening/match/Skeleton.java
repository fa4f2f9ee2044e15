package org.chokepoint.screening.match;

/**
 * The consonant skeleton of a Latin word: vowels, h, w and y left out, sounds that scripts and
 * romanisations confuse put into one class (p b f v; t d; k g c q; s z j; l r; m; n; x is k s),
 * repeats collapsed. Arabic and Hebrew leave vowels unwritten, and kana and Hangul force vowels
 * between consonants and do not tell l from r, so {@code mhmd} (محمد) and {@code Mohamed}, or
 * {@code vuneshuekosutiru} (ヴネシュエコスティル) and {@code Vneshekostil}, have one skeleton. Kana-derived
 * words are first read in Kunrei style (chi → ti, tsu → tu, shi → si), which keeps the consonant of
 * the foreign name a katakana spelling transcribes.
 */
public final class Skeleton {
  private Skeleton() {}

  public static String of(String latin, Script script) {
    String s = latin;
    if (script == Script.KANA) {
      s = s.replace("chi", "ti").replace("tsu", "tu").replace("shi", "si").replace("ji", "zi");
    }
    StringBuilder out = new StringBuilder(s.length());
    char last = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      char k;
      if ((c == 's' || c == 'c' || c == 'z') && next == 'h') {
        k = 'S';
        i++;
      } else if ((c == 'k' || c == 'g') && next == 'h') {
        k = 'K';
        i++;
      } else if (c == 'x') {
        if (last != 'K') {
          out.append('K');
        }
        k = 'S';
      } else {
        k = classOf(c);
      }
      if (k == 0) {
        last = c >= '0' && c <= '9' ? 0 : last;
        continue;
      }
      if (k != last) {
        out.append(k);
      }
      last = k;
    }
    return out.toString();
  }

  /**
   * The sound key of a Korean syllable's romanisation, so that the Revised Romanization ICU gives
   * and the spellings passports use meet: {@code eo}, {@code eu}, {@code oo}, {@code u} read as
   * {@code o}; {@code ae} as {@code e}; {@code ee}, {@code yi} as {@code i}; k, t, p, ch, sh, l as
   * g, d, b, j, s, r. {@code jeong}, {@code jung} and {@code chung} are one key; {@code song} and
   * {@code jong} are not.
   */
  public static String korean(String latin) {
    String s = latin.replace("eo", "o").replace("eu", "o").replace("oo", "o").replace("u", "o");
    s = s.replace("ae", "e").replace("ee", "i").replace("yi", "i");
    s =
        s.replace("ch", "j")
            .replace("sh", "s")
            .replace('k', 'g')
            .replace('t', 'd')
            .replace('p', 'b');
    return s.replace('l', 'r');
  }

  /**
   * The consonants a Latin spelling writes, as Arabic and Hebrew script would: vowels, w, y and
   * apostrophes left out, sh kh gh th dh ph written as one letter each, q as k, doubles collapsed;
   * other letters kept apart. {@code Mohamed}, {@code Muhammad} and محمد ({@code mhmd}) give {@code
   * mhmd}; {@code Hashemi} and {@code Samiu} do not meet.
   */
  public static String consonants(String latin) {
    StringBuilder out = new StringBuilder(latin.length());
    char last = 0;
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      char next = i + 1 < latin.length() ? latin.charAt(i + 1) : 0;
      char k = c;
      if (next == 'h' && "sktdgpcz".indexOf(c) >= 0) {
        k = "$xtdgfcj".charAt("sktdgpcz".indexOf(c));
        i++;
      } else if ("aeiouwy".indexOf(c) >= 0 || c < 'a' || c > 'z') {
        continue;
      } else if (c == 'q') {
        k = 'k';
      }
      if (k != last) {
        out.append(k);
      }
      last = k;
    }
    return out.toString();
  }

  private static char classOf(char c) {
    return switch (c) {
      case 'p', 'b', 'f', 'v' -> 'P';
      case 't', 'd' -> 'T';
      case 'k', 'g', 'c', 'q' -> 'K';
      case 's', 'z', 'j' -> 'S';
      case 'l', 'r' -> 'R';
      case 'm' -> 'M';
      case 'n' -> 'N';
      default -> 0;
    };
  }
}
