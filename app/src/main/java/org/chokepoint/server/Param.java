package org.chokepoint.server;

import java.util.List;

/**
 * One parameter of a route, in the query or in the path: its name, type, whether it is required, a
 * description, a default, and the values it may take (empty: any).
 *
 * @param inPath whether it is a segment of the path, such as {@code id} in {@code
 *     /api/v1/assessments/{id}} (always required)
 */
public record Param(
    String name,
    Type type,
    boolean required,
    String description,
    String defaultValue,
    List<String> allowed,
    String example,
    boolean inPath) {
  /** The JSON Schema type of a parameter; {@code LIST} is comma-separated strings. */
  public enum Type {
    STRING("string"),
    INTEGER("integer"),
    NUMBER("number"),
    BOOLEAN("boolean"),
    LIST("array");

    final String schema;

    Type(String schema) {
      this.schema = schema;
    }
  }

  public Param {
    allowed = List.copyOf(allowed);
  }

  public static Param of(String name, Type type, String description) {
    return new Param(name, type, false, description, null, List.of(), null, false);
  }

  /** A path parameter: {@code {name}} in the route's path. */
  public static Param path(String name, Type type, String description) {
    return new Param(name, type, true, description, null, List.of(), null, true);
  }

  public Param asRequired() {
    return new Param(name, type, true, description, defaultValue, allowed, example, inPath);
  }

  public Param defaultValue(String value) {
    return new Param(name, type, required, description, value, allowed, example, inPath);
  }

  public Param allowed(List<String> values) {
    return new Param(name, type, required, description, defaultValue, values, example, inPath);
  }

  public Param example(String value) {
    return new Param(name, type, required, description, defaultValue, allowed, value, inPath);
  }
}
