package org.chokepoint.data.network;

import java.util.Arrays;
import org.chokepoint.data.text.ImportException;

/**
 * One CSV record read from bytes with the rules of {@link org.chokepoint.data.text.CsvReader}: a
 * field that starts with a quote runs to the closing quote, a doubled quote inside is one quote,
 * commas and line breaks inside are text; after the closing quote comes a comma or the end of the
 * record; a quote inside an unquoted field is an error. Errors carry CsvReader's messages and its
 * line and character column. The first four fields are kept (unquoted) in a scratch array; the rest
 * are only counted.
 */
final class QuotedRecord {
  private static final int KEPT = 4;

  private byte[] scratch = new byte[256];
  private int used;
  private final int[] offset = new int[KEPT];
  private final int[] length = new int[KEPT];
  private int fields;
  private long nextLine;

  /**
   * Parses the record that starts at {@code from}, on line {@code line}.
   *
   * @return the position after the record and its line break, or -1 when the record runs past
   *     {@code lim} and more input may follow ({@code eof} false): refill and call again
   */
  int parse(byte[] b, int from, int lim, boolean eof, long line, String file) {
    used = 0;
    fields = 0;
    long ln = line;
    int lineStart = from;
    int p = from;
    while (true) {
      int start = used;
      if (p < lim && b[p] == '"') {
        long quoteLine = ln;
        int quoteColumn = column(b, lineStart, p);
        p++;
        while (true) {
          if (p >= lim) {
            if (!eof) {
              return -1;
            }
            throw new ImportException(
                file, quoteLine, quoteColumn, "quoted field is never closed (missing '\"')");
          }
          byte x = b[p++];
          if (x == '"') {
            if (p >= lim && !eof) {
              return -1;
            }
            if (p < lim && b[p] == '"') {
              append((byte) '"');
              p++;
              continue;
            }
            break;
          }
          if (x == '\n') {
            ln++;
            lineStart = p;
          }
          append(x);
        }
        if (p < lim && b[p] != ',' && b[p] != '\n' && b[p] != '\r') {
          throw new ImportException(
              file,
              ln,
              column(b, lineStart, p),
              "unexpected character '" + printable(b, p) + "' after a closing quote");
        }
      } else {
        while (p < lim && b[p] != ',' && b[p] != '\n' && b[p] != '\r') {
          if (b[p] == '"') {
            throw new ImportException(
                file,
                ln,
                column(b, lineStart, p),
                "quote inside an unquoted field (quote the field and double it)");
          }
          append(b[p++]);
        }
        if (p >= lim && !eof) {
          return -1;
        }
      }
      if (fields < KEPT) {
        offset[fields] = start;
        length[fields] = used - start;
      }
      fields++;
      if (p < lim && b[p] == ',') {
        p++;
        continue;
      }
      if (p < lim && b[p] == '\r') {
        p++;
        if (p >= lim && !eof) {
          return -1;
        }
      }
      if (p < lim && b[p] == '\n') {
        p++;
      }
      nextLine = ln + 1;
      return p;
    }
  }

  private void append(byte x) {
    if (fields >= KEPT) {
      return;
    }
    if (used == scratch.length) {
      scratch = Arrays.copyOf(scratch, used * 2);
    }
    scratch[used++] = x;
  }

  /** The 1-based character column of {@code p} on the line starting at {@code lineStart}. */
  private static int column(byte[] b, int lineStart, int p) {
    int chars = 0;
    for (int k = lineStart; k <= p; k++) {
      if ((b[k] & 0xC0) != 0x80) {
        chars++;
      }
    }
    return chars;
  }

  private static String printable(byte[] b, int p) {
    int c = b[p] & 0xFF;
    return c < 0x20 ? String.format("\\u%04x", c) : c < 0x80 ? String.valueOf((char) c) : "?";
  }

  int fieldCount() {
    return fields;
  }

  long nextLine() {
    return nextLine;
  }

  byte[] bytes() {
    return scratch;
  }

  int offset(int field) {
    return offset[field];
  }

  int length(int field) {
    return length[field];
  }
}
