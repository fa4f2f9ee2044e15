package org.chokepoint.workspace.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0), section 2.1, with SHA-256: leaf hash
 * {@code SHA-256(0x00 || entry)}, interior node {@code SHA-256(0x01 || left || right)}, the tree
 * hash of {@code n} leaves split at the largest power of two smaller than {@code n} (section
 * 2.1.1), inclusion proofs (2.1.3) and consistency proofs (2.1.4) with their verification
 * algorithms (2.1.3.2, 2.1.4.2).
 *
 * <p>Proofs are produced from any {@link RangeHasher}: a source of the tree hash of a range of
 * leaves. {@link TreeHashes} answers in logarithmic time; {@link #naive} recomputes from the leaf
 * hashes and is the reference the tests compare with.
 */
public final class Merkle {
  /** The length of a SHA-256 hash in bytes. */
  public static final int HASH_BYTES = 32;

  private Merkle() {}

  /** The tree hash {@code MTH(D[from:to])} of leaves {@code from} (inclusive) to {@code to}. */
  @FunctionalInterface
  public interface RangeHasher {
    byte[] hash(long from, long to);
  }

  /** {@code SHA-256(0x00 || entry)}. */
  public static byte[] leafHash(byte[] entry) {
    MessageDigest d = sha256();
    d.update((byte) 0);
    d.update(entry);
    return d.digest();
  }

  /** {@code SHA-256(0x01 || left || right)}. */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest d = sha256();
    d.update((byte) 1);
    d.update(left);
    d.update(right);
    return d.digest();
  }

  /** The hash of the empty tree, {@code SHA-256()} of no bytes (RFC 9162 section 2.1.1). */
  public static byte[] emptyRoot() {
    return sha256().digest();
  }

  /** The largest power of two strictly smaller than {@code n} (n &gt; 1). */
  static long splitPoint(long n) {
    if (n < 2) {
      throw new IllegalArgumentException("no split point for " + n + " leaves");
    }
    return Long.highestOneBit(n - 1);
  }

  /**
   * The reference tree hash: section 2.1.1's recursion, straight over a list of leaf hashes. Used
   * by the tests to check every faster path.
   */
  public static RangeHasher naive(List<byte[]> leafHashes) {
    return new RangeHasher() {
      @Override
      public byte[] hash(long from, long to) {
        long n = to - from;
        if (n == 0) {
          return emptyRoot();
        }
        if (n == 1) {
          return leafHashes.get((int) from).clone();
        }
        long k = splitPoint(n);
        return nodeHash(hash(from, from + k), hash(from + k, to));
      }
    };
  }

  /**
   * The audit path {@code PATH(m, D[n])} of leaf {@code index} in the tree of the first {@code
   * size} leaves (section 2.1.3.1), nearest the leaf first.
   */
  public static List<byte[]> inclusionProof(long index, long size, RangeHasher tree) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException(
          "entry " + index + " is not in a tree of " + size + " entries");
    }
    List<byte[]> path = new ArrayList<>();
    path(index, 0, size, tree, path);
    return path;
  }

  private static void path(long m, long from, long to, RangeHasher tree, List<byte[]> out) {
    long n = to - from;
    if (n <= 1) {
      return;
    }
    long k = splitPoint(n);
    if (m < k) {
      path(m, from, from + k, tree, out);
      out.add(tree.hash(from + k, to));
    } else {
      path(m - k, from + k, to, tree, out);
      out.add(tree.hash(from, from + k));
    }
  }

  /**
   * The consistency proof {@code PROOF(m, D[n])} between the tree of the first {@code m} leaves and
   * that of the first {@code n} (section 2.1.4.1). Empty when {@code m == n} or {@code m == 0}.
   */
  public static List<byte[]> consistencyProof(long m, long n, RangeHasher tree) {
    if (m < 0 || m > n) {
      throw new IllegalArgumentException(
          "no consistency proof from size " + m + " to size " + n + " (0 <= m <= n)");
    }
    List<byte[]> proof = new ArrayList<>();
    if (m > 0) {
      subproof(m, 0, n, true, tree, proof);
    }
    return proof;
  }

  private static void subproof(
      long m, long from, long to, boolean b, RangeHasher tree, List<byte[]> out) {
    long n = to - from;
    if (m == n) {
      if (!b) {
        out.add(tree.hash(from, to));
      }
      return;
    }
    long k = splitPoint(n);
    if (m <= k) {
      subproof(m, from, from + k, b, tree, out);
      out.add(tree.hash(from + k, to));
    } else {
      subproof(m - k, from + k, to, false, tree, out);
      out.add(tree.hash(from, from + k));
    }
  }

  /**
   * Section 2.1.3.2: whether {@code path} proves that the leaf with hash {@code leafHash} is entry
   * {@code index} of the tree of {@code size} leaves with root {@code root}.
   */
  public static boolean verifyInclusion(
      long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
    if (index < 0 || index >= size || !isHash(leafHash) || !isHash(root)) {
      return false;
    }
    long fn = index;
    long sn = size - 1;
    byte[] r = leafHash;
    for (byte[] p : path) {
      if (!isHash(p) || sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = nodeHash(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(r, root);
  }

  /**
   * Section 2.1.4.2: whether {@code proof} shows that the tree of {@code second} leaves with root
   * {@code secondRoot} extends the tree of {@code first} leaves with root {@code firstRoot}. For
   * equal sizes the proof must be empty and the roots equal; every tree extends the empty one.
   */
  public static boolean verifyConsistency(
      long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
    if (first < 0 || first > second || !isHash(firstRoot) || !isHash(secondRoot)) {
      return false;
    }
    if (first == second) {
      return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
    }
    if (first == 0) {
      return proof.isEmpty();
    }
    if (proof.isEmpty()) {
      return false;
    }
    List<byte[]> path = new ArrayList<>(proof);
    if (Long.bitCount(first) == 1) {
      path.add(0, firstRoot);
    }
    long fn = first - 1;
    long sn = second - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = path.get(0);
    byte[] sr = path.get(0);
    if (!isHash(fr)) {
      return false;
    }
    for (byte[] c : path.subList(1, path.size())) {
      if (!isHash(c) || sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = nodeHash(c, fr);
        sr = nodeHash(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = nodeHash(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot) && sn == 0;
  }

  private static boolean isHash(byte[] h) {
    return h != null && h.length == HASH_BYTES;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** A copy of {@code hashes} with no aliasing, for records that hand out proof paths. */
  static List<byte[]> copy(List<byte[]> hashes) {
    return hashes.stream().map(h -> Arrays.copyOf(h, h.length)).toList();
  }
}
