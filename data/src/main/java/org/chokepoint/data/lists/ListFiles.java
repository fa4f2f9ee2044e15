package org.chokepoint.data.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.ImportException;

/**
 * Reads the shipped list files: strict UTF-8, the expected header row, and the same number of
 * fields in every record. Everything else is checked by the reader of each file.
 */
final class ListFiles {
  /** Where the files live on the class path; used in error messages. */
  static final String DIR = "org/chokepoint/data/lists/";

  /** Opens a file by its name in {@link #DIR}; returns null when there is no such file. */
  @FunctionalInterface
  interface Opener {
    InputStream open(String name) throws IOException;
  }

  private ListFiles() {}

  /** The files shipped in the jar. */
  static Opener bundled() {
    return ListFiles.class::getResourceAsStream;
  }

  /** The name used in error messages. */
  static String path(String name) {
    return DIR + name;
  }

  /** True when the opener has a file of that name. */
  static boolean exists(Opener opener, String name) {
    try (InputStream in = opener.open(name)) {
      return in != null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data records of {@code name}, after checking its header against {@code header}. */
  static List<CsvRecord> read(Opener opener, String name, List<String> header) {
    String file = path(name);
    try (InputStream in = opener.open(name)) {
      if (in == null) {
        throw ImportException.ofFile(file, "no such file");
      }
      InputStreamReader text =
          new InputStreamReader(
              in,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      CsvReader csv = new CsvReader(text, file);
      CsvRecord head = csv.next();
      if (head == null || !head.fields().equals(header)) {
        throw new ImportException(
            file,
            1,
            0,
            "header must be "
                + String.join(",", header)
                + (head == null
                    ? ", the file is empty"
                    : ", found " + String.join(",", head.fields())));
      }
      List<CsvRecord> records = csv.readAll();
      for (CsvRecord r : records) {
        if (r.size() != header.size()) {
          throw r.error(
              "expected "
                  + header.size()
                  + " fields ("
                  + String.join(",", header)
                  + "), found "
                  + r.size());
        }
      }
      return records;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new ImportException(file, 0, 0, "not valid UTF-8", e);
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Field {@code index} of {@code r}, which must not be blank. */
  static String required(CsvRecord r, int index, String column) {
    String v = r.get(index).strip();
    if (v.isEmpty()) {
      throw r.error(index, column + " is empty");
    }
    return v;
  }
}
