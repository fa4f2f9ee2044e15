package org.chokepoint.data.network;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.chokepoint.data.catalog.TableWriter;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;
import org.chokepoint.geo.Countries;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.network.NodeKind;

/**
 * Reads {@code nodes.csv} ({@code id,kind,name,country}, UTF-8), checks every row and writes it to
 * the stored {@code nodes} table in file order, so that a node's row number is its index. Ids are
 * numbered in a {@link ByteIndex} for the links. Kinds and countries are case-insensitive and
 * stored in lower and upper case; fields are stripped of surrounding spaces and tabs.
 */
final class NodeReader {
  static final List<String> HEADER = List.of("id", "kind", "name", "country");
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern USER_ASSIGNED = Pattern.compile("X[A-Z]{2}");

  private final Countries countries;
  private final LongConsumer progress;
  private final ByteIndex index = new ByteIndex();
  private int[] firstLine = new int[1024];
  private int withoutCountry;

  /**
   * @param countries the known ISO 3166-1 codes; when empty, any three capital letters pass
   */
  NodeReader(Countries countries, LongConsumer progress) {
    this.countries = countries;
    this.progress = progress;
  }

  /** Reads the file into {@code out}; returns the id index. */
  ByteIndex read(SourceFile file, TableWriter out) {
    file.parse(
        List.of(StandardCharsets.UTF_8),
        reader -> {
          CsvReader csv = new CsvReader(reader, file.name());
          CsvRecord h = csv.next();
          if (h == null || !h.fields().stream().map(NodeReader::strip).toList().equals(HEADER)) {
            throw new ImportException(
                file.name(), 1, 0, "expected the header " + String.join(",", HEADER));
          }
          for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
            if (r.size() == 1 && strip(r.get(0)).isEmpty()) {
              continue;
            }
            node(r, out);
          }
          return null;
        });
    return index;
  }

  int withoutCountry() {
    return withoutCountry;
  }

  private void node(CsvRecord r, TableWriter out) {
    if (r.size() != HEADER.size()) {
      throw r.error("expected 4 fields (id,kind,name,country), found " + r.size());
    }
    String id = strip(r.get(0));
    if (id.isEmpty()) {
      throw r.error(0, "node id is empty");
    }
    int i = index.add(id);
    if (i < 0) {
      int first = firstLine[-i - 1];
      throw r.error(
          0, "node id \"" + Amounts.shorten(id) + "\" appears twice (first on line " + first + ")");
    }
    if (i == firstLine.length) {
      firstLine = Arrays.copyOf(firstLine, i * 2);
    }
    firstLine[i] = (int) Math.min(Integer.MAX_VALUE, r.line());
    String kind = kind(r);
    String country = country(r);
    out.row(id, kind, strip(r.get(2)), country);
    if ((index.size() & 0x3FFFF) == 0) {
      progress.accept(index.size());
    }
  }

  private static String kind(CsvRecord r) {
    String k = strip(r.get(1)).toLowerCase(Locale.ROOT);
    for (NodeKind n : NodeKind.values()) {
      if (n.name().toLowerCase(Locale.ROOT).equals(k)) {
        return k;
      }
    }
    throw r.error(
        1,
        "unknown kind \""
            + Amounts.shorten(strip(r.get(1)))
            + "\"; expected one of country, firm, facility, product, input, stage");
  }

  private String country(CsvRecord r) {
    String c = strip(r.get(3)).toUpperCase(Locale.ROOT);
    if (c.isEmpty()) {
      withoutCountry++;
      return "";
    }
    if (!ALPHA3.matcher(c).matches()) {
      throw r.error(
          3,
          "\""
              + Amounts.shorten(strip(r.get(3)))
              + "\" is not an ISO 3166-1 alpha-3 code"
              + " (three letters, such as JPN) or empty");
    }
    if (countries.size() > 0
        && countries.findCountry(CountryCode.of(c)).isEmpty()
        && !USER_ASSIGNED.matcher(c).matches()) {
      throw r.error(3, "\"" + c + "\" is not an ISO 3166-1 alpha-3 code of the countries dataset");
    }
    return c;
  }

  /** Strips spaces and tabs only, as the links reader does. */
  static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
      from++;
    }
    while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
      to--;
    }
    return s.substring(from, to);
  }
}
