package org.chokepoint.screening.lists.dpl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.data.text.ImportException;

/**
 * The Denied Persons List's text layout: one record per line, fields separated by a tab, each field
 * in double quotes with a quote inside written twice ({@code "IHSAN MEDHAT ""SAMMY"" ELASHI"}) and
 * no line breaks inside a field. An unquoted field is read up to the next tab.
 */
final class TabbedLines {
  /** One line's fields and its 1-based number. */
  record Line(long number, List<String> fields) {}

  private TabbedLines() {}

  /** All non-blank lines of the text. */
  static List<Line> read(BufferedReader in, String file) {
    List<Line> out = new ArrayList<>();
    try {
      long number = 0;
      for (String s = in.readLine(); s != null; s = in.readLine()) {
        number++;
        if (number == 1 && s.startsWith("\uFEFF")) {
          s = s.substring(1);
        }
        if (!s.isBlank()) {
          out.add(new Line(number, fields(s, file, number)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<String> fields(String s, String file, long line) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    while (true) {
      StringBuilder f = new StringBuilder();
      if (i < s.length() && s.charAt(i) == '"') {
        int open = i;
        i++;
        while (true) {
          if (i >= s.length()) {
            throw new ImportException(file, line, open + 1, "quoted field is never closed");
          }
          char c = s.charAt(i++);
          if (c == '"') {
            if (i < s.length() && s.charAt(i) == '"') {
              f.append('"');
              i++;
              continue;
            }
            break;
          }
          f.append(c);
        }
        if (i < s.length() && s.charAt(i) != '\t') {
          throw new ImportException(
              file, line, i + 1, "unexpected '" + s.charAt(i) + "' after a closing quote");
        }
      } else {
        while (i < s.length() && s.charAt(i) != '\t') {
          f.append(s.charAt(i++));
        }
      }
      fields.add(f.toString());
      if (i >= s.length()) {
        return fields;
      }
      i++; // the tab
    }
  }
}
