package org.chokepoint.screening.lists.meti;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.screening.lists.Scripts;

/**
 * Cuts the text METI's PDFs give into the notice's header and its numbered entries. An entry starts
 * with its number (full-width {@code １} to {@code ９}, then ASCII digits) and the Japanese name. The
 * PDF extraction often glues an entry's first line to the end of the previous address ("…, Belarus７
 * 株式会社アガト…", "…127055RU.10 対外諜報庁"), so a number is also an entry start in the middle of a line, but
 * only if it is the next number expected, the previous entry already has its address, and Japanese
 * text follows: an address continuation like "27 Wing Kut Street" is none of these.
 */
final class MetiBlocks {
  private static final Pattern NUMBER = Pattern.compile("(?<![0-9０-９])([0-9０-９]{1,4})[ 　]?");
  static final Pattern ADDRESS = Pattern.compile("所\\s*在\\s*地\\s*[：:]");

  /** One line of text with its 1-based line number in the file. */
  record Line(long number, String text) {}

  /** An entry: its number as printed, the line it starts on, and its lines (number removed). */
  record Block(int number, long line, List<Line> lines) {}

  private final List<Line> header = new ArrayList<>();
  private final List<Block> blocks = new ArrayList<>();

  private MetiBlocks() {}

  static MetiBlocks split(List<String> lines) {
    MetiBlocks b = new MetiBlocks();
    List<Line> current = null;
    boolean hasAddress = false;
    for (int i = 0; i < lines.size(); i++) {
      long lineNo = i + 1;
      String rest = lines.get(i);
      int expected = b.blocks.size() + 1;
      Matcher m = NUMBER.matcher(rest);
      int at = -1;
      while (m.find()) {
        boolean lineStart = rest.substring(0, m.start()).isBlank();
        boolean addressBefore = ADDRESS.matcher(rest.substring(0, m.start())).find();
        if (value(m.group(1)) == expected
            && (lineStart || hasAddress || addressBefore)
            && japaneseFollows(rest.substring(m.end()))) {
          at = m.start();
          break;
        }
      }
      if (at < 0) {
        (current == null ? b.header : current).add(new Line(lineNo, rest));
        hasAddress |= current != null && ADDRESS.matcher(rest).find();
        continue;
      }
      String before = rest.substring(0, at);
      if (!before.isBlank()) {
        (current == null ? b.header : current).add(new Line(lineNo, before));
      }
      current = new ArrayList<>();
      b.blocks.add(new Block(expected, lineNo, current));
      String after = rest.substring(m.end());
      current.add(new Line(lineNo, after));
      hasAddress = ADDRESS.matcher(after).find();
    }
    return b;
  }

  private static boolean japaneseFollows(String s) {
    String head = s.length() > 30 ? s.substring(0, 30) : s;
    return Scripts.hasKana(head) || Scripts.hasHan(head);
  }

  private static int value(String digits) {
    int v = 0;
    for (int i = 0; i < digits.length(); i++) {
      v = v * 10 + Character.digit(digits.charAt(i), 10);
    }
    return v;
  }

  List<Line> header() {
    return List.copyOf(header);
  }

  List<Block> blocks() {
    return List.copyOf(blocks);
  }
}
