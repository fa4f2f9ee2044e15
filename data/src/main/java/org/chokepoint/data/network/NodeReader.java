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

  /** The header of a contribution's nodes.csv that declares enterprise groups. */
  static final List<String> HEADER_WITH_GROUP = List.of("id", "kind", "name", "country", "group");

  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern USER_ASSIGNED = Pattern.compile("X[A-Z]{2}");

  private final Countries countries;
  private final LongConsumer progress;
  private final ByteIndex index = new ByteIndex();
  private int[] firstLine = new int[1024];
  private int withoutCountry;
  private final boolean groupAllowed;
  private boolean groupColumn;

  /**
   * @param countries the known ISO 3166-1 codes; when empty, any three capital letters pass
   */
  NodeReader(Countries countries, LongConsumer progress) {
    this(countries, progress, false);
  }

  /**
   * @param groupAllowed whether a fifth column {@code group} (enterprise-group id) may follow; rows
   *     are then written with five values (empty text for no group)
   */
  NodeReader(Countries countries, LongConsumer progress, boolean groupAllowed) {
    this.countries = countries;
    this.progress = progress;
    this.groupAllowed = groupAllowed;
  }

  /**
   * Reads UTF-8 bytes named {@code name} in messages; see {@link #read(SourceFile, TableWriter)}.
   */
  ByteIndex read(String name, byte[] bytes, TableWriter out) {
    java.nio.charset.CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    try (java.io.Reader r =
        new java.io.InputStreamReader(new java.io.ByteArrayInputStream(bytes), decoder)) {
      readRecords(new CsvReader(r, name), name, out);
      return index;
    } catch (java.io.UncheckedIOException e) {
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException cce) {
        throw new ImportException(name, 0, 0, "text is not valid in [UTF-8] (" + cce + ")", cce);
      }
      throw e;
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new ImportException(name, 0, 0, "text is not valid in [UTF-8] (" + e + ")", e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reads the file into {@code out}; returns the id index. */
  ByteIndex read(SourceFile file, TableWriter out) {
    file.parse(
        List.of(StandardCharsets.UTF_8),
        reader -> {
          readRecords(new CsvReader(reader, file.name()), file.name(), out);
          return null;
        });
    return index;
  }

  private void readRecords(CsvReader csv, String name, TableWriter out) {
    CsvRecord h = csv.next();
    List<String> header =
        h == null ? List.of() : h.fields().stream().map(NodeReader::strip).toList();
    groupColumn = groupAllowed && header.equals(HEADER_WITH_GROUP);
    if (!header.equals(HEADER) && !groupColumn) {
      throw new ImportException(
          name,
          1,
          0,
          "expected the header "
              + String.join(",", HEADER)
              + (groupAllowed ? " (or " + String.join(",", HEADER_WITH_GROUP) + ")" : ""));
    }
    for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
      if (r.size() == 1 && strip(r.get(0)).isEmpty()) {
        continue;
      }
      node(r, out);
    }
  }

  int withoutCountry() {
    return withoutCountry;
  }

  private void node(CsvRecord r, TableWriter out) {
    List<String> header = groupColumn ? HEADER_WITH_GROUP : HEADER;
    if (r.size() != header.size()) {
      throw r.error(
          "expected "
              + header.size()
              + " fields ("
              + String.join(",", header)
              + "), found "
              + r.size());
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
    if (groupColumn) {
      out.row(id, kind, strip(r.get(2)), country, group(r));
    } else {
      out.row(id, kind, strip(r.get(2)), country);
    }
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

  private static String group(CsvRecord r) {
    String g = strip(r.get(4));
    if (g.length() > 200) {
      throw r.error(4, "group id is longer than 200 characters");
    }
    if (g.chars().anyMatch(Character::isISOControl)) {
      throw r.error(4, "group id holds a control character");
    }
    return g;
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
