package org.chokepoint.screening.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a name into words: at white space and punctuation; apostrophes inside a word are dropped
 * ({@code O'Brien} is one word); dotted acronyms are joined ({@code A.I.C.} is {@code AIC}); Han
 * characters and Hangul syllables are one word each (a Chinese or Korean name has no spaces, and
 * the matcher rejoins neighbours where that helps); runs of kana are one word; a change between
 * these scripts ends a word.
 */
final class Tokenizer {
  private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])((?:\\p{L}\\.){2,})");

  private Tokenizer() {}

  static List<RawToken> tokens(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
    s = joinAcronyms(s);
    List<RawToken> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    Script wordScript = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (isApostrophe(cp)) {
        continue;
      }
      if (!Character.isLetterOrDigit(cp)
          && Character.getType(cp) != Character.NON_SPACING_MARK
          && Character.getType(cp) != Character.COMBINING_SPACING_MARK
          && cp != 0x30FC) {
        flush(word, wordScript, out);
        wordScript = null;
        continue;
      }
      Script script = Script.of(cp);
      boolean single = script == Script.HAN || script == Script.HANGUL;
      boolean mark = Character.getType(cp) == Character.NON_SPACING_MARK;
      if (!mark
          && wordScript != null
          && (single || wordScript != script && asian(wordScript, script))) {
        flush(word, wordScript, out);
        wordScript = null;
      }
      word.appendCodePoint(cp);
      if (wordScript == null || wordScript == Script.LATIN && script != Script.LATIN) {
        wordScript = mark ? Script.LATIN : script;
      }
    }
    flush(word, wordScript, out);
    return out;
  }

  private static boolean asian(Script a, Script b) {
    return a == Script.HAN
        || a == Script.KANA
        || a == Script.HANGUL
        || b == Script.HAN
        || b == Script.KANA
        || b == Script.HANGUL;
  }

  private static void flush(StringBuilder word, Script script, List<RawToken> out) {
    if (word.length() == 0) {
      return;
    }
    String text = word.toString();
    word.setLength(0);
    String latin = Latin.ascii(text);
    if (!latin.isEmpty()) {
      out.add(new RawToken(text, latin, script == null ? Script.LATIN : script));
    }
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\''
        || cp == 0x2019
        || cp == 0x2018
        || cp == 0x02BF
        || cp == 0x02BE
        || cp == 0x02BC
        || cp == '`'
        || cp == 0x00B4;
  }

  private static String joinAcronyms(String s) {
    if (s.indexOf('.') < 0) {
      return s;
    }
    return ACRONYM.matcher(s).replaceAll(m -> m.group(1).replace(".", "") + " ");
  }
}
