package org.chokepoint.screening.lists.meti;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.screening.lists.EntryBuilder;
import org.chokepoint.screening.lists.Scripts;

/**
 * Reads the English part of a METI entry. The older layout writes "Name, a.k.a., the following two
 * aliases:" and one alias per dash ("-Kronshtadt Group;"), with the dashes sometimes run together
 * on one line ("; and-ZAO Kronshtadt."); the announced number of aliases is checked against the
 * number read. The newer layout gives the name, then (after the Japanese 別称 line) the aliases on
 * lines of their own separated by ";". A Chinese name in brackets after the English one ("Ele
 * Technology Co LTD（深圳市易络电子有限公司）") is taken out as a Chinese name.
 */
final class MetiEnglish {
  private static final Pattern ANNOUNCED =
      Pattern.compile(
          ",?\\s*(?:a\\.k\\.a\\.?,?\\s*)?(?:the\\s*)?follow(?:ing)?\\s*([a-z]+?)\\s*alias(?:es)?\\s*:?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_AKA = Pattern.compile(",?\\s*a\\.k\\.a\\.?,?\\s*$");
  private static final Pattern DASH_AFTER = Pattern.compile("([;；:])\\s*(?:and\\s*)?(?=[-—–－―])");
  private static final Pattern TRAILER =
      Pattern.compile("(?:\\s*[;；,]\\s*and|\\s*[;；,]|\\s+and)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern HAN_BRACKET = Pattern.compile("[（(]([^（()）]*)[）)]");
  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12));

  private MetiEnglish() {}

  /** The English name lines, with the dashed aliases of the older layout if any. */
  static void readName(List<String> lines, MetiEntry e) {
    String text = String.join("\n", lines);
    Matcher m = ANNOUNCED.matcher(text);
    String name = text;
    String region = "";
    Integer announced = null;
    if (m.find()) {
      name = text.substring(0, m.start());
      region = text.substring(m.end());
      announced = NUMBERS.get(m.group(1).toLowerCase(Locale.ROOT));
    } else {
      Matcher bare = BARE_AKA.matcher(text);
      if (bare.find()) {
        name = text.substring(0, bare.start());
      }
    }
    name = chineseOut(join(List.of(name.split("\n"))), e);
    int including = name.indexOf(", including ");
    if (including > 0 && name.length() > 80) {
      e.descriptions.add(name);
      name = name.substring(0, including);
    }
    e.englishName = EntryBuilder.clean(name).replaceAll("[,;]+$", "");
    List<String> aliases = dashed(region, false);
    if (announced != null && announced != aliases.size()) {
      List<String> strict = dashed(region, true);
      aliases = strict.size() == announced ? strict : aliases;
    }
    aliases.forEach(a -> e.englishAliases.add(chineseOut(a, e)));
    if (announced != null && announced != aliases.size()) {
      e.problems.add(
          "the list announces " + announced + " English aliases, " + aliases.size() + " were read");
    }
  }

  /** The newer layout's English aliases: lines of names separated by ";". */
  static void readAliases(List<String> lines, MetiEntry e) {
    for (String a : join(lines).split("[;；]")) {
      String alias = EntryBuilder.clean(a);
      if (!alias.isEmpty()) {
        e.englishAliases.add(chineseOut(alias, e));
      }
    }
  }

  /**
   * One alias per dash at the start of a line or after ";" or ":"; the last loses its full stop.
   * With {@code strict}, a dash starts an alias only after a ";", ":" or "and" that ends the one
   * before: "…Institute of Solid" + "-State Physics…" is one alias broken at its hyphen. The
   * announced number of aliases decides which reading is taken.
   */
  private static List<String> dashed(String region, boolean strict) {
    String r = DASH_AFTER.matcher(region).replaceAll("$1\n");
    List<StringBuilder> items = new ArrayList<>();
    for (String line : r.split("\n")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      boolean dash = "-—–－―".indexOf(l.charAt(0)) >= 0;
      if (dash && (!strict || items.isEmpty() || ended(items.get(items.size() - 1)))) {
        items.add(new StringBuilder(l.substring(1).strip()));
      } else if (dash) {
        items.get(items.size() - 1).append(l);
      } else if (!items.isEmpty()) {
        StringBuilder last = items.get(items.size() - 1);
        last.append(last.length() > 0 && last.charAt(last.length() - 1) == '-' ? "" : " ")
            .append(l);
      } else {
        items.add(new StringBuilder(l));
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String s = items.get(i).toString().strip();
      for (String before = ""; !before.equals(s); ) {
        before = s;
        s = TRAILER.matcher(s).replaceFirst("").strip();
      }
      if (i == items.size() - 1 && s.endsWith(".")) {
        s = s.substring(0, s.length() - 1);
      }
      s = EntryBuilder.clean(s.startsWith("and ") ? s.substring(4) : s);
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean ended(CharSequence item) {
    String s = item.toString().strip();
    return s.isEmpty()
        || s.endsWith(";")
        || s.endsWith("；")
        || s.endsWith(":")
        || s.endsWith(" and");
  }

  /** Takes bracketed Han text out of an English name as Chinese names. */
  private static String chineseOut(String text, MetiEntry e) {
    Matcher m = HAN_BRACKET.matcher(text);
    StringBuilder rest = new StringBuilder();
    while (m.find()) {
      String inner = m.group(1).strip();
      if (Scripts.hasHan(inner) && !Scripts.hasKana(inner) && !inner.startsWith("別")) {
        MetiJapanese.chineseNames(inner, e);
        m.appendReplacement(rest, "");
      } else {
        m.appendReplacement(rest, Matcher.quoteReplacement(m.group()));
      }
    }
    m.appendTail(rest);
    return EntryBuilder.clean(rest.toString());
  }

  /** Lines joined by a blank, or by nothing after a line-end hyphen ("High-" + "tech"). */
  static String join(List<String> lines) {
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      String s = l.strip();
      if (s.isEmpty()) {
        continue;
      }
      if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append(' ');
      }
      b.append(s);
    }
    return b.toString();
  }
}
