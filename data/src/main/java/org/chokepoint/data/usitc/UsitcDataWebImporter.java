package org.chokepoint.data.usitc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.chokepoint.data.catalog.DatasetDescription;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.trade.TradeDataset;
import org.chokepoint.data.trade.TradeTableBuilder;
import org.chokepoint.geo.CountryCode;

/**
 * Imports a USITC DataWeb extract (a folder with {@code query_manifest.json} and {@code
 * explorer/*.json}, one HTS-4 heading per file) into the trade tables of {@link TradeDataset}, so
 * that the dependence analysis reads it like BACI.
 *
 * <p>The United States is the reporter: imports for consumption become flows partner → USA,
 * domestic exports USA → partner. Products are {@code hs:NNNN}: an HTS heading is the HS heading of
 * the same four digits, so {@code hs:8112} selects the same goods here as in BACI (see {@code
 * docs/methods/trade-sources.md}). Only full calendar years are stored; year-to-date rows are left
 * out, and so are full-year rows with a blank value (not published yet), which would otherwise read
 * as zero trade. Values are USD; quantities are DataWeb's reported mass converted from kilograms to
 * metric tons, unknown where blank or marked incomplete. The extract covers only the partners that
 * were queried, without a World row: every total and share is over those partners, and the manifest
 * warnings say so.
 */
public final class UsitcDataWebImporter implements DatasetImporter {
  public static final String SOURCE = "usitc";

