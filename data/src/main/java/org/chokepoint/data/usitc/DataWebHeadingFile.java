package org.chokepoint.data.usitc;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;

/**
 * One explorer file: an HTS-4 heading with its description and its rows, every field checked. Rows
 * keep the line and column where they start in the JSON text, so that a later error can name them.
 *
 * @param heading the four-digit heading, such as {@code 8112}
 * @param description the heading's description as DataWeb reports it
 */
record DataWebHeadingFile(String heading, String description, List<DataWebHeadingFile.Row> rows) {
  static final String IMPORTS = "imports_for_consumption";
  static final String EXPORTS = "domestic_exports";
  private static final String REPORTED = "reported";
  private static final String INCOMPLETE = "quantity_incomplete";
  private static final List<String> REQUIRED =
      List.of(
          "flow", "partner", "partner_iso", "year", "ytd_flag", "value_usd", "reported_mass_kg");
  private static final Pattern HEADING = Pattern.compile("\\d{4}");
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

  /**
   * One row of the heading.
   *
   * @param imports true for imports for consumption (partner to US), false for domestic exports
   * @param yearToDate a January-to-month partial year rather than a full calendar year
   * @param valueUsd customs (imports) or FAS (exports) value in USD; NaN when blank
   * @param massKg reported mass in kilograms; NaN when blank or marked incomplete
   * @param massIncomplete the source marks the mass as incomplete
   */
  record Row(
      long line,
      int column,
      boolean imports,
      String partner,
      String partnerIso,
      int year,
      boolean yearToDate,
      double valueUsd,
      double massKg,
      boolean massIncomplete) {}

  static DataWebHeadingFile read(Path path) {
    SourceFile file = new SourceFile(path);
    return file.parse(
        List.of(StandardCharsets.UTF_8),
        reader -> {
          try (JsonParser p = new ObjectMapper().createParser(reader)) {
            return parse(file.name(), p);
          } catch (JsonProcessingException e) {
            throw syntaxError(file.name(), e);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  static ImportException syntaxError(String file, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return new ImportException(
        file,
        at == null ? 0 : Math.max(at.getLineNr(), 0),
        at == null ? 0 : Math.max(at.getColumnNr(), 0),
        "not valid JSON: " + e.getOriginalMessage(),
        e);
  }

  private static DataWebHeadingFile parse(String file, JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new ImportException(file, 1, 1, "expected a JSON object");
    }
    String heading = null;
    String description = "";
    String label = "";
    JsonNode columns = null;
    JsonLocation columnsAt = null;
    List<JsonNode> rawRows = new ArrayList<>();
    List<JsonLocation> rowsAt = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      JsonLocation at = p.currentTokenLocation();
      switch (field) {
        case "hts" -> heading = p.getValueAsString("");
        case "label" -> label = p.getValueAsString("");
        case "descriptions" -> description = join(p.readValueAsTree());
        case "columns" -> {
          columns = p.readValueAsTree();
          columnsAt = at;
        }
        case "rows" -> {
          if (p.currentToken() != JsonToken.START_ARRAY) {
            throw error(file, at, "rows must be an array");
          }
          while (p.nextToken() != JsonToken.END_ARRAY) {
            rowsAt.add(p.currentTokenLocation());
            rawRows.add(p.readValueAsTree());
          }
        }
        default -> p.skipChildren();
      }
    }
    if (heading == null || !HEADING.matcher(heading).matches()) {
      throw ImportException.ofFile(
          file,
          "hts is "
              + (heading == null ? "missing" : "\"" + heading + "\"")
              + ": expected a"
              + " four-digit heading");
    }
    if (columns == null || !columns.isArray()) {
      throw ImportException.ofFile(file, "the array \"columns\" is missing");
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      index.putIfAbsent(columns.get(i).asText(), i);
    }
    for (String c : REQUIRED) {
      if (!index.containsKey(c)) {
        throw error(file, columnsAt, "column \"" + c + "\" is missing from \"columns\"");
      }
    }
    List<Row> rows = new ArrayList<>(rawRows.size());
    for (int r = 0; r < rawRows.size(); r++) {
      rows.add(row(new Fields(file, rowsAt.get(r), r + 1, rawRows.get(r), index, columns.size())));
    }
    return new DataWebHeadingFile(heading, description.isEmpty() ? label : description, rows);
  }

  private static Row row(Fields f) {
    String flow = f.text("flow");
    boolean imports = flow.equals(IMPORTS);
    if (!imports && !flow.equals(EXPORTS)) {
      throw f.error(
          "flow", "unknown flow \"" + flow + "\"; expected " + IMPORTS + " or " + EXPORTS);
    }
    String iso = f.text("partner_iso");
    if (!ALPHA3.matcher(iso).matches() || iso.equals("USA")) {
      throw f.error(
          "partner_iso", "\"" + iso + "\" is not the ISO alpha-3 code of a partner country");
    }
    JsonNode year = f.get("year");
    if (!year.canConvertToInt() || !year.isIntegralNumber() || year.asInt() < 1900) {
      throw f.error("year", year + " is not a year");
    }
    JsonNode ytd = f.get("ytd_flag");
    if (!ytd.isBoolean()) {
      throw f.error("ytd_flag", ytd + " is not true or false");
    }
    String status = f.has("measurement_status") ? f.text("measurement_status") : REPORTED;
    if (!status.equals(REPORTED) && !status.equals(INCOMPLETE)) {
      throw f.error(
          "measurement_status",
          "unknown status \"" + status + "\"; expected " + REPORTED + " or " + INCOMPLETE);
    }
    boolean incomplete = status.equals(INCOMPLETE);
    double mass = f.amount("reported_mass_kg");
    return new Row(
        f.at.getLineNr(),
        f.at.getColumnNr(),
        imports,
        f.text("partner").strip(),
        iso,
        year.asInt(),
        ytd.asBoolean(),
        f.amount("value_usd"),
        incomplete ? Double.NaN : mass,
        incomplete);
  }

  /** The fields of row {@code row} (1-based), by column name; errors name the row and column. */
  private record Fields(
      String file, JsonLocation at, int row, JsonNode node, Map<String, Integer> index, int size) {
    Fields {
      if (!node.isArray() || node.size() != size) {
        throw DataWebHeadingFile.error(
            file, at, "row " + row + ": expected an array of " + size + " fields like \"columns\"");
      }
    }

    boolean has(String column) {
      return index.containsKey(column);
    }

    JsonNode get(String column) {
      return node.get(index.get(column));
    }

    String text(String column) {
      JsonNode n = get(column);
      if (!n.isTextual()) {
        throw error(column, n + " is not text");
      }
      return n.asText();
    }

    /** A non-negative finite number, or NaN when null. */
    double amount(String column) {
      JsonNode n = get(column);
      if (n.isNull()) {
        return Double.NaN;
      }
      if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
        throw error(column, n + " is not a number");
      }
      if (n.asDouble() < 0) {
        throw error(column, n + " is negative");
      }
      return n.asDouble();
    }

    ImportException error(String column, String reason) {
      return DataWebHeadingFile.error(file, at, "row " + row + ", " + column + ": " + reason);
    }
  }

  private static ImportException error(String file, JsonLocation at, String reason) {
    return new ImportException(
        file, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), reason);
  }

  private static String join(JsonNode descriptions) {
    if (descriptions.isTextual()) {
      return descriptions.asText().strip();
    }
    List<String> parts = new ArrayList<>();
    descriptions.forEach(d -> parts.add(d.asText().strip()));
    return String.join("; ", parts);
  }
}
