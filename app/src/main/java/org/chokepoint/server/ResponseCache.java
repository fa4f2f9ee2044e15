package org.chokepoint.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Answers already computed, for GET requests: keyed by route, parameters, format and the catalog's
 * current versions, so an import (even by another process) makes older answers unreachable. The
 * least recently used answer goes first when the cache is full.
 */
final class ResponseCache {
  /**
   * One answer as sent: its bytes, and the same gzipped once (null when too small to gain), with an
   * entity tag made from its content.
   */
  record Entry(
      byte[] body,
      byte[] gzip,
      String etag,
      String contentType,
      String disposition,
      List<String> sources) {
    /** Answers smaller than this go out as they are: gzip would gain less than a packet. */
    static final int GZIP_MIN_BYTES = 1024;

    static Entry of(String text, String contentType, String disposition, List<String> sources) {
      return of(text.getBytes(StandardCharsets.UTF_8), contentType, disposition, sources);
    }

    static Entry of(byte[] body, String contentType, String disposition, List<String> sources) {
      byte[] gzip = body.length >= GZIP_MIN_BYTES ? gzip(body) : null;
      return new Entry(body, gzip, etag(body), contentType, disposition, List.copyOf(sources));
    }

    private static byte[] gzip(byte[] body) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
      try (GZIPOutputStream z =
          new GZIPOutputStream(out, 8192) {
            {
              def.setLevel(Deflater.BEST_COMPRESSION);
            }
          }) {
        z.write(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }

    private static String etag(byte[] body) {
      try {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
        return "\"" + HexFormat.of().formatHex(d, 0, 16) + "\"";
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private final int capacity;
  private final Map<String, Entry> entries;
  private final ConcurrentHashMap<String, CompletableFuture<Entry>> running =
      new ConcurrentHashMap<>();

  ResponseCache(int capacity) {
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true);
  }

  static String key(
      Route route, Map<String, List<String>> query, boolean csv, String catalogVersions) {
    return route.method()
        + " "
        + route.path()
        + "?"
        + new TreeMap<>(query)
        + "|"
        + (csv ? "csv" : "json")
        + "|"
        + catalogVersions;
  }

  synchronized Entry get(String key) {
    return entries.get(key);
  }

  synchronized void put(String key, Entry entry) {
    entries.put(key, entry);
    if (entries.size() > capacity) {
      entries.remove(entries.keySet().iterator().next());
    }
  }

  /** The kept answer for {@code key}, else computes it once however many ask at the same time. */
  Entry get(String key, Supplier<Entry> compute) {
    Entry kept = get(key);
    if (kept != null) {
      return kept;
    }
    CompletableFuture<Entry> mine = new CompletableFuture<>();
    CompletableFuture<Entry> other = running.putIfAbsent(key, mine);
    if (other != null) {
      try {
        return other.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw e;
      }
    }
    try {
      Entry computed = compute.get();
      put(key, computed);
      mine.complete(computed);
      return computed;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      running.remove(key, mine);
    }
  }
}
