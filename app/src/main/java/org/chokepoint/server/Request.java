package org.chokepoint.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The validated parameters of one request and its body. Validation happens before the handler runs:
 * unknown parameters, missing required ones, wrong types and values outside the allowed ones are
 * all reported at once, each with the parameter it concerns.
 */
public final class Request {
  /** The body media type of routes that take a form of several files and fields. */
  public static final String MULTIPART = "multipart/form-data";

  /**
   * One part of a multipart form.
   *
   * @param fileName the uploaded file's name made safe, or null for a plain field
   */
  public record Part(String fileName, byte[] bytes) {
    /** A plain field's text. */
    public String text() {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private Map<String, Part> parts = Map.of();

  /** Parameters every route accepts besides its own. */
  static final Set<String> COMMON = Set.of("format");

  private final Map<String, Object> values;
  private final byte[] body;
  private final String bodyName;
  private final Caller caller;
  private final boolean csv;
  private final String clientAddress;
  private final boolean secure;

  private Request(
      Map<String, Object> values,
      byte[] body,
      String bodyName,
      Caller caller,
      boolean csv,
      String clientAddress,
      boolean secure) {
    this.values = values;
    this.body = body;
    this.bodyName = bodyName;
    this.caller = caller;
    this.csv = csv;
    this.clientAddress = clientAddress;
    this.secure = secure;
  }

  /** Validates a request without a caller (tests of validation). */
  static Request validate(
      Route route, Map<String, List<String>> query, byte[] body, String bodyName) {
    return validate(
        route, query, Map.of(), body, bodyName, Caller.anonymous(false), false, "", false);
  }

  /** Validates the query and path of a request against the route's parameters. */
  static Request validate(
      Route route,
      Map<String, List<String>> query,
      Map<String, String> path,
      byte[] body,
      String bodyName,
      Caller caller,
      boolean csv,
      String clientAddress,
      boolean secure) {
    List<Problem.Error> errors = new ArrayList<>();
    Map<String, Param> known = new LinkedHashMap<>();
    route.params().stream().filter(p -> !p.inPath()).forEach(p -> known.put(p.name(), p));
    for (String name : query.keySet()) {
      if (!known.containsKey(name) && !COMMON.contains(name)) {
        errors.add(
            new Problem.Error(
                name,
                "unknown parameter; this endpoint takes "
                    + (known.isEmpty() ? "none" : String.join(", ", known.keySet()))));
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Param p : route.params()) {
      List<String> given =
          p.inPath()
              ? (path.containsKey(p.name()) ? List.of(path.get(p.name())) : List.of())
              : query.getOrDefault(p.name(), List.of());
      if (given.size() > 1 && p.type() != Param.Type.LIST) {
        errors.add(new Problem.Error(p.name(), "given " + given.size() + " times; give it once"));
        continue;
      }
      String raw = given.isEmpty() ? null : given.get(0);
      if (raw != null && raw.isBlank()) {
        raw = null;
      }
      if (raw == null && p.type() == Param.Type.LIST && given.size() > 1) {
        raw = String.join(",", given);
      }
      if (raw == null) {
        raw = p.defaultValue();
      }
      if (raw == null) {
        if (p.required()) {
          errors.add(new Problem.Error(p.name(), "required" + example(p)));
        }
        continue;
      }
      if (raw.length() > 4096) {
        errors.add(new Problem.Error(p.name(), "longer than 4096 characters"));
        continue;
      }
      String problem = null;
      Object value = null;
      try {
        value =
            switch (p.type()) {
              case STRING -> raw.strip();
              case INTEGER -> Integer.valueOf(raw.strip());
              case NUMBER -> finite(Double.valueOf(raw.strip()));
              case BOOLEAN -> parseBool(raw.strip());
              case LIST ->
                  java.util.Arrays.stream(
                          String.join(",", given.isEmpty() ? List.of(raw) : given).split(","))
                      .map(String::strip)
                      .filter(s -> !s.isEmpty())
                      .toList();
            };
      } catch (NumberFormatException e) {
        problem = "\"" + clip(raw) + "\" is not " + article(p.type()) + example(p);
      } catch (IllegalArgumentException e) {
        problem = e.getMessage();
      }
      if (problem == null
          && !p.allowed().isEmpty()
          && !p.allowed().contains(String.valueOf(value))) {
        problem = "\"" + clip(raw) + "\" is not one of " + String.join(", ", p.allowed());
      }
      if (problem != null) {
        errors.add(new Problem.Error(p.name(), problem));
      } else {
        values.put(p.name(), value);
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiException(
          Problem.of(
              Problem.Kind.INVALID_REQUEST,
              errors.size() == 1
                  ? errors.get(0).parameter() + ": " + errors.get(0).message()
                  : errors.size() + " parameters are invalid",
              errors));
    }
    return new Request(values, body, bodyName, caller, csv, clientAddress, secure);
  }

  private static double finite(double v) {
    if (!Double.isFinite(v)) {
      throw new NumberFormatException("not finite");
    }
    return v;
  }

  private static boolean parseBool(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new IllegalArgumentException("\"" + clip(s) + "\" is not true or false");
    };
  }

  private static String article(Param.Type t) {
    return switch (t) {
      case INTEGER -> "an integer";
      case NUMBER -> "a finite number";
      default -> "valid";
    };
  }

  private static String example(Param p) {
    return p.example() == null ? "" : ", e.g. " + p.example();
  }

  /** A user-supplied value as it may appear in a message: short, one line. */
  static String clip(String s) {
    String one = s.replaceAll("[\\p{Cntrl}]", "?");
    return one.length() > 60 ? one.substring(0, 60) + "..." : one;
  }

  public String string(String name) {
    return (String) values.get(name);
  }

  public Integer integer(String name) {
    return (Integer) values.get(name);
  }

  public double number(String name) {
    return (Double) values.get(name);
  }

  /** A number parameter, or null when the request gives none and it has no default. */
  public Double optionalNumber(String name) {
    return (Double) values.get(name);
  }

  public boolean bool(String name) {
    return Boolean.TRUE.equals(values.get(name));
  }

  @SuppressWarnings("unchecked")
  public List<String> list(String name) {
    return (List<String>) values.getOrDefault(name, List.of());
  }

  /** The raw request body (empty for none). */
  public byte[] body() {
    return body;
  }

  /** Who sent the request. */
  public Caller caller() {
    return caller;
  }

  /** Whether the answer goes out as CSV (an export). */
  public boolean csv() {
    return csv;
  }

  /** The client's address, for login throttling. */
  public String clientAddress() {
    return clientAddress;
  }

  /** Whether the request came over TLS (directly or through a trusted proxy). */
  public boolean secure() {
    return secure;
  }

  /** The body as a JSON object; a clear 400 when it is not one. */
  public com.fasterxml.jackson.databind.JsonNode json() {
    try {
      com.fasterxml.jackson.databind.JsonNode n = Json.MAPPER.readTree(body);
      if (n == null || !n.isObject()) {
        throw ApiException.of(Problem.Kind.INVALID_REQUEST, "the body must be a JSON object");
      }
      return n;
    } catch (java.io.IOException e) {
      throw ApiException.of(
          Problem.Kind.INVALID_REQUEST,
          "the body is not valid JSON: " + clip(String.valueOf(e.getMessage())));
    }
  }

  /** Attaches the parts of a multipart form (routes with a {@link #MULTIPART} body). */
  Request withParts(Map<String, Part> formParts) {
    this.parts = Map.copyOf(formParts);
    return this;
  }

  /** The files and fields of a multipart form, by field name (empty for other bodies). */
  public Map<String, Part> parts() {
    return parts;
  }

  /** The uploaded file's name, or a generic one for a raw body. */
  public String bodyName() {
    return bodyName;
  }
}
