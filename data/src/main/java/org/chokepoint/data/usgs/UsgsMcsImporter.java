package org.chokepoint.data.usgs;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.data.catalog.DatasetDescription;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.data.catalog.TableWriter;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.Decimals;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;
import org.chokepoint.minerals.ProducerKind;
import org.chokepoint.minerals.Quantity;

/**
 * Imports the USGS Mineral Commodity Summaries commodities CSV ({@code
 * MCS2026_Commodities_Data.csv}) into one table, {@code records}, with every row kept: world
 * production, capacity and reserves by country, and the US salient statistics and import sources.
 * World rows get the ISO code of their country and the production stage their world total names.
 */
public final class UsgsMcsImporter implements DatasetImporter {
  public static final String SOURCE = "usgs-mcs";
  public static final String TABLE = "records";
  public static final List<String> COLUMNS =
      List.of(
          "chapter",
          "section",
          "scope",
          "commodity",
          "statistic",
          "detail",
          "stage",
          "qualifier",
          "unit",
          "year",
          "country",
          "kind",
          "iso3",
          "value",
          "status",
          "value_text",
          "estimated",
          "critical",
          "notes",
          "other_notes");

  private static final int MAX_ROWS = 1_000_000;
  private static final Pattern VINTAGE = Pattern.compile("MCS(\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern ESTIMATED = Pattern.compile("(^|--\\s*)Estimated\\b");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final UsgsCountryNames names;

  public UsgsMcsImporter(UsgsCountryNames names) {
    this.names = names;
  }

  public UsgsMcsImporter() {
    this(UsgsCountryNames.bundled());
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "USGS Mineral Commodity Summaries commodities CSV (MCS20xx_Commodities_Data.csv)";
  }

  /** The source columns the importer needs, by header name. */
  private enum Col {
    CHAPTER("MCS chapter"),
    SECTION("Section"),
    COMMODITY("Commodity"),
    COUNTRY("Country"),
    STATISTICS("Statistics"),
    DETAIL("Statistics_detail"),
    UNIT("Unit"),
    YEAR("Year"),
    VALUE("Value"),
    NOTES("Notes"),
    CRITICAL("Is critical mineral"),
    OTHER_NOTES("Other notes");

    final String header;

    Col(String header) {
      this.header = header;
    }
  }

  /** A parsed source row, before stages are resolved. */
  private record Parsed(CsvRecord rec, Map<Col, String> v, String scope, Quantity quantity) {}

  @Override
  public DatasetDescription importInto(Path path, TableSink sink) {
    SourceFile file = new SourceFile(path).requireReadable();
    List<Parsed> rows = file.parse(SourceFile.utf8ThenWindows1252(), r -> parseAll(r, file.name()));
    sink.sourceFile(path);

    // world totals per (commodity, statistic, year): the stages a detail may resolve to
    Map<String, List<String>> totals = new HashMap<>();
    for (Parsed p : rows) {
      if (p.scope.equals("world") && isWorldTotal(p.v.get(Col.COUNTRY))) {
        totals.computeIfAbsent(groupKey(p), k -> new ArrayList<>()).add(p.v.get(Col.DETAIL));
      }
    }
    Map<String, UsgsStages> stagesByGroup = new HashMap<>();
    Map<String, Long> unmapped = new LinkedHashMap<>();
    TableWriter out = sink.table(TABLE, COLUMNS);
    for (Parsed p : rows) {
      Map<Col, String> v = p.v;
      String country = v.get(Col.COUNTRY);
      Optional<UsgsCountryNames.Mapping> mapping = names.find(country);
      ProducerKind kind = mapping.map(UsgsCountryNames.Mapping::kind).orElse(ProducerKind.UNMAPPED);
      if (mapping.isEmpty() && !country.isBlank()) {
        unmapped.putIfAbsent(country, p.rec.line());
      }
      String stage = "";
      String qualifier = "";
      if (p.scope.equals("world")) {
        UsgsStages.Resolved r =
            stagesByGroup
                .computeIfAbsent(
                    groupKey(p), k -> new UsgsStages(totals.getOrDefault(k, List.of())))
                .resolve(v.get(Col.DETAIL));
        stage = r.stage();
        qualifier = r.qualifier();
      }
      Quantity q = p.quantity;
      out.row(
          v.get(Col.CHAPTER),
          v.get(Col.SECTION),
          p.scope,
          v.get(Col.COMMODITY),
          v.get(Col.STATISTICS),
          v.get(Col.DETAIL),
          stage,
          qualifier,
          v.get(Col.UNIT).strip(),
          v.get(Col.YEAR),
          country,
          kind.name().toLowerCase(Locale.ROOT),
          mapping.flatMap(m -> Optional.ofNullable(m.country())).map(c -> c.alpha3()).orElse(""),
          q.isKnown() ? Decimals.plain(q.value()) : "",
          q.status().name().toLowerCase(Locale.ROOT),
          q.text(),
          Boolean.toString(ESTIMATED.matcher(v.get(Col.NOTES)).find()),
          Boolean.toString(v.get(Col.CRITICAL).equalsIgnoreCase("yes")),
          v.get(Col.NOTES),
          v.get(Col.OTHER_NOTES));
    }
    List<String> warnings = new ArrayList<>();
    unmapped.forEach(
        (name, line) ->
            warnings.add(
                "country name \""
                    + name
                    + "\" (first on line "
                    + line
                    + ") is not in the USGS name table: kept as unmapped, counted as unattributed"));
    String vintage = vintageOf(path, rows);
    return new DatasetDescription(
        "Mineral Commodity Summaries " + vintage + " data release",
        "U.S. Geological Survey",
        "Public domain (CC0 1.0)",
        vintage,
        citation(vintage),
        "https://www.sciencebase.gov/catalog/item/696a75d5d4be0228872d3bf8",
        warnings);
  }

  private List<Parsed> parseAll(Reader reader, String fileName) {
    CsvReader csv = new CsvReader(reader, fileName);
    CsvRecord header = csv.next();
    if (header == null) {
      throw ImportException.ofFile(fileName, "file is empty, expected a USGS MCS header row");
    }
    Map<Col, Integer> index = new HashMap<>();
    for (Col c : Col.values()) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).strip().equals(c.header)
            || (c == Col.CRITICAL && header.get(i).strip().startsWith(c.header))) {
          index.put(c, i);
          break;
        }
      }
      if (!index.containsKey(c)) {
        throw header.error(
            "missing column \"" + c.header + "\"; is this a USGS MCS commodities CSV?");
      }
    }
    List<Parsed> rows = new ArrayList<>();
    for (CsvRecord rec = csv.next(); rec != null; rec = csv.next()) {
      if (rec.size() == 1 && rec.get(0).isBlank()) {
        continue;
      }
      if (rec.size() != header.size()) {
        throw rec.error("expected " + header.size() + " fields, found " + rec.size());
      }
      if (rows.size() >= MAX_ROWS) {
        throw rec.error("more than " + MAX_ROWS + " rows: not a USGS MCS commodities CSV");
      }
      Map<Col, String> v = new HashMap<>();
      for (Col c : Col.values()) {
        int i = index.get(c);
        String field = rec.get(i);
        for (int k = 0; k < field.length(); k++) {
          char ch = field.charAt(k);
          if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
            throw rec.error(i, String.format("control character U+%04X in %s", (int) ch, c.header));
          }
        }
        v.put(c, field);
      }
      if (v.get(Col.COMMODITY).isBlank()) {
        throw rec.error(index.get(Col.COMMODITY), "Commodity is empty");
      }
      String scope = scopeOf(v.get(Col.SECTION));
      if (scope.equals("world") && !YEAR.matcher(v.get(Col.YEAR).strip()).matches()) {
        throw rec.error(
            index.get(Col.YEAR), "Year \"" + v.get(Col.YEAR) + "\" is not a four-digit year");
      }
      Quantity q;
      try {
        q = UsgsValues.parse(v.get(Col.VALUE));
      } catch (IllegalArgumentException e) {
        throw rec.error(index.get(Col.VALUE), "Value " + e.getMessage());
      }
      rows.add(new Parsed(rec, v, scope, q));
    }
    return rows;
  }

  private static String scopeOf(String section) {
    String s = section.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("world")) {
      return "world";
    }
    if (s.startsWith("import sources")) {
      return "import_sources";
    }
    return "united_states";
  }

  private boolean isWorldTotal(String country) {
    return names.find(country).map(m -> m.kind() == ProducerKind.WORLD_TOTAL).orElse(false);
  }

  private static String groupKey(Parsed p) {
    return p.v.get(Col.COMMODITY)
        + "\u0000"
        + p.v.get(Col.STATISTICS)
        + "\u0000"
        + p.v.get(Col.YEAR);
  }

  private static String vintageOf(Path path, List<Parsed> rows) {
    Matcher m = VINTAGE.matcher(path.getFileName().toString());
    if (m.find()) {
      return m.group(1);
    }
    int max =
        rows.stream()
            .map(p -> p.v.get(Col.YEAR).strip())
            .filter(y -> YEAR.matcher(y).matches())
            .mapToInt(Integer::parseInt)
            .max()
            .orElse(0);
    return max == 0 ? "unknown" : Integer.toString(max + 1);
  }

  private static String citation(String vintage) {
    String c =
        "U.S. Geological Survey, "
            + vintage
            + ", Mineral Commodity Summaries "
            + vintage
            + " data release: U.S. Geological Survey data release";
    return vintage.equals("2026") ? c + ", https://doi.org/10.5066/P1WKQ63T" : c;
  }
}
