package org.chokepoint.data.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: quoted fields with doubled quotes and line breaks, LF or CRLF, a
 * leading byte-order mark skipped. Every syntax error names file, line and column. Fields longer
 * than {@code maxFieldLength} characters and records with more than {@code maxFields} fields are
 * rejected, so that a hostile or wrong file cannot exhaust memory.
 */
public final class CsvReader implements AutoCloseable {
  public static final int DEFAULT_MAX_FIELD_LENGTH = 1 << 20;
  public static final int DEFAULT_MAX_FIELDS = 10_000;

  private final Reader in;
  private final String file;
  private final int maxFieldLength;
  private final int maxFields;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private long line = 1;
  private int column = 0;
  private boolean first = true;
  private boolean eof;

  public CsvReader(Reader in, String file) {
    this(in, file, DEFAULT_MAX_FIELD_LENGTH, DEFAULT_MAX_FIELDS);
  }

  public CsvReader(Reader in, String file, int maxFieldLength, int maxFields) {
    this.in = in;
    this.file = file;
    this.maxFieldLength = maxFieldLength;
    this.maxFields = maxFields;
  }

  /** The next record, or null at the end of input. A blank last line is not a record. */
  public CsvRecord next() {
    int c = read();
    if (first) {
      first = false;
      if (c == '\uFEFF') {
        column = 0;
        c = read();
      }
    }
    if (c == -1) {
      return null;
    }
    long startLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      // at the start of a field
      if (c == '"') {
        long quoteLine = line;
        int quoteColumn = column;
        while (true) {
          c = read();
          if (c == -1) {
            throw new ImportException(
                file, quoteLine, quoteColumn, "quoted field is never closed (missing '\"')");
          }
          if (c == '"') {
            c = read();
            if (c == '"') {
              append(field, '"');
              continue;
            }
            break;
          }
          append(field, (char) c);
        }
        if (c != ',' && c != '\n' && c != '\r' && c != -1) {
          throw new ImportException(
              file,
              line,
              column,
              "unexpected character '" + printable(c) + "' after a closing quote");
        }
      } else {
        while (c != ',' && c != '\n' && c != '\r' && c != -1) {
          if (c == '"') {
            throw new ImportException(
                file,
                line,
                column,
                "quote inside an unquoted field (quote the field and double it)");
          }
          append(field, (char) c);
          c = read();
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (fields.size() > maxFields) {
        throw new ImportException(file, startLine, 0, "more than " + maxFields + " fields");
      }
      if (c == ',') {
        c = read();
        continue;
      }
      if (c == '\r') {
        c = read();
        if (c != '\n' && c != -1) {
          unread(); // a lone CR ends the line too
          line++;
          column = 0;
        }
      }
      return new CsvRecord(file, startLine, fields);
    }
  }

  /** Reads all remaining records. */
  public List<CsvRecord> readAll() {
    List<CsvRecord> all = new ArrayList<>();
    for (CsvRecord r = next(); r != null; r = next()) {
      all.add(r);
    }
    return all;
  }

  private void append(StringBuilder field, char ch) {
    if (field.length() >= maxFieldLength) {
      throw new ImportException(
          file, line, column, "field longer than " + maxFieldLength + " characters");
    }
    field.append(ch);
  }

  private int read() {
    if (pos == len) {
      if (eof) {
        return -1;
      }
      try {
        len = in.read(buf, 0, buf.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      pos = 0;
      if (len <= 0) {
        len = 0;
        eof = true;
        return -1;
      }
    }
    char ch = buf[pos++];
    if (ch == '\n') {
      line++;
      column = 0;
    } else {
      column++;
    }
    return ch;
  }

  /** Steps back over one character that is not a line break. */
  private void unread() {
    pos--;
    column--;
  }

  private static String printable(int c) {
    return c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
