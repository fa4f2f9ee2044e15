package org.chokepoint.data.comtrade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.trade.TradeTableBuilder;

/**
 * Reporter-view rows held until the whole input is read, because two rules need all of it:
 *
 * <ol>
 *   <li>Finest level: a code is dropped when a longer code under it is present for the same year,
 *       reporter, flow and partner ({@code 81} and {@code 8112} beside {@code 811292}), so chapter
 *       and heading totals never add to their subheadings.
 *   <li>Mirror data: a flow P → R is taken from R's import report when R reported any imports that
 *       year; P's export report of it is then left out. Where R reported no imports that year, P's
 *       export report stands in for it. Each flow is therefore counted once, and a perspective's
 *       imports are what its members declared.
 * </ol>
 *
 * Rows live in primitive arrays; both rules work on sorted {@code long} keys.
 */
final class ComtradeFlowTable {
  private static final int CODE_BITS = 22;

  private final List<String> files = new ArrayList<>();
  private final Map<String, Integer> codeIndex = new HashMap<>();
  private final List<String> codes = new ArrayList<>();
  private final List<String> descriptions = new ArrayList<>();
  private final Set<Long> importsReported = new HashSet<>();
  private int[] file = new int[1024];
  private long[] line = new long[1024];
  private int[] year = new int[1024];
  private int[] reporter = new int[1024];
  private int[] partner = new int[1024];
  private boolean[] imports = new boolean[1024];
  private int[] code = new int[1024];
  private double[] value = new double[1024];
  private double[] quantity = new double[1024];
  private int rows;
  private String[] sortedCodes = new String[0];

  /** What {@link #writeTo} left out and stood in. */
  record Result(int aggregates, int mirrorLeftOut, int mirrorUsed, Set<Integer> mirrorImporters) {}

  int size() {
    return rows;
  }

  /** Forgets the rows from {@code size} on (a file being read again in another charset). */
  void truncate(int size) {
    rows = Math.min(rows, size);
  }

  int file(String name) {
    files.add(name);
    return files.size() - 1;
  }

  /**
   * Records that a reporter reported imports in {@code year} (any row, World included).
   *
   * @param reporterKey the reporter's key as {@code writeTo}'s {@code countryKey} gives it
   */
  void importsReported(int y, int reporterKey) {
    importsReported.add(((long) y << 32) | reporterKey);
  }

  void add(
      int fileIndex,
      long lineNumber,
      int y,
      int reporterIndex,
      int partnerIndex,
      boolean isImport,
      String hs,
      String description,
      double v,
      double q) {
    if (rows == year.length) {
      int n = rows * 2;
      file = Arrays.copyOf(file, n);
      line = Arrays.copyOf(line, n);
      year = Arrays.copyOf(year, n);
      reporter = Arrays.copyOf(reporter, n);
      partner = Arrays.copyOf(partner, n);
      imports = Arrays.copyOf(imports, n);
      code = Arrays.copyOf(code, n);
      value = Arrays.copyOf(value, n);
      quantity = Arrays.copyOf(quantity, n);
    }
    Integer c = codeIndex.get(hs);
    if (c == null) {
      c = codes.size();
      codeIndex.put(hs, c);
      codes.add(hs);
      descriptions.add(description);
    }
    file[rows] = fileIndex;
    line[rows] = lineNumber;
    year[rows] = y;
    reporter[rows] = reporterIndex;
    partner[rows] = partnerIndex;
    imports[rows] = isImport;
    code[rows] = c;
    value[rows] = v;
    quantity[rows] = q;
    rows++;
  }

