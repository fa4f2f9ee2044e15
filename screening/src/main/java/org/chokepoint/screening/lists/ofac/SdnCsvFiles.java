package org.chokepoint.screening.lists.ofac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;

/**
 * The four files of OFAC's SDN CSV release, found in one folder as {@code sdn.csv}, {@code
 * add.csv}, {@code alt.csv} and {@code sdn_comments.csv}, all with the same prefix (the shared copy
 * names them {@code bench_sdn.csv} and so on), and read into records: no header row, {@code -0-}
 * (which OFAC pads with a blank) for empty, the DOS end-of-file character (U+001A) that ends OFAC's
 * files ignored. Other values are kept as they are, blanks included, because a remark cut at 1,000
 * characters continues in {@code sdn_comments.csv} exactly where it stopped.
 */
record SdnCsvFiles(Path sdn, Path add, Path alt, Optional<Path> comments) {
  static final String EMPTY = "-0-";
  private static final String EOF = "\u001a";

  /** The files, given the folder or any one of them. */
  static SdnCsvFiles locate(Path path) {
    Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
    String prefix = prefix(path, dir);
    return new SdnCsvFiles(
        require(dir, prefix + "sdn.csv"),
        require(dir, prefix + "add.csv"),
        require(dir, prefix + "alt.csv"),
        find(dir, prefix + "sdn_comments.csv"));
  }

  private static String prefix(Path path, Path dir) {
    if (!Files.isDirectory(path)) {
      String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
      for (String base : List.of("sdn_comments.csv", "sdn.csv", "add.csv", "alt.csv")) {
        if (name.endsWith(base)) {
          return name.substring(0, name.length() - base.length());
        }
      }
      throw ImportException.ofFile(
          path.toString(), "not an OFAC SDN CSV file (expected sdn.csv, add.csv, alt.csv)");
    }
    for (String prefix : List.of("", "bench_")) {
      if (find(dir, prefix + "sdn.csv").isPresent()) {
        return prefix;
      }
    }
    throw ImportException.ofFile(
        dir.toString(), "no sdn.csv (or bench_sdn.csv) in this folder: not an OFAC SDN CSV set");
  }

  private static Path require(Path dir, String name) {
    return find(dir, name)
        .orElseThrow(
            () ->
                ImportException.ofFile(
                    dir.resolve(name).toString(),
                    "missing: an OFAC SDN CSV set has sdn.csv, add.csv and alt.csv"));
  }

  /** The file of that name in any letter case. */
  private static Optional<Path> find(Path dir, String name) {
    if (!Files.isDirectory(dir)) {
      throw ImportException.ofFile(dir.toString(), "no such folder");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().equalsIgnoreCase(name))
          .filter(Files::isRegularFile)
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every record of {@code file}, each checked to have {@code fields} fields and a whole number in
   * its first field (the entry number), with {@code -0-} replaced by empty text.
   */
  static List<CsvRecord> read(Path file, int fields) {
    SourceFile source = new SourceFile(file).requireReadable();
    return source.parse(
        SourceFile.utf8ThenWindows1252(),
        reader -> {
          List<CsvRecord> out = new ArrayList<>();
          CsvReader csv = new CsvReader(reader, source.name());
          for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
            if (r.size() == 1 && (r.get(0).isBlank() || r.get(0).strip().equals(EOF))) {
              continue;
            }
            if (r.size() != fields) {
              throw r.error(
                  "expected "
                      + fields
                      + " fields, found "
                      + r.size()
                      + " (is this "
                      + file.getFileName()
                      + " of an OFAC SDN CSV set?)");
            }
            List<String> v = new ArrayList<>(fields);
            for (String f : r.fields()) {
              v.add(f.strip().equals(EMPTY) ? "" : f);
            }
            v.set(0, v.get(0).strip());
            if (!v.get(0).matches("\\d{1,10}")) {
              throw r.error(0, "entry number \"" + v.get(0) + "\" is not a whole number");
            }
            out.add(new CsvRecord(r.file(), r.line(), v));
          }
          return out;
        });
  }
}
