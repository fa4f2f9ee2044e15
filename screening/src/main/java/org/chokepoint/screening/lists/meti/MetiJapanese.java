package org.chokepoint.screening.lists.meti;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.chokepoint.screening.lists.EntryBuilder;
import org.chokepoint.screening.lists.Scripts;

/**
 * Reads the Japanese part of a METI entry: "名称（別称、A、B及びC）（中文名称）". Bracketed text is sorted by what
 * it holds: an alias list opened by 別称 (once 別名), items separated by 、 ､ or 及び; Han characters
 * without kana, a Chinese name the list quotes (深圳五力高科創新有限公司), unless it is a Japanese legal form
 * (（有限会社）), which stays in the name; Latin letters only, part of the name (（ELVIS）); text saying
 * what the entry includes (含む), a description; other kana, a variant reading (（エルショフ）), an alias.
 * Text after the first 。 outside brackets describes the entry and is kept as a remark.
 */
final class MetiJapanese {
  private static final Pattern ALIAS_LIST = Pattern.compile("^別\\s*[称名]\\s*[、､，,：:]?\\s*");
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("[、､，;；]|及び");

  private MetiJapanese() {}

  /** The Japanese name block of an entry. */
  static void readName(String text, MetiEntry e) {
    String t = text.strip();
    int stop = topLevel(t, '。');
    if (stop >= 0) {
      e.descriptions.add(t);
      t = t.substring(0, stop);
    }
    e.japaneseName = name(t, e, false);
  }

  /** An alias list ("A、B及びC" or "A; B"), each alias with its own bracketed Chinese names. */
  static void readAliases(String list, MetiEntry e) {
    for (String item : splitTopLevel(ALIAS_LIST.matcher(list.strip()).replaceFirst(""))) {
      String alias = name(item, e, true);
      if (!alias.isEmpty()) {
        e.japaneseAliases.add(alias);
      }
    }
  }

  /**
   * The text outside brackets (and inside Latin-only ones); other brackets go to the entry. Inside
   * an alias, a bracketed reading stays part of the alias (株式会社 ChRZパリョット（フライト）).
   */
  private static String name(String text, MetiEntry e, boolean alias) {
    StringBuilder name = new StringBuilder();
    int depth = 0;
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isOpen(c)) {
        if (depth++ == 0) {
          open = i;
        }
      } else if (isClose(c) && depth > 0) {
        if (--depth == 0) {
          bracket(text.substring(open, i + 1), name, e, alias);
        }
      } else if (depth == 0) {
        name.append(c);
      }
    }
    if (depth > 0) {
      e.problems.add("unbalanced brackets in the Japanese name");
      name.append(text.substring(open));
    }
    return EntryBuilder.clean(name.toString());
  }

  private static void bracket(String bracketed, StringBuilder name, MetiEntry e, boolean alias) {
    String inner = bracketed.substring(1, bracketed.length() - 1).strip();
    if (ALIAS_LIST.matcher(inner).lookingAt() && inner.startsWith("別")) {
      readAliases(inner, e);
    } else if ((!Scripts.hasKana(inner) && !Scripts.hasHan(inner)) || inner.contains("会社")) {
      name.append(bracketed);
    } else if (!Scripts.hasKana(inner)) {
      chineseNames(inner, e);
    } else if (alias) {
      name.append(bracketed);
    } else if (inner.contains("含")) {
      if (e.descriptions.stream().noneMatch(d -> d.contains(inner))) {
        e.descriptions.add(inner);
      }
    } else {
      String variant = name(inner, e, true);
      if (!variant.isEmpty()) {
        e.japaneseAliases.add(variant);
      }
    }
  }

  /** "深圳市亿路发科技有限公司" or "长光卫星技术股份有限公司(长光卫星)": every name in it. */
  static void chineseNames(String text, MetiEntry e) {
    for (String item : splitTopLevel(text)) {
      StringBuilder outer = new StringBuilder();
      int depth = 0;
      int open = -1;
      for (int i = 0; i < item.length(); i++) {
        char c = item.charAt(i);
        if (isOpen(c)) {
          if (depth++ == 0) {
            open = i;
          }
        } else if (isClose(c) && depth > 0) {
          if (--depth == 0) {
            chineseNames(item.substring(open + 1, i), e);
          }
        } else if (depth == 0) {
          outer.append(c);
        }
      }
      String n = EntryBuilder.clean(outer.toString());
      if (!n.isEmpty()) {
        e.chineseNames.add(n);
      }
    }
  }

  /** Splits at 、 ， ; ； and 及び outside brackets. */
  static List<String> splitTopLevel(String text) {
    List<String> items = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isOpen(c)) {
        depth++;
      } else if (isClose(c) && depth > 0) {
        depth--;
      } else if (depth == 0) {
        var m = ITEM_SEPARATOR.matcher(text).region(i, text.length());
        if (m.lookingAt()) {
          items.add(text.substring(start, i));
          start = m.end();
          i = m.end() - 1;
        }
      }
    }
    items.add(text.substring(start));
    return items.stream().map(EntryBuilder::clean).filter(s -> !s.isEmpty()).toList();
  }

  /** The first {@code c} outside brackets, or -1. */
  static int topLevel(String text, char c) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char x = text.charAt(i);
      if (isOpen(x)) {
        depth++;
      } else if (isClose(x) && depth > 0) {
        depth--;
      } else if (x == c && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether every Han character of {@code text} is inside brackets. */
  static boolean hanOnlyInBrackets(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char x = text.charAt(i);
      if (isOpen(x)) {
        depth++;
      } else if (isClose(x) && depth > 0) {
        depth--;
      } else if (depth == 0 && Scripts.isHan(x)) {
        return false;
      }
    }
    return true;
  }

  /** Brackets still open at the end of {@code text}, starting from {@code depth}. */
  static int depth(String text, int depth) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isOpen(c)) {
        depth++;
      } else if (isClose(c) && depth > 0) {
        depth--;
      }
    }
    return depth;
  }

  static boolean isOpen(char c) {
    return c == '（' || c == '(';
  }

  static boolean isClose(char c) {
    return c == '）' || c == ')';
  }

  /** Lines of Japanese text joined as one: no blank, except between two Latin letters or digits. */
  static String join(List<String> lines) {
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      String s = l.strip();
      if (s.isEmpty()) {
        continue;
      }
      if (b.length() > 0 && isLatin(b.charAt(b.length() - 1)) && isLatin(s.charAt(0))) {
        b.append(' ');
      }
      b.append(s);
    }
    return b.toString();
  }

  static boolean isLatin(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
