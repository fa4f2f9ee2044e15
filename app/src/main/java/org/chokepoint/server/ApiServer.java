package org.chokepoint.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.workspace.policy.AccessDenied;
import org.chokepoint.workspace.policy.RouteAccess;

/**
 * The HTTP server: the routes of every capability under {@code /api/v1/}, {@code /health}, the
 * OpenAPI document at {@code /openapi.json}, the API page at {@code /api} and the web UI's files
 * from the classpath. Every error is an RFC 9457 problem.
 */
public final class ApiServer implements AutoCloseable {
  /** Where the built web UI lies on the classpath. */
  public static final String WEB_ROOT = "/org/chokepoint/web";

  /** The smallest limit on request bodies, with room for multipart framing. */
  static final long MAX_REQUEST_BYTES = (1 << 20) + (64 << 10);

  /** How many answers the server keeps (the largest, a year of minerals, is about 0.5 MB). */
  static final int CACHED_ANSWERS = 64;

  private static final String JSON = "application/json; charset=utf-8";
  private static final String CSV = "text/csv; charset=utf-8; header=present";
  private static final String PROBLEM_WRITTEN = "chokepoint.problem";

  private final Javalin app;
  private final List<Route> routes;

  private ApiServer(Javalin app, List<Route> routes) {
    this.app = app;
    this.routes = routes;
  }

  /** Starts serving on {@code bind:port} (port 0: any free port). */
  public static ApiServer start(ApiContext context, String bind, int port) {
    return start(context, Capabilities.all(), bind, port);
  }

