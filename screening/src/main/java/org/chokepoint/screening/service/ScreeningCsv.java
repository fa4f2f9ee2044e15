package org.chokepoint.screening.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.screening.Schema;

/**
 * The CSV inputs of {@code screen names} and {@code screen pairs}, from a file or an uploaded body:
 * UTF-8 text with one header row, every row as wide as the header. Every error names the file (or
 * upload), the line and the column: a byte that is not UTF-8, a ragged row, a missing column, an
 * unknown schema.
 */
public final class ScreeningCsv {
  private ScreeningCsv() {}

  /** The parts of a file that can be opened more than once (to locate an encoding error). */
  @FunctionalInterface
  private interface Source {
    InputStream open() throws IOException;
  }

  /** All records of a CSV file, the header first. */
  public static List<CsvRecord> read(Path file) {
    try {
      return read(() -> Files.newInputStream(file), file.toString(), 0);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * All records of an uploaded CSV body, the header first.
   *
   * @param name how errors name the upload
   * @param maxRows the most rows after the header (0: no limit); more is an error naming the first
   *     row too many
   */
  public static List<CsvRecord> read(byte[] body, String name, int maxRows) {
    try {
      return read(() -> new ByteArrayInputStream(body), name, maxRows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<CsvRecord> read(Source source, String name, int maxRows) throws IOException {
    List<CsvRecord> all = new ArrayList<>();
    try (Reader r = new InputStreamReader(source.open(), strictUtf8());
        CsvReader csv = new CsvReader(r, name)) {
      for (CsvRecord row = csv.next(); row != null; row = csv.next()) {
        if (maxRows > 0 && all.size() > maxRows) {
          throw row.error(
              "more than "
                  + String.format(Locale.ROOT, "%,d", maxRows)
                  + " rows; split the file or use the command line (`chokepoint screen names`)");
        }
        all.add(row);
      }
    } catch (CharacterCodingException e) {
      throw badEncoding(source, name);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw badEncoding(source, name);
      }
      throw e;
    }
    if (all.isEmpty()) {
      throw new ImportException(name, 1, 0, "empty file; expected a header row");
    }
    int width = all.get(0).size();
    for (CsvRecord row : all.subList(1, all.size())) {
      if (row.size() != width) {
        throw new ImportException(
            name,
            row.line(),
            Math.min(row.size(), width) + 1,
            "has " + row.size() + " fields, the header has " + width);
      }
    }
    return all;
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Reads the source again to find the line and column of the first byte that is not UTF-8. */
  private static ImportException badEncoding(Source source, String name) {
    CharsetDecoder d = strictUtf8();
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long line = 1;
    int column = 0;
    long read = 0;
    try (InputStream s = source.open()) {
      boolean eof = false;
      while (true) {
        int n = s.read(in.array(), in.position(), in.remaining());
        if (n < 0) {
          eof = true;
        } else {
          in.position(in.position() + n);
          read += n;
        }
        in.flip();
        CoderResult result = d.decode(in, out, eof);
        out.flip();
        while (out.hasRemaining()) {
          char c = out.get();
          if (c == '\n') {
            line++;
            column = 0;
          } else if (!Character.isLowSurrogate(c)) {
            column++;
          }
        }
        out.clear();
        if (result.isError()) {
          int bad = in.get(in.position()) & 0xFF;
          long offset = read - in.remaining();
          return new ImportException(
              name,
              line,
              column + 1,
              String.format(
                  Locale.ROOT,
                  "not UTF-8 text: byte 0x%02X at byte offset %d is not part of a UTF-8 character;"
                      + " save the file as UTF-8",
                  bad,
                  offset));
        }
        in.compact();
        if (eof && !result.isOverflow()) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ImportException(name, 0, 0, "not UTF-8 text");
  }

  /** The index of the header column named {@code name} (case and spaces ignored), or -1. */
  public static int indexOf(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of a column the header must have; an error naming the header's line otherwise. */
  public static int column(CsvRecord header, String name) {
    int i = indexOf(header.fields(), name);
    if (i < 0) {
      throw header.error(
          "no column \"" + name + "\" in the header (" + String.join(",", header.fields()) + ")");
    }
    return i;
  }

  /** A schema as written on the command line or in a {@code schema} column; blank is any kind. */
  public static Schema schema(String text) {
    if (text == null || text.isBlank()) {
      return Schema.UNKNOWN;
    }
    return Schema.find(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown schema \""
                        + text
                        + "\": use Person, Company, Organization, LegalEntity, Vessel or"
                        + " Aircraft"));
  }

  /**
   * One query per row after the header of a {@code screen names} input: the name from column {@code
   * column}, the kind from a {@code schema} column when present and not blank, else {@code
   * fallback}.
   */
  public static List<ScreeningQuery> nameQueries(
      List<CsvRecord> records, String column, Schema fallback, Set<String> lists, int limit) {
    CsvRecord header = records.get(0);
    int nameCol = column(header, column);
    int schemaCol = indexOf(header.fields(), "schema");
    List<ScreeningQuery> queries = new ArrayList<>();
    for (CsvRecord r : records.subList(1, records.size())) {
      Schema kind = fallback;
      if (schemaCol >= 0 && !r.get(schemaCol).isBlank()) {
        try {
          kind = schema(r.get(schemaCol));
        } catch (IllegalArgumentException e) {
          throw r.error(schemaCol, e.getMessage());
        }
      }
      queries.add(new ScreeningQuery(r.get(nameCol), kind, lists, limit));
    }
    return queries;
  }

  /** The screened rows of a {@code screen names} input: each row's own columns and its result. */
  public static List<ScreeningReportFormat.Row> rows(
      List<CsvRecord> records, List<ScreeningResult> results) {
    List<String> header = records.get(0).fields();
    List<ScreeningReportFormat.Row> rows = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      rows.add(new ScreeningReportFormat.Row(header, records.get(i + 1).fields(), results.get(i)));
    }
    return rows;
  }
}
