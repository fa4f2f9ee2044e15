package org.chokepoint.server;

import java.util.ArrayList;
import java.util.List;
import org.chokepoint.workspace.policy.RouteAccess;

/**
 * One endpoint: method, path, what it answers, its parameters and its handler. The server, the
 * OpenAPI document and the API page are all made from the list of routes.
 *
 * @param tag the capability it belongs to, which groups it in the documents
 * @param body for POST routes, what the request body holds (null for none)
 * @param csv whether the result also comes as CSV
 * @param accepted whether the route answers 202 Accepted (work started, result elsewhere) rather
 *     than 200
 * @param access who may call it at all, before any object is looked at (the access policy checks
 *     it; see DECISIONS D-ws-3)
 */
public record Route(
    String method,
    String path,
    String tag,
    String summary,
    String description,
    List<Param> params,
    Body body,
    boolean csv,
    RouteAccess access,
    Handler handler,
    boolean accepted) {

  /** Answers a validated request. */
  @FunctionalInterface
  public interface Handler {
    Reply handle(Request request);
  }

  /**
   * A request body.
   *
   * @param mediaType what the raw body must be, such as {@code text/csv}
   * @param maxBytes the largest body accepted
   */
  public record Body(String mediaType, String description, long maxBytes) {
    /** Whether the body is a JSON document (else CSV text or a multipart upload). */
    public boolean json() {
      return mediaType.equals("application/json");
    }
  }

  public Route {
    params = List.copyOf(params);
    for (Param p : params) {
      if (p.inPath() != path.contains("{" + p.name() + "}")) {
        throw new IllegalArgumentException(
            path + ": parameter " + p.name() + " is " + (p.inPath() ? "" : "not ") + "in the path");
      }
    }
  }

  /**
   * Whether its answers depend only on the request and the catalog, so they may be cached; answers
   * about resources that change (a job, a saved object, named in the path) never are.
   */
  public boolean cacheable() {
    return access == RouteAccess.PUBLIC
        && body == null
        && method.equals("GET")
        && !path.contains("{");
  }

  /** Whether the method changes state (everything but GET). */
  public boolean unsafe() {
    return !method.equals("GET");
  }

  public static Builder get(String path, String tag) {
    return new Builder("GET", path, tag);
  }

  public static Builder post(String path, String tag) {
    return new Builder("POST", path, tag);
  }

  /** The operation id of the OpenAPI document: method and path in camel case. */
  public String operationId() {
    StringBuilder b = new StringBuilder(method.toLowerCase(java.util.Locale.ROOT));
    for (String part : path.replace("/api/v1/", "").split("[/-]")) {
      if (part.startsWith("{") && part.endsWith("}")) {
        String name = part.substring(1, part.length() - 1);
        b.append("By").append(Character.toUpperCase(name.charAt(0))).append(name.substring(1));
      } else if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.toString();
  }

  /** Builds a route. */
  public static final class Builder {
    private final String method;
    private final String path;
    private final String tag;
    private String summary = "";
    private String description = "";
    private final List<Param> params = new ArrayList<>();
    private Body body;
    private boolean csv = true;
    private boolean accepted;
    private RouteAccess access = RouteAccess.PUBLIC;

    private Builder(String method, String path, String tag) {
      this.method = method;
      this.path = path;
      this.tag = tag;
    }

    public Builder summary(String text) {
      this.summary = text;
      return this;
    }

    public Builder description(String text) {
      this.description = text;
      return this;
    }

    public Builder param(Param p) {
      params.add(p);
      return this;
    }

    public Builder body(String mediaType, String text, long maxBytes) {
      this.body = new Body(mediaType, text, maxBytes);
      return this;
    }

    /** Who may call it; {@code PUBLIC} unless said. */
    public Builder access(RouteAccess a) {
      this.access = a;
      return this;
    }

    public Builder jsonOnly() {
      this.csv = false;
      return this;
    }

    /** The route answers 202 Accepted with the address of the work started. */
    public Builder accepted() {
      this.accepted = true;
      return this;
    }

    public Route handler(Handler handler) {
      return new Route(
          method, path, tag, summary, description, params, body, csv, access, handler, accepted);
    }
  }
}
