package org.chokepoint.inputoutput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * Merges regions and sectors of a system by concordance tables, as pymrio's {@code aggregate}:
 * flows, final demand and stressors of the merged rows and columns are summed. Each original region
 * (sector) maps to exactly one aggregate; aggregates are ordered by their first original. A
 * sector's key is its labels after the region joined by "/" (the sector name for pymrio's two
 * levels); aggregated sectors get one level, named after the original second level.
 */
public final class Aggregation {
  /** Largest aggregated system, in sectors (its Z is accumulated densely). */
  public static final int MAX_SECTORS = 5_000;

  private Aggregation() {}

  /**
   * The aggregated system.
   *
   * @param regions original region → aggregate region, or null to keep the regions
   * @param sectors original sector key → aggregate sector, or null to keep the sectors
   * @throws IllegalArgumentException when a label is missing from a concordance or a concordance
   *     names a label the system does not have
   */
  public static IoSystem of(IoSystem s, Map<String, String> regions, Map<String, String> sectors) {
    Labels lab = s.sectors();
    int n = s.size();
    check("region", regions, keys(lab, n, true));
    check("sector", sectors, keys(lab, s.sectorsPerRegion(), false));
    Map<List<String>, Integer> newSectors = new LinkedHashMap<>();
    Map<String, Integer> newRegionOrder = new LinkedHashMap<>();
    Map<List<String>, Integer> newProductOrder = new LinkedHashMap<>();
    List<String> names = lab.levelNames();
    for (int i = 0; i < n; i++) {
      String r = lab.get(i, 0);
      newRegionOrder.putIfAbsent(regions == null ? r : regions.get(r), newRegionOrder.size());
      newProductOrder.putIfAbsent(product(lab, i, sectors), newProductOrder.size());
    }
    for (String r : newRegionOrder.keySet()) {
      for (List<String> p : newProductOrder.keySet()) {
        List<String> t = new ArrayList<>();
        t.add(r);
        t.addAll(p);
        newSectors.put(t, newSectors.size());
      }
    }
    int m = newSectors.size();
    if (m > MAX_SECTORS) {
      throw new IllegalArgumentException(
          "the aggregated system has " + m + " sectors; at most " + MAX_SECTORS + " supported");
    }
    int[] to = new int[n];
    for (int i = 0; i < n; i++) {
      String r = regions == null ? lab.get(i, 0) : regions.get(lab.get(i, 0));
      List<String> t = new ArrayList<>();
      t.add(r);
      t.addAll(product(lab, i, sectors));
      to[i] = newSectors.get(t);
    }
    Labels fd = s.finalDemand();
    Map<List<String>, Integer> newDemand = new LinkedHashMap<>();
    int[] toDemand = new int[fd.size()];
    for (int c = 0; c < fd.size(); c++) {
      List<String> t = new ArrayList<>(fd.tuple(c));
      if (regions != null) {
        t.set(0, regions.get(t.get(0)));
      }
      toDemand[c] = newDemand.computeIfAbsent(t, k -> newDemand.size());
    }
    List<String> sectorLevels = sectors == null ? names : List.of(names.get(0), names.get(1));
    Labels newLab = new Labels(sectorLevels, new ArrayList<>(newSectors.keySet()));
    Labels newFd = new Labels(fd.levelNames(), new ArrayList<>(newDemand.keySet()));
    CsrMatrix z = CsrMatrix.of(sumSparse(s.z(), to, m));
    DenseMatrix y = sumBoth(s.y(), to, m, toDemand, newDemand.size());
    List<Extension> ext = new ArrayList<>();
    for (Extension e : s.extensions()) {
      int[] same = identity(e.f().rows());
      ext.add(
          new Extension(
              e.name(),
              e.stressors(),
              sumBoth(e.f(), same, same.length, to, m),
              e.fY() == null ? null : sumBoth(e.fY(), same, same.length, toDemand, newFd.size())));
    }
    return new IoSystem(newLab, newFd, z, y, ext);
  }

  private static List<String> product(Labels lab, int i, Map<String, String> sectors) {
    List<String> t = lab.tuple(i);
    List<String> rest = t.subList(1, t.size());
    return sectors == null ? rest : List.of(sectors.get(String.join("/", rest)));
  }

  private static Set<String> keys(Labels lab, int upTo, boolean region) {
    Set<String> k = new HashSet<>();
    for (int i = 0; i < upTo; i++) {
      List<String> t = lab.tuple(i);
      k.add(region ? t.get(0) : String.join("/", t.subList(1, t.size())));
    }
    return k;
  }

  private static void check(String what, Map<String, String> map, Set<String> present) {
    if (map == null) {
      return;
    }
    for (String p : present) {
      String to = map.get(p);
      if (to == null || to.isBlank()) {
        throw new IllegalArgumentException(what + " " + p + " is not in the concordance");
      }
    }
    for (String k : map.keySet()) {
      if (!present.contains(k)) {
        throw new IllegalArgumentException(
            "the concordance names " + what + " " + k + ", which the system does not have");
      }
    }
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  /** out[to[i], to[j]] += z[i, j] over the stored entries of z. */
  private static DenseMatrix sumSparse(CsrMatrix z, int[] to, int m) {
    double[] out = new double[m * m];
    int[] start = z.rowStart();
    int[] col = z.columns();
    double[] val = z.values();
    for (int i = 0; i < z.rows(); i++) {
      int o = to[i] * m;
      for (int k = start[i]; k < start[i + 1]; k++) {
        out[o + to[col[k]]] += val[k];
      }
    }
    return new DenseMatrix(m, m, out);
  }

  /** out[rowTo[i], colTo[j]] += m[i, j]. */
  private static DenseMatrix sumBoth(DenseMatrix m, int[] rowTo, int rows, int[] colTo, int cols) {
    double[] out = new double[Math.multiplyExact(rows, cols)];
    double[] d = m.data();
    for (int i = 0; i < m.rows(); i++) {
      int o = rowTo[i] * cols;
      for (int j = 0; j < m.cols(); j++) {
        out[o + colTo[j]] += d[i * m.cols() + j];
      }
    }
    return new DenseMatrix(rows, cols, out);
  }
}
