package org.chokepoint.data.network;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Numbers distinct byte strings 0, 1, 2… in order of addition, and finds them again straight from a
 * slice of a read buffer, without making a String per lookup: the links file names each node twice
 * per line, five million lines. Open addressing with linear probing over a power-of-two table; the
 * keys are kept one after the other in one byte array.
 */
final class ByteIndex {
  private byte[] keys = new byte[1 << 16];
  private int[] keyStart = new int[1025];
  private int[] hashes = new int[1024];
  // hash in the high half, index + 1 in the low half (0 when empty): a probe reads one array
  private long[] slots = new long[2048];
  private int size;
  private int used;

  int size() {
    return size;
  }

  /** The index of the key in {@code b[off, off+len)}, or -1. */
  int find(byte[] b, int off, int len) {
    int h = hash(b, off, len);
    int mask = slots.length - 1;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      long slot = slots[s];
      if (slot == 0) {
        return -1;
      }
      int i = (int) slot - 1;
      if ((int) (slot >>> 32) == h && equal(i, b, off, len)) {
        return i;
      }
    }
  }

  /**
   * Adds the key unless present; returns its index, or {@code -(index + 1)} when it was present.
   */
  int add(byte[] b, int off, int len) {
    int existing = find(b, off, len);
    if (existing >= 0) {
      return -(existing + 1);
    }
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, size * 2);
      keyStart = Arrays.copyOf(keyStart, size * 2 + 1);
    }
    if (used + len > keys.length) {
      keys = Arrays.copyOf(keys, Math.max(keys.length * 2, used + len));
    }
    System.arraycopy(b, off, keys, used, len);
    used += len;
    int i = size++;
    keyStart[size] = used;
    hashes[i] = hash(b, off, len);
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    } else {
      place(i);
    }
    return i;
  }

  /** Adds a key given as text (UTF-8). */
  int add(String key) {
    byte[] b = key.getBytes(StandardCharsets.UTF_8);
    return add(b, 0, b.length);
  }

  /** The key of index {@code i} as text. */
  String key(int i) {
    return new String(keys, keyStart[i], keyStart[i + 1] - keyStart[i], StandardCharsets.UTF_8);
  }

  private void place(int i) {
    int mask = slots.length - 1;
    int s = hashes[i] & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = ((long) hashes[i] << 32) | (i + 1);
  }

  private void rehash(int capacity) {
    slots = new long[capacity];
    for (int i = 0; i < size; i++) {
      place(i);
    }
  }

  private boolean equal(int i, byte[] b, int off, int len) {
    int from = keyStart[i];
    return keyStart[i + 1] - from == len
        && Arrays.equals(keys, from, from + len, b, off, off + len);
  }

  private static int hash(byte[] b, int off, int len) {
    int h = 0x9E3779B9 ^ len;
    for (int k = off; k < off + len; k++) {
      h = (h ^ b[k]) * 0x01000193;
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h;
  }
}
