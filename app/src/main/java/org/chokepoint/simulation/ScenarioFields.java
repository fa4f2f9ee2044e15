package org.chokepoint.simulation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Readers of a scenario's fields that name the origin (the file) and the field in their errors,
 * with the line and column where the field is written.
 *
 * @param locations field path ({@code shocks[0].magnitude}) → {line, column}
 */
record ScenarioFields(String origin, Map<String, int[]> locations) {
  ScenarioException error(String field, String message) {
    int[] at = locate(locations, field);
    return new ScenarioException(
        origin + ": " + (field.isEmpty() ? "" : field + ": ") + message,
        field,
        at == null ? -1 : at[0],
        at == null ? -1 : at[1]);
  }

  /** Where a field (or, failing that, the nearest enclosing one) is written. */
  static int[] locate(Map<String, int[]> locations, String field) {
    String f = field;
    while (!f.isEmpty()) {
      int[] at = locations.get(f);
      if (at != null) {
        return at;
      }
      int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
      f = cut <= 0 ? "" : f.substring(0, cut);
    }
    return null;
  }

  /**
   * The line and column of every field and list item of a YAML or JSON text, by the path the errors
   * use; empty when the text does not parse (the parse error then has its own location).
   */
  static Map<String, int[]> locations(String text) {
    Map<String, int[]> out = new HashMap<>();
    try (JsonParser p = new YAMLFactory().createParser(text)) {
      while (p.nextToken() != null) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.FIELD_NAME || p.getParsingContext().inArray()) {
          String path = path(p.getParsingContext().pathAsPointer().toString());
          JsonLocation loc = p.currentTokenLocation();
          out.putIfAbsent(path, new int[] {loc.getLineNr(), loc.getColumnNr()});
        }
      }
    } catch (IOException e) {
      return out;
    }
    return out;
  }

  /** {@code /shocks/0/magnitude} → {@code shocks[0].magnitude}. */
  private static String path(String pointer) {
    StringBuilder b = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      String p = part.replace("~1", "/").replace("~0", "~");
      if (p.chars().allMatch(Character::isDigit)) {
        b.append('[').append(p).append(']');
      } else {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(p);
      }
    }
    return b.toString();
  }

  void only(JsonNode node, String prefix, Set<String> known) {
    if (!node.isObject()) {
      throw error(
          prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), "not a mapping");
    }
    Iterator<String> it = node.fieldNames();
    while (it.hasNext()) {
      String f = it.next();
      if (!known.contains(f)) {
        throw error(
            prefix + f,
            "unknown field (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    }
  }

  String text(JsonNode node, String field, String dflt) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (dflt == null) {
        throw error(field, "missing");
      }
      return dflt;
    }
    if (!v.isValueNode()) {
      throw error(field, "must be text");
    }
    return v.asText();
  }

  int integer(JsonNode node, String path, String field, int dflt) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw error(path, "must be a whole number, got " + v);
    }
    return v.asInt();
  }

  double number(JsonNode node, String path, String field, double dflt) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
      throw error(path, "must be a number, got " + v);
    }
    return v.asDouble();
  }

  <E extends Enum<E>> E choice(
      JsonNode node, String path, String field, Class<E> type, String dflt) {
    String s = text(node, field, dflt).toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    throw error(
        path,
        "\""
            + s.toLowerCase(Locale.ROOT)
            + "\" is not one of "
            + String.join(
                ", ",
                java.util.Arrays.stream(type.getEnumConstants())
                    .map(e -> e.name().toLowerCase(Locale.ROOT))
                    .toList()));
  }

  List<String> strings(JsonNode node, String field) {
    JsonNode v = node.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isValueNode()) {
      out.add(v.asText());
      return out;
    }
    if (!v.isArray()) {
      throw error(field, "must be a list");
    }
    for (JsonNode e : v) {
      if (!e.isValueNode()) {
        throw error(field, "must be a list of texts");
      }
      out.add(e.asText());
    }
    return out;
  }

  Scenario.Shock shock(JsonNode s, String prefix) {
    only(s, prefix, Scenario.SHOCK);
    String type = text(s, "type", null).toLowerCase(Locale.ROOT);
    if (!type.equals("final_demand") && !type.equals("capacity") && !type.equals("destruction")) {
      throw error(prefix + "type", "\"" + type + "\" is not final_demand, capacity or destruction");
    }
    List<String> sectors = new ArrayList<>(strings(s, "sector"));
    sectors.addAll(strings(s, "sectors"));
    String region = s.has("region") ? text(s, "region", null) : null;
    Scenario.Selection sel = selection(s, prefix);
    if (region != null && (!sel.countries().isEmpty() || sel.group() != null)) {
      throw error(prefix + "region", "give one of region, country or group");
    }
    if (sectors.isEmpty() == (region == null && sel.isEmpty())) {
      throw error(
          prefix + "sector",
          "give sector(s), or a region, country, group and/or product, not both");
    }
    List<String> categories = strings(s, "categories");
    if (!categories.isEmpty() && !type.equals("final_demand")) {
      throw error(prefix + "categories", "only a final_demand shock cuts categories");
    }
    for (String f : List.of("damage", "capital_ratio", "rebuilding", "rebuilding_tau")) {
      if (s.has(f) && !type.equals("destruction")) {
        throw error(prefix + f, "only a destruction event has " + f);
      }
    }
    if (type.equals("destruction")) {
      return destruction(s, prefix, sectors, region, sel);
    }
    double m = number(s, prefix + "magnitude", "magnitude", Double.NaN);
    if (!(m >= 0 && m <= 1)) {
      throw error(prefix + "magnitude", "give a share in [0, 1]");
    }
    int start = integer(s, prefix + "start", "start", 0);
    int duration = integer(s, prefix + "duration", "duration", -1);
    int recovery = integer(s, prefix + "recovery", "recovery", 0);
    if (start < 0 || duration < -1 || duration == 0 || recovery < 0) {
      throw error(
          prefix + "start",
          "start and recovery are >= 0 days, duration > 0 days (leave it out for the whole run)");
    }
    return new Scenario.Shock(
        type, sectors, region, categories, m, start, duration, recovery, null, sel);
  }

  /** {@code type: destruction}: damage, capital_ratio, rebuilding {SECTOR: share}, τ_rec. */
  private Scenario.Shock destruction(
      JsonNode s, String prefix, List<String> sectors, String region, Scenario.Selection sel) {
    for (String f : List.of("magnitude", "duration", "recovery")) {
      if (s.has(f)) {
        throw error(
            prefix + f,
            "a destruction event has damage, capital_ratio, rebuilding and rebuilding_tau"
                + " instead");
      }
    }
    double damage = number(s, prefix + "damage", "damage", Double.NaN);
    if (!(damage > 0)) {
      throw error(prefix + "damage", "give the capital destroyed (> 0, the table's unit)");
    }
    double kappa = number(s, prefix + "capital_ratio", "capital_ratio", Double.NaN);
    if (!(kappa > 0)) {
      throw error(
          prefix + "capital_ratio",
          "give the hit sectors' capital in years of their gross output (> 0)");
    }
    JsonNode reb = s.get("rebuilding");
    if (reb == null || !reb.isObject() || reb.isEmpty()) {
      throw error(
          prefix + "rebuilding",
          "give the rebuilding sectors and their shares, e.g. {\"23\": 0.7, \"333\": 0.3}");
    }
    java.util.Map<String, Double> shares = new java.util.LinkedHashMap<>();
    double sum = 0;
    Iterator<String> it = reb.fieldNames();
    while (it.hasNext()) {
      String k = it.next();
      double v = number(reb, prefix + "rebuilding." + k, k, Double.NaN);
      if (!(v > 0)) {
        throw error(prefix + "rebuilding." + k, "a share must be > 0");
      }
      shares.put(k, v);
      sum += v;
    }
    if (Math.abs(sum - 1) > 1e-6) {
      throw error(prefix + "rebuilding", "the shares must sum to 1, got " + sum);
    }
    double tau = number(s, prefix + "rebuilding_tau", "rebuilding_tau", 60);
    if (!(tau > 0)) {
      throw error(prefix + "rebuilding_tau", "must be > 0 days");
    }
    int start = integer(s, prefix + "start", "start", 0);
    if (start < 0) {
      throw error(prefix + "start", "must be >= 0 days");
    }
    return new Scenario.Shock(
        "destruction",
        sectors,
        region,
        List.of(),
        0,
        start,
        -1,
        0,
        new Scenario.Destruction(damage, kappa, java.util.Collections.unmodifiableMap(shares), tau),
        sel);
  }

  /** {@code country:} (one or a list), {@code product:} (one or a list), {@code group:}. */
  Scenario.Selection selection(JsonNode s, String prefix) {
    List<String> countries = strings(s, "country");
    List<String> products = strings(s, "product");
    String group = s.has("group") ? text(s, "group", null).strip() : null;
    if (group != null && !countries.isEmpty()) {
      throw error(prefix + "group", "give country or group, not both");
    }
    for (String c : countries) {
      if (c.isBlank()) {
        throw error(prefix + "country", "empty country");
      }
    }
    return new Scenario.Selection(List.copyOf(countries), List.copyOf(products), group);
  }
}
