package org.chokepoint.data.hs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chokepoint.data.catalog.DatasetDescription;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.data.catalog.TableWriter;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;

/**
 * Imports the HS 2022 nomenclature into the table {@code codes} ({@code code, level, parent,
 * section, description}) and, when {@code sections.csv} sits beside it or the path is the folder,
 * the table {@code sections} ({@code section, name}). The layout's root row ({@code TOTAL}) is
 * skipped. Every code must have 2, 4 or 6 digits matching its level, and every parent must be a
 * code of the level above.
 */
public final class HsImporter implements DatasetImporter {
  public static final String SOURCE = "hs";
  public static final String CODES = "codes";
  public static final String SECTIONS = "sections";

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "Harmonized System nomenclature (harmonized-system.csv, optional sections.csv)";
  }

  @Override
  public DatasetDescription importInto(Path path, TableSink sink) {
    Path codesFile = Files.isDirectory(path) ? path.resolve("harmonized-system.csv") : path;
    Path sectionsFile = codesFile.resolveSibling("sections.csv");
    SourceFile codes = new SourceFile(codesFile).requireReadable();
    List<List<String>> rows =
        codes.parse(
            List.of(StandardCharsets.UTF_8), r -> readCodes(new CsvReader(r, codes.name())));
    sink.sourceFile(codesFile);
    TableWriter out =
        sink.table(CODES, List.of("code", "level", "parent", "section", "description"));
    rows.forEach(out::row);
    if (Files.isRegularFile(sectionsFile)) {
      SourceFile sections = new SourceFile(sectionsFile);
      List<List<String>> srows =
          sections.parse(
              List.of(StandardCharsets.UTF_8),
              r -> readSections(new CsvReader(r, sections.name())));
      sink.sourceFile(sectionsFile);
      TableWriter s = sink.table(SECTIONS, List.of("section", "name"));
      srows.forEach(s::row);
    }
    return new DatasetDescription(
        "Harmonized System 2022 nomenclature",
        "World Customs Organization, as published by UN Comtrade (datasets/harmonized-system)",
        "PDDL-1.0",
        "HS 2022",
        "World Customs Organization, Harmonized System 2022; data via UN Comtrade and"
            + " https://github.com/datasets/harmonized-system",
        "https://github.com/datasets/harmonized-system",
        List.of());
  }

  private static List<List<String>> readCodes(CsvReader csv) {
    CsvRecord header = csv.next();
    List<String> expected = List.of("section", "hscode", "description", "parent", "level");
    if (header == null || !header.fields().stream().map(String::strip).toList().equals(expected)) {
      throw new ImportException(
          header == null ? "" : header.file(),
          1,
          0,
          "expected the header " + String.join(",", expected));
    }
    List<List<String>> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
      if (r.size() == 1 && r.get(0).isBlank()) {
        continue;
      }
      if (r.size() != 5) {
        throw r.error("expected 5 fields, found " + r.size());
      }
      String code = r.get(1).strip();
      if (code.equals("TOTAL")) {
        continue; // the root row "Total of all HS2022 commodities" of the UN Comtrade layout
      }
      String parent = r.get(3).strip();
      String level = r.get(4).strip();
      if (!code.matches("\\d{2}|\\d{4}|\\d{6}")) {
        throw r.error(1, "HS code \"" + code + "\" must have 2, 4 or 6 digits");
      }
      if (!level.equals(Integer.toString(code.length()))) {
        throw r.error(
            4, "level " + level + " does not match the " + code.length() + "-digit code " + code);
      }
      if (code.length() == 2) {
        if (!parent.equals("TOTAL") && !parent.isEmpty()) {
          throw r.error(3, "chapter " + code + " has parent " + parent + ", expected TOTAL");
        }
        parent = "";
      } else if (!parent.equals(code.substring(0, code.length() - 2)) || !seen.contains(parent)) {
        throw r.error(
            3,
            "parent "
                + parent
                + " of "
                + code
                + " is not the code of the level above listed before it");
      }
      if (!seen.add(code)) {
        throw r.error(1, "HS code " + code + " appears twice");
      }
      rows.add(List.of(code, level, parent, r.get(0).strip(), r.get(2).strip()));
    }
    if (rows.isEmpty()) {
      throw new ImportException(header.file(), 0, 0, "no HS codes");
    }
    return rows;
  }

  private static List<List<String>> readSections(CsvReader csv) {
    CsvRecord header = csv.next();
    if (header == null
        || !header.fields().stream()
            .map(String::strip)
            .toList()
            .equals(List.of("section", "name"))) {
      throw new ImportException(
          header == null ? "" : header.file(), 1, 0, "expected the header section,name");
    }
    List<List<String>> rows = new ArrayList<>();
    for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
      if (r.size() == 1 && r.get(0).isBlank()) {
        continue;
      }
      if (r.size() != 2) {
        throw r.error("expected 2 fields, found " + r.size());
      }
      rows.add(List.of(r.get(0).strip(), r.get(1).strip()));
    }
    return rows;
  }
}
