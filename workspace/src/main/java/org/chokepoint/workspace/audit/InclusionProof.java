package org.chokepoint.workspace.audit;

import java.util.List;

/**
 * That entry {@code seq} is in the tree of the first {@code size} entries: the audit path of RFC
 * 9162 section 2.1.3, checked with {@link Merkle#verifyInclusion}.
 *
 * @param entry the entry the proof is for
 * @param size the tree size
 * @param root the tree hash of the first {@code size} entries
 * @param path the audit path, nearest the leaf first
 * @param checkpoint the signed checkpoint of that size, or null when the size has none
 */
public record InclusionProof(
    AuditEntry entry, long size, byte[] root, List<byte[]> path, Checkpoint checkpoint) {
  public InclusionProof {
    root = root.clone();
    path = Merkle.copy(path);
  }

  @Override
  public byte[] root() {
    return root.clone();
  }

  @Override
  public List<byte[]> path() {
    return Merkle.copy(path);
  }

  /** Whether the path leads from the entry's leaf hash to the root. */
  public boolean verifies() {
    return Merkle.verifyInclusion(entry.seq(), size, entry.leafHash(), path, root);
  }
}
