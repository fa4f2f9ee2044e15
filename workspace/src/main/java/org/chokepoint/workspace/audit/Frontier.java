package org.chokepoint.workspace.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The right edge of a tree: the hashes of the complete subtrees that the leaves so far decompose
 * into, largest (leftmost) first, one per set bit of the size. Enough to append leaves and compute
 * the root without the leaves themselves; the writer keeps it with every checkpoint.
 */
public final class Frontier {
  private final List<byte[]> subtrees;
  private long size;

  private Frontier(long size, List<byte[]> subtrees) {
    this.size = size;
    this.subtrees = subtrees;
  }

  public static Frontier empty() {
    return new Frontier(0, new ArrayList<>());
  }

  /**
   * The frontier of a tree of {@code size} leaves from its serialized form ({@link #bytes}): the
   * concatenated subtree hashes.
   */
  public static Frontier of(long size, byte[] bytes) {
    if (bytes.length != Long.bitCount(size) * Merkle.HASH_BYTES) {
      throw new IllegalArgumentException(
          "a frontier of "
              + size
              + " leaves has "
              + Long.bitCount(size) * Merkle.HASH_BYTES
              + " bytes, not "
              + bytes.length);
    }
    List<byte[]> list = new ArrayList<>();
    for (int at = 0; at < bytes.length; at += Merkle.HASH_BYTES) {
      list.add(Arrays.copyOfRange(bytes, at, at + Merkle.HASH_BYTES));
    }
    return new Frontier(size, list);
  }

  /** An independent copy. */
  public Frontier copy() {
    return new Frontier(size, new ArrayList<>(subtrees));
  }

  public long size() {
    return size;
  }

  /** Adds the next leaf by its leaf hash. */
  public void append(byte[] leafHash) {
    byte[] h = leafHash;
    for (long m = size; (m & 1) == 1; m >>= 1) {
      h = Merkle.nodeHash(subtrees.remove(subtrees.size() - 1), h);
    }
    subtrees.add(h);
    size++;
  }

  /** The tree hash of all the leaves so far. */
  public byte[] root() {
    if (subtrees.isEmpty()) {
      return Merkle.emptyRoot();
    }
    byte[] r = subtrees.get(subtrees.size() - 1);
    for (int i = subtrees.size() - 2; i >= 0; i--) {
      r = Merkle.nodeHash(subtrees.get(i), r);
    }
    return r;
  }

  /** The serialized form: the subtree hashes concatenated, largest first. */
  public byte[] bytes() {
    byte[] out = new byte[subtrees.size() * Merkle.HASH_BYTES];
    for (int i = 0; i < subtrees.size(); i++) {
      System.arraycopy(subtrees.get(i), 0, out, i * Merkle.HASH_BYTES, Merkle.HASH_BYTES);
    }
    return out;
  }
}
