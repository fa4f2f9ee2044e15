package org.chokepoint.workspace.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every leaf hash of a tree and the hash of every complete, aligned subtree above them, kept in
 * memory (64 bytes per leaf in all), so that the tree hash of any prefix and every proof take
 * logarithmic time. Verification and proof building load the stored leaf hashes into one of these.
 */
public final class TreeHashes implements Merkle.RangeHasher {
  /** Level {@code l} holds the hashes of subtrees of {@code 2^l} leaves, left to right. */
  private final List<byte[]> levels = new ArrayList<>();

  private final List<Integer> counts = new ArrayList<>();
  private long size;

  /** The number of leaves. */
  public long size() {
    return size;
  }

  /** Adds the next leaf by its leaf hash. */
  public void append(byte[] leafHash) {
    if (leafHash.length != Merkle.HASH_BYTES) {
      throw new IllegalArgumentException("a leaf hash has 32 bytes, not " + leafHash.length);
    }
    if (size >= Integer.MAX_VALUE / Merkle.HASH_BYTES) {
      throw new IllegalStateException("more leaves than one verification holds in memory");
    }
    put(0, leafHash);
    byte[] h = leafHash;
    long index = size;
    int level = 0;
    while ((index & 1) == 1) {
      h = Merkle.nodeHash(node(level, index - 1), h);
      index >>= 1;
      level++;
      put(level, h);
    }
    size++;
  }

  /** The leaf hash of entry {@code index}. */
  public byte[] leaf(long index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("no leaf " + index + " in a tree of " + size);
    }
    return node(0, index);
  }

  /** The tree hash of the first {@code n} leaves. */
  public byte[] root(long n) {
    return hash(0, n);
  }

  @Override
  public byte[] hash(long from, long to) {
    if (from < 0 || to > size || from > to) {
      throw new IndexOutOfBoundsException(
          "no range " + from + ".." + to + " in a tree of " + size + " leaves");
    }
    long n = to - from;
    if (n == 0) {
      return Merkle.emptyRoot();
    }
    if (Long.bitCount(n) == 1 && from % n == 0) {
      return node(Long.numberOfTrailingZeros(n), from / n);
    }
    long k = Merkle.splitPoint(n);
    return Merkle.nodeHash(hash(from, from + k), hash(from + k, to));
  }

  private byte[] node(int level, long index) {
    byte[] a = levels.get(level);
    int at = (int) index * Merkle.HASH_BYTES;
    return Arrays.copyOfRange(a, at, at + Merkle.HASH_BYTES);
  }

  private void put(int level, byte[] h) {
    if (levels.size() == level) {
      levels.add(new byte[Merkle.HASH_BYTES * 16]);
      counts.add(0);
    }
    byte[] a = levels.get(level);
    int count = counts.get(level);
    int at = count * Merkle.HASH_BYTES;
    if (at + Merkle.HASH_BYTES > a.length) {
      a = Arrays.copyOf(a, (int) Math.min(Integer.MAX_VALUE - 8, 2L * a.length));
      levels.set(level, a);
    }
    System.arraycopy(h, 0, a, at, Merkle.HASH_BYTES);
    counts.set(level, count + 1);
  }
}
