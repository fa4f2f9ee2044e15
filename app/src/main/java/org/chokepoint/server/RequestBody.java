package org.chokepoint.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request's body as a route takes it: JSON, raw text (CSV, YAML), the {@code file} field of a
 * multipart form, or every part of a multipart form, within the route's size limit and media types.
 *
 * @param bytes the body, or the uploaded file (empty for a form of several parts)
 * @param name the uploaded file's name, made safe
 * @param parts the files and fields of a form of several parts, by field name
 */
record RequestBody(byte[] bytes, String name, Map<String, Request.Part> parts) {

  /** The request body: raw text/csv, or the {@code file} field of a multipart form. */
  static RequestBody read(Route route, Context ctx) {
    long max = route.body().maxBytes();
    long declared = ctx.contentLength();
    if (declared > max + (64 << 10)) {
      throw tooLarge(route);
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    byte[] bytes;
    String name = "upload.csv";
    if (route.body().json()) {
      if (!type.startsWith("application/json")) {
        throw ApiException.of(
            Problem.Kind.UNSUPPORTED_MEDIA_TYPE,
            "send application/json, not "
                + (type.isEmpty() ? "no Content-Type" : Request.clip(type)));
      }
      bytes = ctx.bodyAsBytes();
    } else if (type.startsWith("multipart/form-data")
        && route.body().mediaType().equals(Request.MULTIPART)) {
      return multipart(route, ctx, max);
    } else if (type.startsWith("multipart/form-data")) {
      UploadedFile f = ctx.uploadedFile("file");
      if (f == null) {
        throw new ApiException(
            Problem.of(
                Problem.Kind.INVALID_REQUEST,
                "the form has no file field named \"file\"",
                List.of(new Problem.Error("file", "required"))));
      }
      if (f.size() > max) {
        throw tooLarge(route);
      }
      try (InputStream in = f.content()) {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      name = safeName(f.filename());
    } else if (type.isEmpty()
        || type.startsWith("text/csv")
        || type.startsWith("text/plain")
        || type.startsWith("application/octet-stream")
        || accepts(route, type)) {
      bytes = ctx.bodyAsBytes();
    } else {
      throw ApiException.of(
          Problem.Kind.UNSUPPORTED_MEDIA_TYPE,
          "send "
              + route.body().mediaType()
              + " (or multipart/form-data with field \"file\"), not "
              + Request.clip(type));
    }
    if (bytes.length > max) {
      throw tooLarge(route);
    }
    return new RequestBody(bytes, name, Map.of());
  }

  /**
   * Every file and field of a multipart form, for routes whose body is a form of several parts (a
   * contribution's nodes and links files); the files together stay within the route's limit.
   */
  private static RequestBody multipart(Route route, Context ctx, long max) {
    Map<String, Request.Part> parts = new LinkedHashMap<>();
    long total = 0;
    for (Map.Entry<String, List<UploadedFile>> e : ctx.uploadedFileMap().entrySet()) {
      UploadedFile f = e.getValue().get(0);
      total += f.size();
      if (total > max) {
        throw tooLarge(route);
      }
      try (InputStream in = f.content()) {
        parts.put(e.getKey(), new Request.Part(safeName(f.filename()), in.readAllBytes()));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    for (Map.Entry<String, List<String>> e : ctx.formParamMap().entrySet()) {
      if (!e.getValue().isEmpty()) {
        parts.putIfAbsent(
            e.getKey(),
            new Request.Part(null, e.getValue().get(0).getBytes(StandardCharsets.UTF_8)));
      }
    }
    return new RequestBody(new byte[0], "form", parts);
  }

  /** Whether the route's body media types (comma-separated) include {@code type}. */
  private static boolean accepts(Route route, String type) {
    String base = type.split(";")[0].strip();
    for (String t : route.body().mediaType().split(",")) {
      if (!base.isEmpty() && t.strip().equals(base)) {
        return true;
      }
    }
    return false;
  }

  private static ApiException tooLarge(Route route) {
    return ApiException.of(
        Problem.Kind.PAYLOAD_TOO_LARGE,
        "the body is larger than "
            + route.body().maxBytes()
            + " bytes, the limit of this endpoint");
  }

  /** A file name safe to create in a temporary directory and to show back. */
  static String safeName(String name) {
    if (name == null) {
      return "upload.csv";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    if (base.isEmpty() || base.startsWith(".")) {
      base = "upload" + base;
    }
    return base.length() > 100 ? base.substring(0, 100) : base;
  }
}
