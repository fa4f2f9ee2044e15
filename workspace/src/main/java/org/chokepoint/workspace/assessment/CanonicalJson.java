package org.chokepoint.workspace.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON a published assessment's content hash covers: RFC 8785 (JSON Canonicalization
 * Scheme) for the values a snapshot holds, which are objects, arrays, strings, integers, booleans
 * and null (never fractions: parameters are kept as text):
 *
 * <ul>
 *   <li>no white space; object members sorted by their names compared as UTF-16 code units;
 *   <li>strings escape {@code "} and {@code \} with a backslash, U+0008, U+0009, U+000A, U+000C and
 *       U+000D as {@code \b \t \n \f \r}, every other code unit below U+0020 as {@code \}{@code
 *       u00xx} with lower-case hex; every other character is written as itself, in UTF-8;
 *   <li>integers in decimal without leading zeros or a plus sign.
 * </ul>
 *
 * <p>The content hash is {@code sha256:} followed by the lower-case hex SHA-256 of those UTF-8
 * bytes.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /** The canonical text of {@code value} (Map, List, String, Integer/Long, Boolean or null). */
  public static String write(Object value) {
    StringBuilder b = new StringBuilder(1024);
    write(b, value);
    return b.toString();
  }

  /** {@code sha256:} and the hex SHA-256 of the UTF-8 bytes of {@code canonical}. */
  public static String hash(String canonical) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(StringBuilder b, Object v) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof String s) {
      string(b, s);
    } else if (v instanceof Integer || v instanceof Long) {
      b.append(v);
    } else if (v instanceof Boolean x) {
      b.append(x ? "true" : "false");
    } else if (v instanceof Map<?, ?> m) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      m.forEach((k, x) -> sorted.put((String) k, x));
      b.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        if (!first) {
          b.append(',');
        }
        first = false;
        string(b, e.getKey());
        b.append(':');
        write(b, e.getValue());
      }
      b.append('}');
    } else if (v instanceof List<?> l) {
      b.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        write(b, l.get(i));
      }
      b.append(']');
    } else {
      throw new IllegalArgumentException("not a canonical JSON value: " + v.getClass());
    }
  }

  private static void string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\b' -> b.append("\\b");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\f' -> b.append("\\f");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else if (Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1)))
              && !(Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(s.charAt(i - 1)))) {
            throw new IllegalArgumentException("text holds an unpaired surrogate at index " + i);
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