  /**
   * Applies both rules and adds the flows that remain to {@code b}, products as {@code hs:…}.
   *
   * @param countryKey the same key for every partner index of one country, so that the mirror rule
   *     holds even where a country appears under two Comtrade codes
   */
  Result writeTo(TradeTableBuilder b, IntUnaryOperator countryKey) {
    long[] keys = keys();
    long[] dropped = aggregates(keys);
    int aggregates = 0;
    int mirrorLeftOut = 0;
    int mirrorUsed = 0;
    Set<Integer> mirrorImporters = new TreeSet<>();
    for (int r = 0; r < rows; r++) {
      if (Arrays.binarySearch(dropped, keys[r]) >= 0) {
        aggregates++;
        continue;
      }
      if (!imports[r]) {
        if (importsReported.contains(((long) year[r] << 32) | countryKey.applyAsInt(partner[r]))) {
          mirrorLeftOut++;
          continue;
        }
        mirrorUsed++;
        mirrorImporters.add(partner[r]);
      }
      int product = b.product("hs:" + codes.get(code[r]), descriptions.get(code[r]));
      int exp = imports[r] ? partner[r] : reporter[r];
      int imp = imports[r] ? reporter[r] : partner[r];
      b.flow(year[r], exp, imp, product, value[r], quantity[r]);
    }
    return new Result(aggregates, mirrorLeftOut, mirrorUsed, mirrorImporters);
  }

  /**
   * One key per row: year, reporter, partner, flow and the code's rank in lexicographic order, so
   * that sorting groups rows by (year, reporter, partner, flow) and orders codes within a group.
   */
  private long[] keys() {
    TreeMap<Integer, Integer> years = new TreeMap<>();
    for (int r = 0; r < rows; r++) {
      years.putIfAbsent(year[r], 0);
    }
    int y = 0;
    for (Map.Entry<Integer, Integer> e : years.entrySet()) {
      e.setValue(y++);
    }
    String[] sorted = codes.toArray(new String[0]);
    Arrays.sort(sorted);
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < sorted.length; i++) {
      rank.put(sorted[i], i);
    }
    if (years.size() > 255 || codes.size() >= 1 << CODE_BITS) {
      throw new IllegalStateException("too many years or product codes for one import");
    }
    long[] keys = new long[rows];
    for (int r = 0; r < rows; r++) {
      if (reporter[r] > 0xFFFF || partner[r] > 0xFFFF) {
        throw new IllegalStateException("more than 65,536 reporters and partners");
      }
      keys[r] =
          ((long) years.get(year[r]) << 55)
              | ((long) reporter[r] << 39)
              | ((long) partner[r] << 23)
              | ((imports[r] ? 1L : 0L) << CODE_BITS)
              | rank.get(codes.get(code[r]));
    }
    this.sortedCodes = sorted;
    return keys;
  }

  /**
   * The sorted keys of rows whose code has a longer code under it in the same group; fails on two
   * rows with the same key. In lexicographic order a code's extensions follow it directly, so
   * comparing each code with the next one in its group is enough.
   */
  private long[] aggregates(long[] keys) {
    long[] s = keys.clone();
    Arrays.sort(s);
    long[] out = new long[s.length];
    int n = 0;
    long codeMask = (1L << CODE_BITS) - 1;
    for (int i = 0; i + 1 < s.length; i++) {
      if (s[i] == s[i + 1]) {
        throw duplicate(keys, s[i]);
      }
      boolean sameGroup = (s[i] >>> CODE_BITS) == (s[i + 1] >>> CODE_BITS);
      String c = sortedCodes[(int) (s[i] & codeMask)];
      if (sameGroup && sortedCodes[(int) (s[i + 1] & codeMask)].startsWith(c)) {
        out[n++] = s[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  private ImportException duplicate(long[] keys, long key) {
    int first = -1;
    for (int r = 0; r < rows; r++) {
      if (keys[r] != key) {
        continue;
      }
      if (first < 0) {
        first = r;
        continue;
      }
      return new ImportException(
          files.get(file[r]),
          line[r],
          0,
          "the same reporter, year, flow, partner and commodity as "
              + files.get(file[first])
              + " line "
              + line[first]
              + " (a duplicate would be counted twice)");
    }
    throw new IllegalStateException("duplicate key not found");
  }
}
