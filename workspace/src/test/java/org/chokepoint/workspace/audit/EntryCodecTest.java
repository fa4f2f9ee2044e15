package org.chokepoint.workspace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class EntryCodecTest {
  private static final AuditEvent LOGIN =
      new AuditEvent(
          Instant.parse("2026-11-27T01:02:03.123456789Z"),
          "user:17",
          "auth.login",
          "",
          "ok",
          "org:3");

  @Test
  void theCanonicalFormWrittenOutByHand() {
    String expected =
        "{\"v\":1,\"seq\":42,\"time\":\"2026-11-27T01:02:03.123456Z\",\"actor\":\"user:17\","
            + "\"action\":\"auth.login\",\"object\":\"\",\"outcome\":\"ok\",\"detail\":\"org:3\"}";
    assertThat(new String(EntryCodec.encode(42, LOGIN), StandardCharsets.UTF_8))
        .isEqualTo(expected);
  }

  @Test
  void hostileStringsAreEscapedOneWayOnly() {
    AuditEvent e =
        new AuditEvent(
            Instant.parse("2026-01-01T00:00:00Z"),
            "a\"b\\c",
            "x\ny\u0000",
            "東京",
            "ok",
            "lone \ud800 surrogate, pair \ud83d\ude00");
    String s = new String(EntryCodec.encode(0, e), StandardCharsets.UTF_8);
    assertThat(s)
        .contains("\"actor\":\"a\\\"b\\\\c\"")
        .contains("\"action\":\"x\\u000ay\\u0000\"")
        .contains("\"object\":\"東京\"")
        .contains("lone \\ud800 surrogate, pair \ud83d\ude00")
        .contains("\"time\":\"2026-01-01T00:00:00.000000Z\"");
    assertThat(EntryCodec.decode(EntryCodec.encode(0, e)).event()).isEqualTo(e);
  }

  @Test
  void bytesThatAreNotExactlyCanonicalAreRefused() {
    String good = new String(EntryCodec.encode(7, LOGIN), StandardCharsets.UTF_8);
    for (String bad :
        new String[] {
          good.replace(",\"actor\"", ", \"actor\""),
          good.replace("\"seq\":7", "\"seq\":07"),
          good.replace("org:3", "org:\\u0033"),
          good.replace(".123456Z", ".123Z"),
          good + " ",
          good.substring(0, good.length() - 1),
          good.replace("\"v\":1", "\"v\":2")
        }) {
      assertThatThrownBy(() -> EntryCodec.decode(bad.getBytes(StandardCharsets.UTF_8)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void anEntryLargerThanTheLimitIsRefusedNamingTheAction() {
    AuditEvent big = new AuditEvent(LOGIN.time(), "u", "object.read", "", "ok", "x".repeat(70_000));
    assertThatThrownBy(() -> EntryCodec.encode(0, big))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("object.read")
        .hasMessageContaining("65536");
  }

  @Property(tries = 300)
  void everyEventComesBackAsWritten(
      @ForAll String actor,
      @ForAll String action,
      @ForAll String object,
      @ForAll String detail,
      @ForAll @LongRange(min = 0, max = 253_402_300_799L) long seconds,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seq) {
    AuditEvent e =
        new AuditEvent(
            Instant.ofEpochSecond(seconds, 123_456_000), actor, action, object, "deny", detail);
    EntryCodec.Decoded d = EntryCodec.decode(EntryCodec.encode(seq, e));
    assertThat(d.seq()).isEqualTo(seq);
    assertThat(d.event()).isEqualTo(e);
  }
}
