package org.chokepoint.workspace.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The canonical bytes of a log entry, which are what the leaf hash covers
 * (docs/methods/audit-log.md gives the same rules to re-implement them):
 *
 * <pre>{"v":1,"seq":S,"time":"T","actor":"A","action":"C","object":"O","outcome":"R","detail":"D"}
 * </pre>
 *
 * <ul>
 *   <li>UTF-8 JSON, no white space, the keys exactly in this order;
 *   <li>{@code S} the entry's sequence number (its leaf index) in decimal without leading zeros, so
 *       that an entry moved to another position no longer matches;
 *   <li>{@code T} the time in UTC as {@code yyyy-MM-ddTHH:mm:ss.ffffffZ}, always six fraction
 *       digits (PostgreSQL's precision; finer times are truncated when recorded);
 *   <li>strings escape {@code "} as {@code \"}, {@code \} as {@code \\}, and every code unit below
 *       U+0020 and every unpaired surrogate as {@code \}{@code u} with four lower-case hex digits;
 *       every other character is its UTF-8 bytes.
 * </ul>
 *
 * <p>{@link #decode} accepts exactly the bytes {@link #encode} makes and nothing else.
 */
public final class EntryCodec {
  /** The largest entry accepted, in bytes. */
  public static final int MAX_BYTES = 65_536;

  /** The version in {@code "v"}. */
  public static final int VERSION = 1;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private static final String[] KEYS = {"time", "actor", "action", "object", "outcome", "detail"};

  private EntryCodec() {}

  /** An entry read back: its sequence number and event. */
  public record Decoded(long seq, AuditEvent event) {}

  /** The event's time as the log keeps it: truncated to microseconds. */
  public static Instant logTime(Instant t) {
    return t.truncatedTo(ChronoUnit.MICROS);
  }

  /** The canonical bytes of {@code event} as entry {@code seq}. */
  public static byte[] encode(long seq, AuditEvent e) {
    if (seq < 0) {
      throw new IllegalArgumentException("a sequence number is not negative: " + seq);
    }
    StringBuilder b = new StringBuilder(128 + e.detail().length());
    b.append("{\"v\":").append(VERSION).append(",\"seq\":").append(seq);
    String[] values = {
      TIME.format(logTime(e.time())), e.actor(), e.action(), e.object(), e.outcome(), e.detail()
    };
    for (int i = 0; i < KEYS.length; i++) {
      b.append(",\"").append(KEYS[i]).append("\":");
      string(b, values[i]);
    }
    b.append('}');
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "an audit entry is at most "
              + MAX_BYTES
              + " bytes; this one ("
              + e.action()
              + ") has "
              + bytes.length);
    }
    return bytes;
  }

  private static void string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        b.append("\\\"");
      } else if (c == '\\') {
        b.append("\\\\");
      } else if (c < 0x20) {
        unicodeEscape(b, c);
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          b.append(c).append(s.charAt(++i));
        } else {
          unicodeEscape(b, c);
        }
      } else if (Character.isLowSurrogate(c)) {
        unicodeEscape(b, c);
      } else {
        b.append(c);
      }
    }
    b.append('"');
  }

  private static void unicodeEscape(StringBuilder b, char c) {
    b.append(String.format("\\u%04x", (int) c));
  }

  /**
   * Reads an entry back.
   *
   * @throws IllegalArgumentException when the bytes are not exactly the canonical form of an entry,
   *     naming the first thing that is wrong
   */
  public static Decoded decode(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    Reader r = new Reader(s);
    r.expect("{\"v\":" + VERSION + ",\"seq\":");
    long seq = r.number();
    String[] values = new String[KEYS.length];
    for (int i = 0; i < KEYS.length; i++) {
      r.expect(",\"" + KEYS[i] + "\":");
      values[i] = r.string();
    }
    r.expect("}");
    if (r.at != s.length()) {
      throw new IllegalArgumentException("bytes after the end of the entry at offset " + r.at);
    }
    Instant time;
    try {
      time = Instant.from(TIME.parse(values[0]));
    } catch (DateTimeParseException ex) {
      throw new IllegalArgumentException("the time '" + values[0] + "' is not in the log's form");
    }
    AuditEvent event = new AuditEvent(time, values[1], values[2], values[3], values[4], values[5]);
    byte[] again = encode(seq, event);
    if (!java.util.Arrays.equals(again, bytes)) {
      throw new IllegalArgumentException("the entry is not in canonical form");
    }
    return new Decoded(seq, event);
  }

  private static final class Reader {
    private final String s;
    private int at;

    Reader(String s) {
      this.s = s;
    }

    void expect(String token) {
      if (!s.startsWith(token, at)) {
        throw new IllegalArgumentException("expected " + token + " at offset " + at);
      }
      at += token.length();
    }

    long number() {
      int start = at;
      while (at < s.length() && Character.isDigit(s.charAt(at)) && at - start < 19) {
        at++;
      }
      if (at == start) {
        throw new IllegalArgumentException("expected a sequence number at offset " + start);
      }
      return Long.parseLong(s.substring(start, at));
    }

    String string() {
      expect("\"");
      StringBuilder b = new StringBuilder();
      while (true) {
        if (at >= s.length()) {
          throw new IllegalArgumentException("a string is not closed");
        }
        char c = s.charAt(at++);
        if (c == '"') {
          return b.toString();
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        if (at >= s.length()) {
          throw new IllegalArgumentException("an escape is cut off at the end");
        }
        char e = s.charAt(at++);
        switch (e) {
          case '"', '\\' -> b.append(e);
          case 'u' -> {
            if (at + 4 > s.length()) {
              throw new IllegalArgumentException("a \\u escape is cut off at offset " + at);
            }
            try {
              b.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
            } catch (NumberFormatException ex) {
              throw new IllegalArgumentException("a bad \\u escape at offset " + at);
            }
            at += 4;
          }
          default ->
              throw new IllegalArgumentException("an escape \\" + e + " at offset " + (at - 1));
        }
      }
    }
  }
}