  private static final String EXPLORER = "explorer";
  private static final CountryCode USA = CountryCode.of("USA");

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "USITC DataWeb extract: folder with query_manifest.json and explorer/*.json (HTS-4)";
  }

  @Override
  public DatasetDescription importInto(Path path, TableSink sink) {
    if (!Files.isDirectory(path)) {
      throw ImportException.ofFile(
          path.toString(), "expected a DataWeb extract folder (query_manifest.json, explorer/)");
    }
    Path explorer = Files.isDirectory(path.resolve(EXPLORER)) ? path.resolve(EXPLORER) : path;
    Path manifest = path.resolve(DataWebQuery.FILE);
    Path parent = path.toAbsolutePath().getParent();
    if (!Files.isRegularFile(manifest) && explorer.equals(path) && parent != null) {
      manifest = parent.resolve(DataWebQuery.FILE); // given the explorer folder itself
    }
    if (!Files.isRegularFile(manifest)) {
      throw ImportException.ofFile(
          path.resolve(DataWebQuery.FILE).toString(),
          "is missing: it names the reporter and the retrieval date of the extract");
    }
    DataWebQuery query = DataWebQuery.read(manifest);
    sink.sourceFile(manifest);
    List<Path> files = headingFiles(explorer);
    Counts counts = new Counts();
    TradeTableBuilder b = new TradeTableBuilder();
    int us = b.partner(USA.alpha3(), USA, "United States");
    Map<String, Path> headings = new HashMap<>();
    for (Path file : files) {
      DataWebHeadingFile h = DataWebHeadingFile.read(file);
      Path other = headings.putIfAbsent(h.heading(), file);
      if (other != null) {
        throw ImportException.ofFile(
            file.toString(), "heading " + h.heading() + " is also in " + other.getFileName());
      }
      int product = b.product("hs:" + h.heading(), h.description());
      Set<String> seen = new HashSet<>();
      for (DataWebHeadingFile.Row r : h.rows()) {
        if (!seen.add(r.imports() + " " + r.partnerIso() + " " + r.year() + " " + r.yearToDate())) {
          throw new ImportException(
              file.toString(),
              r.line(),
              r.column(),
              "a second row for "
                  + r.partnerIso()
                  + ", "
                  + r.year()
                  + (r.yearToDate() ? " YTD" : "")
                  + " in the same flow");
        }
        counts.partners.add(r.partnerIso());
        if (r.yearToDate()) {
          counts.yearToDate++;
          continue;
        }
        if (Double.isNaN(r.valueUsd())) {
          counts.blankByYear.merge(r.year(), 1, Integer::sum);
          continue;
        }
        int partner = b.partner(r.partnerIso(), CountryCode.of(r.partnerIso()), r.partner());
        double tons = r.massKg() / 1000;
        if (r.massIncomplete()) {
          counts.incompleteMass++;
        }
        b.flow(
            r.year(),
            r.imports() ? partner : us,
            r.imports() ? us : partner,
            product,
            r.valueUsd(),
            tons);
        counts.years.add(r.year());
      }
      sink.sourceFile(file);
    }
    b.writeTo(sink);
    return describe(query, counts, new TreeSet<>(headings.keySet()));
  }

  private static List<Path> headingFiles(Path explorer) {
    List<Path> files;
    try (Stream<Path> s = Files.list(explorer)) {
      files =
          s.filter(p -> p.getFileName().toString().endsWith(".json"))
              .filter(p -> !p.getFileName().toString().equals(DataWebQuery.FILE))
              .filter(p -> !p.getFileName().toString().equals("explorer-index.json"))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.isEmpty()) {
      throw ImportException.ofFile(explorer.toString(), "no heading file (*.json) in the folder");
    }
    return files;
  }

  private static DatasetDescription describe(
      DataWebQuery query, Counts counts, Set<String> headings) {
    String years =
        counts.years.isEmpty() ? "none" : counts.years.first() + "-" + counts.years.last();
    List<String> warnings = new ArrayList<>();
    warnings.add(
        "partners are only the "
            + counts.partners.size()
            + " countries queried ("
            + String.join(", ", counts.partners)
            + "); there is no World row, so every total and share is over these partners: the"
            + " denominator is the "
            + counts.partners.size()
            + " selected partners, not all US trade");
    warnings.add(
        "the United States is the only reporter: imports are imports for consumption (customs"
            + " value), exports are domestic exports (FAS value, re-exports excluded)");
    warnings.add(
        counts.yearToDate + " year-to-date rows left out: flows are full calendar years only");
    if (!counts.blankByYear.isEmpty()) {
      int blank = counts.blankByYear.values().stream().mapToInt(Integer::intValue).sum();
      warnings.add(
          blank
              + " full-year rows with a blank value left out, not counted as zero (rows by year: "
              + counts.blankByYear.toString().replaceAll("[{}]", "")
              + ")");
    }
    warnings.add(
        "quantities are DataWeb's reported mass in metric tons, which may combine gross and"
            + " content weight; unknown where the mass is blank"
            + (counts.incompleteMass > 0
                ? " or marked incomplete (" + counts.incompleteMass + " flows)"
                : ""));
    Map<String, String> properties = new TreeMap<>();
    properties.put(TradeDataset.VALUE_UNIT, "USD");
    properties.put(TradeDataset.QUANTITY_UNIT, "metric tons");
    properties.put(
        TradeDataset.CLASSIFICATION, "HTS-4 headings (HS headings, revision in force each year)");
    return new DatasetDescription(
        "USITC DataWeb, US imports for consumption and domestic exports by HTS-4 heading ("
            + String.join(", ", headings)
            + "), years "
            + years,
        "U.S. International Trade Commission (DataWeb)",
        "Public domain (U.S. government data)",
        query.retrievedAt(),
        "U.S. International Trade Commission, DataWeb, imports for consumption and domestic"
            + " exports by HTS-4 heading, retrieved "
            + query.retrievedAt()
            + ", "
            + query.url(),
        query.url(),
        warnings,
        properties);
  }

  /** What the import left out or marked, for the manifest warnings. */
  private static final class Counts {
    final TreeSet<String> partners = new TreeSet<>();
    final TreeSet<Integer> years = new TreeSet<>();
    final Map<Integer, Integer> blankByYear = new TreeMap<>();
    int yearToDate;
    int incompleteMass;
  }
}
