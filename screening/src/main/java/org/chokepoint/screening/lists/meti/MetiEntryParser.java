package org.chokepoint.screening.lists.meti;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.screening.lists.EntryBuilder;
import org.chokepoint.screening.lists.Scripts;

/**
 * Splits one METI entry into its parts, in the order the list prints them: the Japanese name (with
 * bracketed aliases), the English name (with dashed aliases), in the newer layout a 別称 line of
 * Japanese aliases and lines of English aliases, and after 所在地 the addresses. The PDF's text runs
 * parts together ("…クロッカス・ナノ・エレクトロニクスCrocus Nano Electronics", "Production Association
 * Strela所在地：…"), so the Japanese part ends where Latin text that has no kana follows Japanese text
 * with every bracket closed, wherever that is in a line.
 */
final class MetiEntryParser {
  private static final Pattern ALIAS_LINE = Pattern.compile("^別\\s*称\\s*[：:]\\s*");

  private enum Part {
    JAPANESE,
    ENGLISH,
    JAPANESE_ALIASES,
    ENGLISH_ALIASES
  }

  private MetiEntryParser() {}

  static MetiEntry parse(MetiBlocks.Block block) {
    MetiEntry e = new MetiEntry(block.number(), block.line());
    List<String> before = new ArrayList<>();
    List<String> address = new ArrayList<>();
    int markers = 0;
    for (MetiBlocks.Line l : block.lines()) {
      Matcher m = MetiBlocks.ADDRESS.matcher(l.text());
      if (m.find()) {
        (markers == 0 ? before : address).add(l.text().substring(0, m.start()));
        address.add((markers == 0 ? "" : ";") + l.text().substring(m.end()));
        markers++;
      } else {
        (markers == 0 ? before : address).add(l.text());
      }
    }
    if (markers == 0) {
      e.problems.add("no address (所在地)");
    } else if (markers > 1) {
      e.problems.add("more than one 所在地: two entries may have run together");
    }
    parts(before, e);
    for (String a : MetiEnglish.join(address).split("[;；]|,\\s*and,\\s*")) {
      String s = EntryBuilder.clean(a);
      s = s.startsWith("and ") ? s.substring(4) : s;
      s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
      if (!s.isEmpty()) {
        e.addresses.add(s);
      }
    }
    if (e.japaneseName.isEmpty()) {
      e.problems.add("no Japanese name");
    }
    if (e.englishName.isEmpty()) {
      e.problems.add("no English name");
    }
    return e;
  }

  private static void parts(List<String> lines, MetiEntry e) {
    List<String> japanese = new ArrayList<>();
    List<String> english = new ArrayList<>();
    List<String> japaneseAliases = new ArrayList<>();
    List<String> englishAliases = new ArrayList<>();
    Part part = Part.JAPANESE;
    int depth = 0;
    boolean first = true;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      switch (part) {
        case JAPANESE -> {
          if (!first && depth == 0 && !looksJapanese(line)) {
            part = Part.ENGLISH;
            english.add(line);
            break;
          }
          int split = englishStart(line, depth);
          japanese.add(split < 0 ? line : line.substring(0, split));
          depth = MetiJapanese.depth(split < 0 ? line : line.substring(0, split), depth);
          if (split >= 0) {
            part = Part.ENGLISH;
            english.add(line.substring(split));
          }
        }
        case ENGLISH -> {
          Matcher m = ALIAS_LINE.matcher(line);
          if (m.lookingAt()) {
            part = Part.JAPANESE_ALIASES;
            depth = 0;
            japaneseAliases.add(line.substring(m.end()));
            depth = MetiJapanese.depth(line, depth);
          } else {
            english.add(line);
          }
        }
        case JAPANESE_ALIASES -> {
          if (depth == 0 && !looksJapanese(line)) {
            part = Part.ENGLISH_ALIASES;
            englishAliases.add(line);
          } else {
            japaneseAliases.add(line);
            depth = MetiJapanese.depth(line, depth);
          }
        }
        case ENGLISH_ALIASES -> englishAliases.add(line);
      }
      first = false;
    }
    MetiJapanese.readName(MetiJapanese.join(japanese), e);
    MetiEnglish.readName(english, e);
    if (!japaneseAliases.isEmpty()) {
      MetiJapanese.readAliases(MetiJapanese.join(japaneseAliases), e);
    }
    MetiEnglish.readAliases(englishAliases, e);
  }

  /** A line with kana, or one that starts with a Japanese character ("限公司）"). */
  private static boolean looksJapanese(String line) {
    return Scripts.hasKana(line) || Scripts.isJapanese(line.codePointAt(0));
  }

  /**
   * Where English text starts inside a Japanese line: a Latin letter, digit or opening quote right
   * after a Japanese character, with every bracket closed, and the rest of the line without kana
   * and with Han characters only in brackets (a Chinese name after the English one, not an 別称
   * list); or -1.
   */
  static int englishStart(String line, int depthBefore) {
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean latin = MetiJapanese.isLatin(c) || c == '“' || c == '"';
      if (latin
          && Scripts.isJapanese(line.codePointBefore(i))
          && !Scripts.hasKana(line.substring(i))
          && MetiJapanese.hanOnlyInBrackets(line.substring(i))
          && !line.substring(i).matches(".*別\\s*[称名].*")
          && MetiJapanese.depth(line.substring(0, i), depthBefore) == 0
          && line.substring(i).chars().filter(Character::isLetter).count() >= 3) {
        return i;
      }
    }
    return -1;
  }
}
