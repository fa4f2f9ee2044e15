package org.chokepoint.data.lists;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.chokepoint.data.text.CsvRecord;

/**
 * HS six-digit codes linked to the USGS commodity and production stage they carry, with the content
 * factor that turns traded tonnes into USGS units where it is fixed ({@code lists/hs6-usgs.csv}).
 * One commodity per code: a basket such as 8112.92 names its conventional commodity (gallium) and
 * says in the note what else it holds.
 */
public final class HsUsgsCrosswalk {
  static final List<String> HEADER =
      List.of(
          "hs6",
          "usgs_commodity",
          "usgs_stage",
          "content_basis",
          "usgs_units_per_tonne",
          "note",
          "source");
  static final String FILE = "hs6-usgs.csv";

  private final Map<String, UsgsLink> byHs6;

  private HsUsgsCrosswalk(Map<String, UsgsLink> byHs6) {
    this.byHs6 = byHs6;
  }

  /** The crosswalk shipped in the jar. */
  public static HsUsgsCrosswalk bundled() {
    return read(ListFiles.bundled());
  }

  static HsUsgsCrosswalk read(ListFiles.Opener opener) {
    Map<String, UsgsLink> links = new TreeMap<>();
    for (CsvRecord r : ListFiles.read(opener, FILE, HEADER)) {
      UsgsLink link = link(r);
      if (links.putIfAbsent(link.hs6(), link) != null) {
        throw r.error(0, "HS " + link.hs6() + " appears twice");
      }
    }
    return new HsUsgsCrosswalk(links);
  }

  /** The USGS commodity that the HS 2017 six-digit code carries. */
  public Optional<UsgsLink> findByHs6(String hs6) {
    return Optional.ofNullable(byHs6.get(hs6));
  }

  /** Every link, by ascending HS code. */
  public List<UsgsLink> listLinks() {
    return List.copyOf(byHs6.values());
  }

  private static UsgsLink link(CsvRecord r) {
    String hs6 = r.get(0).strip();
    if (!hs6.matches("[0-9]{6}")) {
      throw r.error(0, "hs6 must have 6 digits, found '" + hs6 + "'");
    }
    return new UsgsLink(
        hs6,
        ListFiles.required(r, 1, "usgs_commodity"),
        ListFiles.required(r, 2, "usgs_stage"),
        ListFiles.required(r, 3, "content_basis"),
        factor(r, 4),
        r.get(5).strip(),
        ListFiles.required(r, 6, "source"));
  }

  private static OptionalDouble factor(CsvRecord r, int index) {
    String s = r.get(index).strip();
    if (s.isEmpty()) {
      return OptionalDouble.empty();
    }
    if (!s.matches("[0-9]+(\\.[0-9]+)?")) {
      throw r.error(index, "usgs_units_per_tonne must be a positive decimal or empty, found " + s);
    }
    double f = Double.parseDouble(s);
    if (f <= 0) {
      throw r.error(index, "usgs_units_per_tonne must be positive, found " + s);
    }
    return OptionalDouble.of(f);
  }
}
