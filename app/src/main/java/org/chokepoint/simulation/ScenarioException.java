package org.chokepoint.simulation;

/**
 * A mistake in a scenario: the message names the origin (file) and the field; {@link #field()} is
 * the field alone (such as {@code shocks[0].magnitude}, empty for the whole scenario), with the
 * line and column where it is written when known (else -1).
 */
public final class ScenarioException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final int line;
  private final int column;

  public ScenarioException(String message, String field, int line, int column) {
    super(message);
    this.field = field;
    this.line = line;
    this.column = column;
  }

  public String field() {
    return field;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
