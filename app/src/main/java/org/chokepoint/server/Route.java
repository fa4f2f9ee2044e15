package org.chokepoint.server;

import java.util.ArrayList;
import java.util.List;

/**
 * One endpoint: method, path, what it answers, its parameters and its handler. The server, the
 * OpenAPI document and the API page are all made from the list of routes.
 *
 * @param tag the capability it belongs to, which groups it in the documents
 * @param body for POST routes, what the request body holds (null for none)
 * @param csv whether the result also comes as CSV
 * @param cached whether answers may be kept until a dataset changes (not for answers that change
 *     with workspace state, such as the audit log)
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
    Handler handler,
    boolean cached) {

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
  public record Body(String mediaType, String description, long maxBytes) {}

  public Route {
    params = List.copyOf(params);
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
      if (!part.isEmpty()) {
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
    private boolean cached = true;

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

    public Builder jsonOnly() {
      this.csv = false;
      return this;
    }

    /** Answers change with workspace state: never answer from the cache. */
    public Builder uncached() {
      this.cached = false;
      return this;
    }

    public Route handler(Handler handler) {
      return new Route(method, path, tag, summary, description, params, body, csv, handler, cached);
    }
  }
}
