package org.chokepoint.workspace.crisis;

/** A field of a crisis request, response, link or meeting that is missing or not acceptable. */
public final class CrisisFieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;

  public CrisisFieldException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }

  /** The field as the API and the command line name it, such as {@code expected_duration}. */
  public String field() {
    return field;
  }

  /** Why, without the field's name. */
  public String reason() {
    return reason;
  }
}
