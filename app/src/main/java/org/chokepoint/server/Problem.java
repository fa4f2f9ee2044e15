package org.chokepoint.server;

import java.util.List;

/**
 * An RFC 9457 problem: what went wrong with a request, as {@code application/problem+json}.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of the kind
 * @param status the HTTP status code
 * @param detail what went wrong with this request
 * @param errors one entry per invalid parameter (validation problems only)
 */
public record Problem(String type, String title, int status, String detail, List<Error> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One invalid parameter or body field and why; for a field of a YAML or JSON body, the line and
   * column where it is written (null when unknown).
   */
  public record Error(String parameter, String message, Integer line, Integer column) {
    public Error(String parameter, String message) {
      this(parameter, message, null, null);
    }
  }

  public Problem {
    errors = List.copyOf(errors);
  }

  /** The kinds of problem the API answers with, their status and title. */
  public enum Kind {
    INVALID_REQUEST(400, "Invalid request"),
    UNAUTHORIZED(401, "Unauthorized"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    INVALID_CONTENT(422, "Invalid content"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL(500, "Internal error"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    final int status;
    final String title;

    Kind(int status, String title) {
      this.status = status;
      this.title = title;
    }

    String type() {
      return "urn:chokepoint:problem:"
          + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public static Problem of(Kind kind, String detail) {
    return new Problem(kind.type(), kind.title, kind.status, detail, List.of());
  }

  public static Problem of(Kind kind, String detail, List<Error> errors) {
    return new Problem(kind.type(), kind.title, kind.status, detail, errors);
  }
}
