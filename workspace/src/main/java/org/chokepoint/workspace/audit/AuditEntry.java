package org.chokepoint.workspace.audit;

/**
 * One stored entry: its position in the log, the event, and its leaf hash.
 *
 * @param seq the sequence number, which is the leaf index (from 0)
 * @param event what happened
 * @param leafHash {@code SHA-256(0x00 || entry bytes)}
 */
public record AuditEntry(long seq, AuditEvent event, byte[] leafHash) {
  public AuditEntry {
    leafHash = leafHash.clone();
  }

  @Override
  public byte[] leafHash() {
    return leafHash.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuditEntry e
        && e.seq == seq
        && e.event.equals(event)
        && java.util.Arrays.equals(e.leafHash, leafHash);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(seq) * 31 + event.hashCode();
  }
}
