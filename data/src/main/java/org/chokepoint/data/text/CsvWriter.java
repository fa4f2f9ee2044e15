package org.chokepoint.data.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes plain RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they contain a
 * comma, quote, CR or LF, quotes doubled. No comment lines.
 */
public final class CsvWriter implements AutoCloseable {
  private final Writer out;

  public CsvWriter(Writer out) {
    this.out = out;
  }

  public CsvWriter row(List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(escape(fields.get(i)));
      }
      out.write("\r\n");
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public CsvWriter row(String... fields) {
    return row(java.util.Arrays.asList(fields));
  }

  /** The field as it appears in a CSV file. */
  public static String escape(String field) {
    if (field == null) {
      return "";
    }
    boolean quote = false;
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        quote = true;
        break;
      }
    }
    return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