  public static ApiServer start(
      ApiContext context, List<Capability> capabilities, String bind, int port) {
    List<Route> routes = Capabilities.routes(capabilities, context);
    boolean loopback;
    try {
      loopback = java.net.InetAddress.getByName(bind).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException("not an address of this machine: " + bind, e);
    }
    WebSecurity security =
        new WebSecurity(context.workspaceServices(), loopback, context.trustForwardedProto());
    boolean web = ApiServer.class.getResource(WEB_ROOT + "/index.html") != null;
    String openApi = Json.string(OpenApi.document(routes, version()));
    String apiPage = ApiPage.html(routes);
    // the largest body any route takes, with room for multipart framing; each route checks its own
    long maxRequest =
        Math.max(
            MAX_REQUEST_BYTES,
            routes.stream()
                    .filter(r -> r.body() != null)
                    .mapToLong(r -> r.body().maxBytes())
                    .max()
                    .orElse(0)
                + (64 << 10));
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.showJavalinBanner = false;
              cfg.startupWatcherEnabled = false;
              cfg.http.maxRequestSize = maxRequest;
              cfg.http.prefer405over404 = true;
              cfg.jetty.multipartConfig.maxFileSize(maxRequest, io.javalin.config.SizeUnit.BYTES);
              cfg.jetty.multipartConfig.maxTotalRequestSize(
                  maxRequest, io.javalin.config.SizeUnit.BYTES);
              cfg.jetty.multipartConfig.maxInMemoryFileSize(
                  (int) maxRequest, io.javalin.config.SizeUnit.BYTES);
              // gzip for what the handlers write uncompressed (documents, problems, static
              // files); answers of the analyses come gzipped from the answer cache
              cfg.http.gzipOnlyCompression(6);
              if (web) {
                // Vite names the bundles by content hash: they never change under their name
                cfg.staticFiles.add(
                    s -> {
                      s.hostedPath = "/assets";
                      s.directory = WEB_ROOT + "/assets";
                      s.location = Location.CLASSPATH;
                      s.precompress = true;
                      s.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
                    });
                cfg.staticFiles.add(
                    s -> {
                      s.hostedPath = "/";
                      s.directory = WEB_ROOT;
                      s.location = Location.CLASSPATH;
                      // not precompressed: Javalin then serves "/" (index.html) without a type
                      s.headers = Map.of("Cache-Control", "no-cache");
                    });
              }
            });
    ResponseCache cache = new ResponseCache(CACHED_ANSWERS);
    for (Route r : routes) {
      app.addHttpHandler(
          HandlerType.valueOf(r.method()),
          r.path(),
          ctx -> dispatch(r, ctx, cache, context, security));
    }
    app.get(
        "/health",
        ctx -> {
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("status", "ok");
          o.put("version", version());
          o.put("datasets", context.workspace().catalog().listDatasets().size());
          o.put("workspace", context.workspaceServices().state());
          ctx.contentType(JSON).result(Json.string(o));
        });
    app.get("/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
    app.get("/api", ctx -> ctx.contentType("text/html; charset=utf-8").result(apiPage));
    if (!web) {
      app.get(
          "/",
          ctx ->
              ctx.contentType("text/html; charset=utf-8")
                  .result(
                      "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Chokepoint"
                          + "</title><h1>Chokepoint</h1><p>This build has no web UI; see the <a"
                          + " href=\"/api\">API</a>.</p></html>"));
    }
    app.exception(
        Exception.class,
        (e, ctx) -> {
          if (e instanceof ApiException a && a.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", Integer.toString(a.retryAfterSeconds()));
          }
          if (e instanceof org.chokepoint.workspace.auth.Authenticator.LoginRefused r
              && !r.retryAfter().isZero()) {
            ctx.header("Retry-After", String.valueOf(Math.max(1, r.retryAfter().toSeconds())));
          }
          problem(ctx, toProblem(e));
        });
    app.error(
        404,
        ctx -> {
          if (ctx.attribute(PROBLEM_WRITTEN) == null) {
            problem(
                ctx,
                Problem.of(
                    Problem.Kind.NOT_FOUND,
                    "no such resource: " + Request.clip(ctx.path()) + "; see /openapi.json"));
          }
        });
    app.error(
        405,
        ctx -> {
          if (ctx.attribute(PROBLEM_WRITTEN) == null) {
            problem(
                ctx,
                Problem.of(
                    Problem.Kind.METHOD_NOT_ALLOWED,
                    ctx.method() + " is not allowed on " + Request.clip(ctx.path())));
          }
        });
    app.start(bind, port);
    return new ApiServer(app, routes);
  }

  public int port() {
    return app.port();
  }

  public List<Route> routes() {
    return routes;
  }

  @Override
  public void close() {
    app.stop();
  }

  static String version() {
    String v = ApiServer.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }

  private static void dispatch(
      Route route, Context ctx, ResponseCache cache, ApiContext context, WebSecurity security) {
    Caller caller = security.identify(route, ctx);
    security
        .policy()
        .checkCall(caller.principal(), route.access(), route.unsafe(), caller.accountsExist());
    security.checkCsrf(route, ctx, caller);
    boolean csv = Negotiation.wantsCsv(route, ctx);
    byte[] body = new byte[0];
    String bodyName = "upload.csv";
    Map<String, Request.Part> parts = Map.of();
    if (route.body() != null) {
      RequestBody u = RequestBody.read(route, ctx);
      body = u.bytes();
      bodyName = u.name();
      parts = u.parts();
    }
    Request request =
        Request.validate(
                route,
                ctx.queryParamMap(),
                ctx.pathParamMap(),
                body,
                bodyName,
                caller,
                csv,
                ctx.ip(),
                security.secure(ctx))
            .withParts(parts);
    String key =
        route.cacheable()
            ? ResponseCache.key(
                route, ctx.queryParamMap(), csv, context.workspace().catalog().currentVersions())
            : null;
    int[] status = {200};
    List<String> cookies = new ArrayList<>();
    Supplier<ResponseCache.Entry> compute =
        () -> {
          Reply reply = route.handler().handle(request);
          status[0] = reply.status();
          cookies.addAll(reply.cookies());
          if (reply.document() != null) {
            reply.headers().forEach(ctx::header);
            return ResponseCache.Entry.of(
                reply.document().bytes(),
                reply.document().mediaType(),
                (reply.document().inline() ? "inline" : "attachment")
                    + "; filename=\""
                    + reply.fileName()
                    + "\"",
                List.of());
          }
          StringWriter out = new StringWriter();
          (csv ? reply.csv() : reply.json()).accept(out);
          reply.headers().forEach(ctx::header);
          return ResponseCache.Entry.of(
              out.toString(),
              csv ? CSV : JSON,
              csv ? "attachment; filename=\"" + reply.fileName() + ".csv\"" : null,
              reply.sources().stream().map(p -> ascii(p.oneLine())).toList());
        };
    ResponseCache.Entry entry = key == null ? compute.get() : cache.get(key, compute);
    ctx.status(status[0]);
    cookies.forEach(c -> ctx.res().addHeader("Set-Cookie", c));
    ctx.contentType(entry.contentType());
    if (entry.disposition() != null) {
      ctx.header("Content-Disposition", entry.disposition());
    }
    for (String source : entry.sources()) {
      ctx.res().addHeader("Chokepoint-Source", source);
    }
    ctx.header("Vary", "Accept, Accept-Encoding");
    if (route.access() != RouteAccess.PUBLIC) {
      // answers for a signed-in caller are never kept by anyone
      ctx.header("Cache-Control", "no-store");
    } else {
      ctx.header("ETag", entry.etag());
      ctx.header("Cache-Control", "no-cache");
    }
    if (route.access() == RouteAccess.PUBLIC && entry.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    if (entry.gzip() != null && acceptsGzip(ctx.header("Accept-Encoding"))) {
      // compressed once when the answer was kept; the server's own compression sees the header
      // and leaves the body alone
      ctx.header("Content-Encoding", "gzip");
      ctx.result(entry.gzip());
    } else {
      ctx.result(entry.body());
    }
  }

  /** Whether an Accept-Encoding header takes gzip (not given with q=0). */
  static boolean acceptsGzip(String header) {
    if (header == null) {
      return false;
    }
    for (String part : header.split(",")) {
      String[] bits = part.split(";");
      String coding = bits[0].strip().toLowerCase(Locale.ROOT);
      if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
        for (int i = 1; i < bits.length; i++) {
          String b = bits[i].strip().replace(" ", "");
          if (b.matches("q=0(\\.0*)?")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  static Problem toProblem(Exception e) {
    if (e instanceof ApiException a) {
      return a.problem();
    }
    if (e instanceof AccessDenied d) {
      return Problem.of(
          d.reason() == AccessDenied.Reason.UNAUTHENTICATED
              ? Problem.Kind.UNAUTHORIZED
              : Problem.Kind.FORBIDDEN,
          d.getMessage());
    }
    if (e instanceof org.chokepoint.workspace.auth.Authenticator.LoginRefused r) {
      return Problem.of(
          r.retryAfter().isZero() ? Problem.Kind.UNAUTHORIZED : Problem.Kind.TOO_MANY_REQUESTS,
          r.getMessage());
    }
    if (e instanceof ImportException i) {
      return Problem.of(Problem.Kind.INVALID_CONTENT, i.getMessage());
    }
    if (e instanceof org.chokepoint.workspace.assessment.JointConflict) {
      return Problem.of(Problem.Kind.CONFLICT, e.getMessage());
    }
    if (e instanceof IllegalArgumentException) {
      return Problem.of(Problem.Kind.INVALID_REQUEST, e.getMessage());
    }
    if (e instanceof NoSuchElementException) {
      return Problem.of(Problem.Kind.NOT_FOUND, e.getMessage());
    }
    if (e instanceof HttpResponseException h) {
      for (Problem.Kind k : Problem.Kind.values()) {
        if (k.status == h.getStatus()) {
          return Problem.of(k, h.getMessage());
        }
      }
      return new Problem("about:blank", h.getMessage(), h.getStatus(), h.getMessage(), List.of());
    }
    if (e instanceof IllegalStateException && String.valueOf(e.getMessage()).contains("exceed")) {
      return Problem.of(Problem.Kind.PAYLOAD_TOO_LARGE, e.getMessage());
    }
    System.err.println("error: " + e);
    e.printStackTrace(System.err);
    return Problem.of(Problem.Kind.INTERNAL, "internal error; the server log has the details");
  }

  private static void problem(Context ctx, Problem p) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("type", p.type());
    o.put("title", p.title());
    o.put("status", p.status());
    o.put("detail", p.detail());
    o.put("instance", ctx.path());
    if (!p.errors().isEmpty()) {
      List<Map<String, Object>> errors = new ArrayList<>();
      for (Problem.Error err : p.errors()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("parameter", err.parameter());
        e.put("message", err.message());
        if (err.line() != null) {
          e.put("line", err.line());
          e.put("column", err.column());
        }
        errors.add(e);
      }
      o.put("errors", errors);
    }
    ctx.attribute(PROBLEM_WRITTEN, Boolean.TRUE);
    ctx.status(p.status());
    if (p.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"chokepoint\"");
    }
    ctx.res().setHeader("Content-Disposition", null);
    ctx.contentType(Problem.MEDIA_TYPE);
    ctx.result(Json.string(o).getBytes(StandardCharsets.UTF_8));
  }

  private static String ascii(String s) {
    return s.replaceAll("[^\\x20-\\x7E]", "?");
  }
}
