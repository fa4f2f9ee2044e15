package org.chokepoint.workspace.audit;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one outside form of entries, checkpoints and proofs, shared by the command line and the REST
 * API: maps with fixed key order that serialise as JSON, hashes in lower-case hex, signatures in
 * base64.
 */
public final class AuditViews {
  /** The columns of an entry listing (CSV), in order. */
  public static final List<String> ENTRY_COLUMNS =
      List.of("seq", "time", "actor", "action", "object", "outcome", "detail", "leaf_hash");

  private static final HexFormat HEX = HexFormat.of();

  private AuditViews() {}

  /** One entry's cells in {@link #ENTRY_COLUMNS} order. */
  public static List<String> cells(AuditEntry e) {
    AuditEvent v = e.event();
    return List.of(
        Long.toString(e.seq()),
        Checkpoint.signedTimeText(v.time()),
        v.actor(),
        v.action(),
        v.object(),
        v.outcome(),
        v.detail(),
        HEX.formatHex(e.leafHash()));
  }

  public static Map<String, Object> entry(AuditEntry e) {
    Map<String, Object> o = new LinkedHashMap<>();
    List<String> cells = cells(e);
    o.put("seq", e.seq());
    for (int i = 1; i < ENTRY_COLUMNS.size(); i++) {
      o.put(ENTRY_COLUMNS.get(i), cells.get(i));
    }
    return o;
  }

  public static Map<String, Object> entries(List<AuditEntry> list, long size) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("tree_size", size);
    o.put("entries", list.stream().map(AuditViews::entry).toList());
    return o;
  }

  public static Map<String, Object> checkpoint(Checkpoint c, PublicKey key) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("tree_size", c.size());
    o.put("root_hash", HEX.formatHex(c.root()));
    o.put("time", c.timeText());
    o.put("key_id", c.keyId());
    o.put("signature", Base64.getEncoder().encodeToString(c.signature()));
    o.put("signed_text", new String(c.signedText(), StandardCharsets.UTF_8));
    o.put("signature_algorithm", "Ed25519 (RFC 8032) over signed_text in UTF-8");
    if (key != null) {
      o.put("public_key", AuditKeys.pem(key));
      o.put("signature_valid", c.signatureValid(key));
    }
    return o;
  }

  public static Map<String, Object> proof(InclusionProof p, PublicKey key) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("entry", entry(p.entry()));
    o.put("leaf_index", p.entry().seq());
    o.put("tree_size", p.size());
    o.put("leaf_hash", HEX.formatHex(p.entry().leafHash()));
    o.put("root_hash", HEX.formatHex(p.root()));
    o.put("inclusion_path", p.path().stream().map(HEX::formatHex).toList());
    o.put("verified", p.verifies());
    o.put(
        "algorithm",
        "RFC 9162 section 2.1.3 with SHA-256: leaf hash SHA-256(0x00 || entry),"
            + " node SHA-256(0x01 || left || right)");
    o.put("checkpoint", p.checkpoint() == null ? null : checkpoint(p.checkpoint(), key));
    return o;
  }

  /**
   * A checkpoint read back from the fields {@link #checkpoint} writes ({@code tree_size}, {@code
   * root_hash}, {@code time}, {@code key_id}, {@code signature}).
   *
   * @throws IllegalArgumentException naming the field that is missing or malformed
   */
  public static Checkpoint checkpointFrom(Map<String, ?> fields) {
    String field = "tree_size";
    try {
      long size = Long.parseLong(String.valueOf(fields.get(field)));
      field = "root_hash";
      byte[] root = HEX.parseHex(String.valueOf(fields.get(field)));
      field = "time";
      java.time.Instant time = java.time.Instant.parse(String.valueOf(fields.get(field)));
      field = "key_id";
      Object keyId = fields.get(field);
      if (keyId == null) {
        throw new IllegalArgumentException("missing");
      }
      field = "signature";
      byte[] signature = Base64.getDecoder().decode(String.valueOf(fields.get(field)));
      return new Checkpoint(size, root, time, keyId.toString(), signature);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "field " + field + " of the checkpoint is missing or malformed: " + e.getMessage(), e);
    }
  }

  /** Lower-case hex of a hash. */
  public static String hex(byte[] hash) {
    return HEX.formatHex(hash);
  }
}
