package org.chokepoint.data.lists;

import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.SourceFile;

/**
 * The facts these tests need from the real USGS MCS 2026 commodities CSV, read directly: the
 * world-total production rows (commodity, stage as the detail without its rounding suffix, unit),
 * every commodity, and those flagged "Is critical mineral 2025". Skipped when {@code
 * ../shared/data} lacks the file.
 */
record Mcs2026(
    Map<String, String> unitByCommodityAndStage,
    Set<String> commodities,
    Set<String> criticalCommodities) {
  static final String FILE = "usgs-mcs-2026/MCS2026_Commodities_Data.csv";
  private static final Pattern ROUNDED = Pattern.compile("(.*?)\\s*[:,]\\s*rounded\\s*$");

  static Mcs2026 read() {
    Path path = SharedData.require(FILE);
    return new SourceFile(path).parse(SourceFile.utf8ThenWindows1252(), r -> parse(r, path));
  }

  static String key(String commodity, String stage) {
    return commodity + " | " + stage;
  }

  private static Mcs2026 parse(Reader reader, Path path) {
    CsvReader csv = new CsvReader(reader, path.toString());
    List<String> header = csv.next().fields();
    int commodity = header.indexOf("Commodity");
    int country = header.indexOf("Country");
    int statistics = header.indexOf("Statistics");
    int detail = header.indexOf("Statistics_detail");
    int unit = header.indexOf("Unit");
    int critical = header.indexOf("Is critical mineral 2025");
    Map<String, String> units = new HashMap<>();
    Set<String> all = new TreeSet<>();
    Set<String> flagged = new TreeSet<>();
    for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
      all.add(r.get(commodity));
      if (r.get(critical).strip().equalsIgnoreCase("yes")) {
        flagged.add(r.get(commodity));
      }
      if (r.get(country).equals("World total") && r.get(statistics).equals("Production")) {
        units.put(key(r.get(commodity), stage(r.get(detail))), r.get(unit).strip());
      }
    }
    return new Mcs2026(Map.copyOf(units), Set.copyOf(all), Set.copyOf(flagged));
  }

  private static String stage(String detail) {
    String s = detail.replace('\u00a0', ' ').strip();
    Matcher m = ROUNDED.matcher(s);
    return m.matches() ? m.group(1).strip() : s;
  }
}
