package org.chokepoint.data.baci;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chokepoint.data.text.ImportException;

/**
 * A fast reader for BACI's yearly flow files: ASCII, six unquoted numeric fields per line ({@code
 * t,i,j,k,v,q}), {@code q} blank or {@code NA} when unknown. Reads bytes directly, without a String
 * per field, because a full BACI year has about 11 million lines. Every malformed field is an
 * {@link ImportException} with its line and column.
 */
final class BaciFlowParser {
  /** Receives one parsed line. */
  interface Sink {
    void line(long line, int t, int i, int j, int k, double v, double q);
  }

  private static final double[] POW10 = new double[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private final String file;
  private final InputStream in;
  private final byte[] buf = new byte[1 << 20];
  private final char[] token = new char[64];
  private int pos;
  private int len;
  private long line = 1;
  private int field;

  private BaciFlowParser(Path path, InputStream in) {
    this.file = path.toString();
    this.in = in;
  }

  static void parse(Path path, Sink sink) {
    try (InputStream raw = Files.newInputStream(path)) {
      new BaciFlowParser(path, new BufferedInputStream(raw, 1 << 16)).run(sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void run(Sink sink) throws IOException {
    String header = readHeader();
    if (!header.equals("t,i,j,k,v,q")) {
      throw new ImportException(
          file, 1, 0, "expected the BACI header t,i,j,k,v,q, found \"" + header + "\"");
    }
    line = 2;
    while (true) {
      int c = peek();
      if (c < 0) {
        return;
      }
      if (c == '\n' || c == '\r') { // blank line
        skipLineEnd();
        continue;
      }
      field = 1;
      int t = integer();
      comma();
      int i = integer();
      comma();
      int j = integer();
      comma();
      int k = integer();
      comma();
      double v = decimal(false);
      comma();
      double q = decimal(true);
      c = peek();
      if (c == ',') {
        throw error("more than six fields");
      }
      if (c >= 0 && c != '\n' && c != '\r') {
        throw error("unexpected character '" + (char) c + "'");
      }
      sink.line(line, t, i, j, k, v, q);
      skipLineEnd();
    }
  }

  private String readHeader() throws IOException {
    StringBuilder b = new StringBuilder();
    int c = peek();
    if (c == 0xEF) { // UTF-8 byte-order mark
      next();
      next();
      next();
    }
    for (c = next(); c >= 0 && c != '\n'; c = next()) {
      if (c != '\r' && c != '"' && c != ' ') {
        b.append((char) c);
      }
      if (b.length() > 200) {
        break;
      }
    }
    return b.toString();
  }

  private int integer() throws IOException {
    skipSpaces();
    long v = 0;
    int digits = 0;
    for (int c = peek(); c >= '0' && c <= '9'; c = peek()) {
      v = v * 10 + (c - '0');
      next();
      if (++digits > 9) {
        throw error("number too long");
      }
    }
    if (digits == 0) {
      throw error("expected a whole number" + found());
    }
    skipSpaces();
    return (int) v;
  }

  /** A non-negative decimal; blank or NA gives NaN where {@code optional}. */
  private double decimal(boolean optional) throws IOException {
    skipSpaces();
    int c = peek();
    if (optional && (c < 0 || c == '\n' || c == '\r' || c == ',')) {
      return Double.NaN;
    }
    if (optional && c == 'N') {
      next();
      if (next() != 'A') {
        throw error("expected a number or NA");
      }
      skipSpaces();
      return Double.NaN;
    }
    int n = 0;
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean dot = false;
    boolean simple = true;
    for (c = peek(); isNumberChar(c); c = peek()) {
      next();
      if (n == token.length) {
        throw error("number too long");
      }
      token[n++] = (char) c;
      if (c >= '0' && c <= '9') {
        if (digits < 18) {
          mantissa = mantissa * 10 + (c - '0');
          digits++;
          if (dot) {
            scale++;
          }
        } else {
          simple = false;
        }
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        simple = false; // exponent or sign: the JDK parses it
      }
    }
    if (n == 0) {
      throw error("expected a number" + found());
    }
    skipSpaces();
    if (simple && digits > 0) {
      // exact: both operands are exact doubles, so the one division is correctly rounded
      return scale == 0 ? mantissa : mantissa / POW10[scale];
    }
    String text = new String(token, 0, n);
    try {
      double d = Double.parseDouble(text);
      if (!(d >= 0) || Double.isInfinite(d)) {
        throw error("\"" + text + "\" must be a finite number >= 0");
      }
      return d;
    } catch (NumberFormatException e) {
      throw error("\"" + text + "\" is not a number");
    }
  }

  private static boolean isNumberChar(int c) {
    return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+';
  }

  private String found() throws IOException {
    int c = peek();
    if (c < 0) {
      return ", found the end of the file";
    }
    if (c == '\n' || c == '\r') {
      return ", found the end of the line";
    }
    return ", found '" + (char) c + "'";
  }

  private void comma() throws IOException {
    if (peek() != ',') {
      throw error("expected ',' after field " + field + found());
    }
    next();
    field++;
  }

  private void skipSpaces() throws IOException {
    while (peek() == ' ' || peek() == '\t') {
      next();
    }
  }

  private void skipLineEnd() throws IOException {
    if (peek() == '\r') {
      next();
    }
    if (peek() == '\n') {
      next();
    }
    line++;
  }

  private ImportException error(String reason) {
    return new ImportException(file, line, field, reason);
  }

  private int peek() throws IOException {
    if (pos == len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    return buf[pos] & 0xFF;
  }

  private int next() throws IOException {
    int c = peek();
    if (c >= 0) {
      pos++;
    }
    return c;
  }
}
