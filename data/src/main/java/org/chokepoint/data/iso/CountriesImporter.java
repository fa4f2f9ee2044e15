package org.chokepoint.data.iso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chokepoint.data.catalog.DatasetDescription;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.data.catalog.TableWriter;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;

/**
 * Imports ISO 3166-1 countries into the table {@code countries} ({@code iso3, iso2, numeric, name,
 * official_name, region, subregion}). Reads Debian iso-codes JSON ({@code .json}) or the
 * datasets/country-codes CSV ({@code .csv}). Codes are checked for shape and uniqueness.
 */
public final class CountriesImporter implements DatasetImporter {
  public static final String SOURCE = "countries";
  public static final String TABLE = "countries";
  static final List<String> COLUMNS =
      List.of("iso3", "iso2", "numeric", "name", "official_name", "region", "subregion");

  private static final Pattern A3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern A2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern NUM = Pattern.compile("\\d{1,3}");

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "ISO 3166-1 countries: Debian iso-codes iso_3166-1.json or datasets/country-codes CSV";
  }

  @Override
  public DatasetDescription importInto(Path path, TableSink sink) {
    SourceFile file = new SourceFile(path).requireReadable();
    boolean json = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    List<String[]> rows = json ? readJson(file) : readCsv(file);
    sink.sourceFile(path);
    TableWriter out = sink.table(TABLE, COLUMNS);
    rows.forEach(out::row);
    return json
        ? new DatasetDescription(
            "ISO 3166-1 country codes (Debian iso-codes)",
            "Debian iso-codes project, from ISO 3166 Maintenance Agency publications",
            "LGPL-2.1-or-later",
            "iso-codes",
            "Debian iso-codes, iso_3166-1.json, https://salsa.debian.org/iso-codes-team/iso-codes",
            "https://salsa.debian.org/iso-codes-team/iso-codes",
            List.of())
        : new DatasetDescription(
            "Country codes (ISO 3166-1 with UN M49 regions)",
            "datasets/country-codes (Open Knowledge), from ISO, UN Statistics Division and CLDR",
            "PDDL-1.0",
            "datasets/country-codes",
            "Open Knowledge Foundation, Comprehensive country codes, https://datahub.io/core/country-codes",
            "https://github.com/datasets/country-codes",
            List.of());
  }

  private static List<String[]> readJson(SourceFile file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file.path()));
    } catch (IOException e) {
      throw ImportException.ofFile(file.name(), "not valid JSON: " + e.getMessage());
    }
    JsonNode list = root.path("3166-1");
    if (!list.isArray()) {
      throw ImportException.ofFile(
          file.name(), "expected a JSON object with an array \"3166-1\" (Debian iso-codes layout)");
    }
    List<String[]> rows = new ArrayList<>();
    Checker check = new Checker(file.name());
    int i = 0;
    for (JsonNode c : list) {
      i++;
      String a3 = c.path("alpha_3").asText("");
      String a2 = c.path("alpha_2").asText("");
      String num = c.path("numeric").asText("");
      String name =
          c.hasNonNull("common_name") ? c.get("common_name").asText() : c.path("name").asText("");
      check.entry(0, 0, "entry " + i + " of \"3166-1\": ", a3, a2, num, name);
      rows.add(new String[] {a3, a2, pad(num), name, c.path("official_name").asText(name), "", ""});
    }
    return rows;
  }

  private static List<String[]> readCsv(SourceFile file) {
    return file.parse(
        List.of(StandardCharsets.UTF_8),
        (Reader r) -> {
          CsvReader csv = new CsvReader(r, file.name());
          CsvRecord header = csv.next();
          if (header == null) {
            throw ImportException.ofFile(file.name(), "file is empty");
          }
          Map<String, Integer> idx = new HashMap<>();
          for (int i = 0; i < header.size(); i++) {
            idx.put(header.get(i).strip(), i);
          }
          for (String need :
              List.of(
                  "ISO3166-1-Alpha-3",
                  "ISO3166-1-Alpha-2",
                  "ISO3166-1-numeric",
                  "CLDR display name",
                  "official_name_en")) {
            if (!idx.containsKey(need)) {
              throw header.error("missing column \"" + need + "\"; is this the country-codes CSV?");
            }
          }
          Checker check = new Checker(file.name());
          List<String[]> rows = new ArrayList<>();
          for (CsvRecord rec = csv.next(); rec != null; rec = csv.next()) {
            if (rec.size() == 1 && rec.get(0).isBlank()) {
              continue;
            }
            int c3 = idx.get("ISO3166-1-Alpha-3");
            String a3 = rec.get(c3).strip();
            String a2 = rec.get(idx.get("ISO3166-1-Alpha-2")).strip();
            String num = rec.get(idx.get("ISO3166-1-numeric")).strip();
            String name = rec.get(idx.get("official_name_en")).strip();
            if (name.isEmpty()) {
              name = rec.get(idx.get("CLDR display name")).strip();
            }
            check.entry(rec.line(), c3 + 1, "", a3, a2, num, name);
            rows.add(
                new String[] {
                  a3,
                  a2,
                  pad(num),
                  name,
                  rec.get(idx.get("official_name_en")).strip(),
                  idx.containsKey("Region Name") ? rec.get(idx.get("Region Name")).strip() : "",
                  idx.containsKey("Sub-region Name")
                      ? rec.get(idx.get("Sub-region Name")).strip()
                      : ""
                });
          }
          return rows;
        });
  }

  private static String pad(String numeric) {
    return numeric.isEmpty() ? "" : "000".substring(numeric.length()) + numeric;
  }

  /** Checks code shapes and that no alpha-3 code appears twice. */
  private static final class Checker {
    private final String file;
    private final Set<String> seen = new HashSet<>();

    Checker(String file) {
      this.file = file;
    }

    void entry(long line, int column, String where, String a3, String a2, String num, String name) {
      if (!A3.matcher(a3).matches()) {
        throw new ImportException(
            file, line, column, where + "alpha-3 code \"" + a3 + "\" is not three capital letters");
      }
      if (!a2.isEmpty() && !A2.matcher(a2).matches()) {
        throw new ImportException(
            file,
            line,
            0,
            where + "alpha-2 code \"" + a2 + "\" of " + a3 + " is not two capital letters");
      }
      if (!num.isEmpty() && !NUM.matcher(num).matches()) {
        throw new ImportException(
            file, line, 0, where + "numeric code \"" + num + "\" of " + a3 + " is not 1-3 digits");
      }
      if (name.isBlank()) {
        throw new ImportException(file, line, 0, where + "country " + a3 + " has no name");
      }
      if (!seen.add(a3)) {
        throw new ImportException(
            file, line, column, where + "alpha-3 code " + a3 + " appears twice");
      }
    }
  }
}
