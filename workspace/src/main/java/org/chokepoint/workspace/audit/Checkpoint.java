package org.chokepoint.workspace.audit;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Objects;

/**
 * A signed statement of the log's state: its size, its root hash and when. What is signed is the
 * UTF-8 text of {@link #signedText}:
 *
 * <pre>
 * chokepoint audit log v1
 * SIZE
 * ROOT (base64 of the 32-byte root hash)
 * TIME (UTC, yyyy-MM-ddTHH:mm:ss.ffffffZ)
 * </pre>
 *
 * each line ending in a line feed, with Ed25519 (RFC 8032) by the key whose id is {@code keyId}.
 *
 * @param size the number of entries the checkpoint covers
 * @param root the RFC 9162 tree hash of those entries
 * @param time when it was made, in microseconds
 * @param keyId the first 8 bytes, in hex, of SHA-256 of the signing key's X.509 encoding
 * @param signature the 64-byte Ed25519 signature of {@link #signedText}
 */
public record Checkpoint(long size, byte[] root, Instant time, String keyId, byte[] signature) {
  /** The first line of the signed text, naming the format. */
  public static final String ORIGIN = "chokepoint audit log v1";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  public Checkpoint {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(signature, "signature");
    root = root.clone();
    signature = signature.clone();
  }

  /** Signs a new checkpoint. */
  public static Checkpoint sign(long size, byte[] root, Instant time, AuditKeys keys) {
    Instant t = EntryCodec.logTime(time);
    return new Checkpoint(size, root, t, keys.keyId(), keys.sign(signedText(size, root, t)));
  }

  /** The bytes the signature covers. */
  public static byte[] signedText(long size, byte[] root, Instant time) {
    return (ORIGIN
            + "\n"
            + size
            + "\n"
            + Base64.getEncoder().encodeToString(root)
            + "\n"
            + TIME.format(time)
            + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  public byte[] signedText() {
    return signedText(size, root, time);
  }

  /** The time as written in the signed text. */
  public String timeText() {
    return TIME.format(time);
  }

  /** A time as the log writes it: UTC, six fraction digits. */
  public static String signedTimeText(Instant t) {
    return TIME.format(EntryCodec.logTime(t));
  }

  /** Whether the signature is {@code key}'s over this checkpoint's text. */
  public boolean signatureValid(PublicKey key) {
    return AuditKeys.keyId(key).equals(keyId) && AuditKeys.verify(key, signedText(), signature);
  }

  @Override
  public byte[] root() {
    return root.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Checkpoint c
        && c.size == size
        && java.util.Arrays.equals(c.root, root)
        && c.time.equals(time)
        && c.keyId.equals(keyId)
        && java.util.Arrays.equals(c.signature, signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(size, java.util.Arrays.hashCode(root), time, keyId);
  }

  @Override
  public String toString() {
    return "Checkpoint[size=" + size + ", time=" + timeText() + ", key=" + keyId + "]";
  }
}
