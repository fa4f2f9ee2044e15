package org.chokepoint.server;

import java.util.List;

/**
 * One query parameter of a route: its name, type, whether it is required, a description, a default,
 * and the values it may take (empty: any).
 */
public record Param(
    String name,
    Type type,
    boolean required,
    String description,
    String defaultValue,
    List<String> allowed,
    String example) {
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
    return new Param(name, type, false, description, null, List.of(), null);
  }

  public Param asRequired() {
    return new Param(name, type, true, description, defaultValue, allowed, example);
  }

  public Param defaultValue(String value) {
    return new Param(name, type, required, description, value, allowed, example);
  }

  public Param allowed(List<String> values) {
    return new Param(name, type, required, description, defaultValue, values, example);
  }

  public Param example(String value) {
    return new Param(name, type, required, description, defaultValue, allowed, value);
  }
}
