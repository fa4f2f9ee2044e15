package org.chokepoint.data.usgs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.minerals.ProducerKind;

/**
 * The table that maps USGS's country names ("Burma", "Congo (Kinshasa)", "Korea, North") to ISO
 * 3166-1 alpha-3, and names the rows that are not countries ("Other countries", "World total").
 * Shipped as {@code usgs-country-names.csv}; a name not in it is reported, never dropped.
 */
public final class UsgsCountryNames {
  /** How one USGS name maps: its kind, and its country code when it is a country. */
  public record Mapping(ProducerKind kind, CountryCode country) {}

  private final Map<String, Mapping> byKey;

  private UsgsCountryNames(Map<String, Mapping> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** The table shipped with the importer. */
  public static UsgsCountryNames bundled() {
    String resource = "usgs-country-names.csv";
    try (InputStream in = UsgsCountryNames.class.getResourceAsStream(resource);
        CsvReader csv =
            new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8), resource)) {
      csv.next(); // header
      Map<String, Mapping> map = new HashMap<>();
      for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
        ProducerKind kind =
            switch (r.get(1)) {
              case "country" -> ProducerKind.COUNTRY;
              case "unattributed" -> ProducerKind.UNATTRIBUTED;
              case "aggregate" -> ProducerKind.AGGREGATE;
              case "world" -> ProducerKind.WORLD_TOTAL;
              default -> throw r.error(1, "unknown kind " + r.get(1));
            };
        CountryCode code = kind == ProducerKind.COUNTRY ? CountryCode.of(r.get(2)) : null;
        map.put(key(r.get(0)), new Mapping(kind, code));
      }
      return new UsgsCountryNames(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mapping of a USGS name; spacing, case and apostrophe style do not matter. */
  public Optional<Mapping> find(String usgsName) {
    return Optional.ofNullable(byKey.get(key(usgsName)));
  }

  private static String key(String name) {
    return name.replace('\u2019', '\'')
        .replace('\u00a0', ' ')
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }
}
