package org.chokepoint.data.wgi;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.chokepoint.data.catalog.DatasetDescription;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.data.catalog.TableWriter;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;
import org.chokepoint.governance.WgiDimension;

/**
 * Imports {@code WGIData.csv} into the table {@code estimates}: one row per economy and year with
 * the six estimates ({@code va, pv, ge, rq, rl, cc}; empty where not published). World Bank economy
 * codes are ISO 3166-1 alpha-3 except user-assigned ones (XKX, Kosovo) and retired ones (ANT,
 * Netherlands Antilles), which are kept as published.
 */
public final class WgiImporter implements DatasetImporter {
  public static final String SOURCE = "wgi";
  public static final String TABLE = "estimates";
  static final List<String> COLUMNS =
      List.of("iso3", "country", "year", "va", "pv", "ge", "rq", "rl", "cc");

  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "World Bank Worldwide Governance Indicators bulk CSV (WGIData.csv)";
  }

  /** Estimates of one economy and year, indexed like {@link WgiDimension}. */
  private record Key(String code, int year) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = code.compareTo(o.code);
      return c != 0 ? c : Integer.compare(year, o.year);
    }
  }

  @Override
  public DatasetDescription importInto(Path path, TableSink sink) {
    SourceFile file = new SourceFile(path).requireReadable();
    Map<Key, String[]> rows = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    int[] yearRange =
        file.parse(List.of(StandardCharsets.UTF_8), r -> parse(r, file.name(), rows, names));
    sink.sourceFile(path);
    TableWriter out = sink.table(TABLE, COLUMNS);
    for (Map.Entry<Key, String[]> e : rows.entrySet()) {
      String[] est = e.getValue();
      List<String> values = new ArrayList<>(COLUMNS.size());
      values.add(e.getKey().code);
      values.add(names.get(e.getKey().code));
      values.add(Integer.toString(e.getKey().year));
      for (String s : est) {
        values.add(s == null ? "" : s);
      }
      out.row(values);
    }
    String vintage = (yearRange[1] + 1) + " update";
    return new DatasetDescription(
        "Worldwide Governance Indicators (data " + yearRange[0] + "-" + yearRange[1] + ")",
        "World Bank",
        "CC BY 4.0",
        vintage,
        "Kaufmann, D. and A. Kraay, Worldwide Governance Indicators, "
            + vintage
            + ", World Bank, www.govindicators.org",
        "https://www.worldbank.org/en/publication/worldwide-governance-indicators",
        List.of());
  }

  private static int[] parse(
      Reader reader, String fileName, Map<Key, String[]> rows, Map<String, String> names) {
    CsvReader csv = new CsvReader(reader, fileName);
    CsvRecord header = csv.next();
    if (header == null) {
      throw ImportException.ofFile(fileName, "file is empty, expected a WGI header row");
    }
    String[] expected = {"Country Name", "Country Code", "Indicator Name", "Indicator Code"};
    for (int i = 0; i < expected.length; i++) {
      if (!header.get(i).strip().equals(expected[i])) {
        throw header.error(
            i,
            "expected column \""
                + expected[i]
                + "\", found \""
                + header.get(i)
                + "\"; is this a WGI bulk CSV (WDI layout)?");
      }
    }
    List<Integer> yearOf = new ArrayList<>();
    int last = header.size();
    while (last > 4 && header.get(last - 1).isBlank()) {
      last--; // the trailing empty column
    }
    for (int i = 4; i < last; i++) {
      String y = header.get(i).strip();
      if (!YEAR.matcher(y).matches()) {
        throw header.error(i, "expected a year column, found \"" + y + "\"");
      }
      yearOf.add(Integer.parseInt(y));
    }
    if (yearOf.isEmpty()) {
      throw header.error("no year columns");
    }
    int estimates = 0;
    for (CsvRecord rec = csv.next(); rec != null; rec = csv.next()) {
      if (rec.size() == 1 && rec.get(0).isBlank()) {
        continue;
      }
      if (rec.size() < last) {
        throw rec.error("expected " + header.size() + " fields, found " + rec.size());
      }
      String code = rec.get(1).strip();
      if (!CODE.matcher(code).matches()) {
        throw rec.error(1, "Country Code \"" + code + "\" is not three capital letters");
      }
      String series = rec.get(3).strip();
      Optional<WgiDimension> dim = estimateDimension(series);
      if (dim.isEmpty()) {
        continue; // standard errors, ranks and source counts are not kept
      }
      estimates++;
      names.put(code, rec.get(0).strip());
      for (int i = 4; i < last; i++) {
        String v = rec.get(i).strip();
        if (v.isEmpty() || v.equals("..")) {
          continue;
        }
        if (!NUMBER.matcher(v).matches()) {
          throw rec.error(
              i, series + " for " + yearOf.get(i - 4) + " is not a number: \"" + v + "\"");
        }
        double d = Double.parseDouble(v);
        if (d < -5 || d > 5) {
          throw rec.error(i, series + " estimate " + v + " is outside the WGI range");
        }
        rows.computeIfAbsent(
                    new Key(code, yearOf.get(i - 4)),
                    k -> new String[WgiDimension.values().length])[dim.get().ordinal()] =
            v;
      }
    }
    if (estimates == 0) {
      throw ImportException.ofFile(fileName, "no estimate series (*.EST) found");
    }
    return new int[] {yearOf.get(0), yearOf.get(yearOf.size() - 1)};
  }

  private static Optional<WgiDimension> estimateDimension(String seriesCode) {
    if (!seriesCode.endsWith(".EST")) {
      return Optional.empty();
    }
    return WgiDimension.findByCode(seriesCode.substring(0, seriesCode.length() - 4));
  }
}
