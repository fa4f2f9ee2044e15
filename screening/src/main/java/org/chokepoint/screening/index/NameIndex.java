package org.chokepoint.screening.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.screening.match.PreparedName;

/**
 * An inverted index of prepared names by {@link BlockingKeys}, so that a query is scored against a
 * few dozen likely names instead of every name on every list. A lookup adds up, for each name, the
 * inverse document frequency of each key it shares with the query times the key's kind weight, and
 * returns the names with the highest totals. Keys found in more than {@link #MAX_SHARE} of all
 * names are skipped (they cannot tell names apart), unless the query has no other key; a query
 * word's trigrams are looked up only when the word itself is not filed; names with under {@link
 * #RELATIVE} of the best total are dropped. Immutable once built; lookups are thread-safe.
 */
public final class NameIndex {
  /** The share of names above which a key is too common to look up. */
  public static final double MAX_SHARE = 0.05;

  /**
   * Names whose total is under this share of the best name's total are not returned: they share
   * only the weaker keys of the query.
   */
  public static final double RELATIVE = 0.2;

  private final List<PreparedName> names;
  private final Map<String, int[]> postings;
  private final int tooCommon;
  private final ThreadLocal<float[]> scratch;

  private NameIndex(List<PreparedName> names, Map<String, int[]> postings) {
    this.names = names;
    this.postings = postings;
    this.tooCommon = Math.max(50, (int) (names.size() * MAX_SHARE));
    this.scratch = ThreadLocal.withInitial(() -> new float[names.size()]);
  }

  /** Files every name under its keys; a name's position in the list is its id. */
  public static NameIndex build(List<PreparedName> names) {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int id = 0; id < names.size(); id++) {
      for (String key : BlockingKeys.of(names.get(id)).keySet()) {
        lists.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
      }
    }
    Map<String, int[]> postings = new HashMap<>(lists.size() * 2);
    lists.forEach((k, v) -> postings.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return new NameIndex(List.copyOf(names), postings);
  }

  public int size() {
    return names.size();
  }

  public PreparedName name(int id) {
    return names.get(id);
  }

  /** Number of distinct keys. */
  public int keys() {
    return postings.size();
  }

  /**
   * The ids of at most {@code limit} names that share the most (weighted) keys with {@code query},
   * best first.
   */
  public int[] candidates(PreparedName query, int limit) {
    return candidates(query, limit, true);
  }

  /**
   * {@link #candidates(PreparedName, int)}; with {@code setAside} false, every name that shares a
   * key goes through the heap and the weak ones are cut afterwards, the plain way that the quicker
   * one must equal (a test checks it).
   */
  public int[] candidates(PreparedName query, int limit, boolean setAside) {
    Map<String, Float> keys = BlockingKeys.of(query, postings::containsKey);
    float[] acc = scratch.get();
    int[] touched = new int[64];
    int count = 0;
    boolean any = false;
    for (int pass = 0; pass < 2 && !any; pass++) {
      for (Map.Entry<String, Float> k : keys.entrySet()) {
        int[] p = postings.get(k.getKey());
        if (p == null || (pass == 0 && p.length > tooCommon)) {
          continue;
        }
        any = true;
        float w = (float) (k.getValue() * Math.log(1 + (double) names.size() / p.length));
        for (int id : p) {
          if (acc[id] == 0) {
            if (count == touched.length) {
              touched = Arrays.copyOf(touched, count * 2);
            }
            touched[count++] = id;
          }
          acc[id] += w;
        }
      }
    }
    int[] best = setAside ? strongest(acc, touched, count, limit) : top(acc, touched, count, limit);
    int kept = best.length;
    if (kept > 0) {
      float floor = (float) (RELATIVE * acc[best[0]]);
      while (kept > 1 && acc[best[kept - 1]] < floor) {
        kept--;
      }
      best = kept == best.length ? best : Arrays.copyOf(best, kept);
    }
    for (int i = 0; i < count; i++) {
      acc[touched[i]] = 0;
    }
    return best;
  }

  /**
   * {@link #top} of the ids with at least {@link #RELATIVE} of the best total only: the ids under
   * it would be cut from the end of top's answer anyway, so the answer is the same, and the heap
   * sees a few dozen ids instead of the thousands that share one common key.
   */
  private static int[] strongest(float[] acc, int[] touched, int count, int limit) {
    float max = 0;
    for (int i = 0; i < count; i++) {
      max = Math.max(max, acc[touched[i]]);
    }
    float floor = (float) (RELATIVE * max);
    int[] strong = new int[count];
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (acc[touched[i]] >= floor) {
        strong[kept++] = touched[i];
      }
    }
    return top(acc, strong, kept, limit);
  }

  /** The {@code limit} best of the touched ids, best first (ties: lower id first). */
  private static int[] top(float[] acc, int[] touched, int count, int limit) {
    int k = Math.min(limit, count);
    int[] heap = new int[k]; // min-heap on (score, −id): the root is the weakest kept
    int size = 0;
    for (int i = 0; i < count; i++) {
      int id = touched[i];
      if (size < k) {
        heap[size] = id;
        up(heap, size++, acc);
      } else if (better(id, heap[0], acc)) {
        heap[0] = id;
        down(heap, size, acc);
      }
    }
    int[] out = new int[size];
    for (int i = size - 1; i >= 0; i--) {
      out[i] = heap[0];
      heap[0] = heap[--size];
      down(heap, size, acc);
    }
    return out;
  }

  private static boolean better(int a, int b, float[] acc) {
    return acc[a] > acc[b] || acc[a] == acc[b] && a < b;
  }

  private static void up(int[] h, int i, float[] acc) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (!better(h[parent], h[i], acc)) {
        break;
      }
      int t = h[parent];
      h[parent] = h[i];
      h[i] = t;
      i = parent;
    }
  }

  private static void down(int[] h, int size, float[] acc) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int weakest = i;
      if (l < size && better(h[weakest], h[l], acc)) {
        weakest = l;
      }
      if (r < size && better(h[weakest], h[r], acc)) {
        weakest = r;
      }
      if (weakest == i) {
        return;
      }
      int t = h[weakest];
      h[weakest] = h[i];
      h[i] = t;
      i = weakest;
    }
  }
}
