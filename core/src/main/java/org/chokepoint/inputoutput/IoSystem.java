package org.chokepoint.inputoutput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * A (multi-regional) input–output system in pymrio's terms: inter-industry flows Z (sparse, sectors
 * × sectors), final demand Y (sectors × final-demand columns) and satellite extensions, with output
 * {@code x = Z·1 + Y·1} and technical coefficients {@code A = Z·diag(x)⁻¹} derived once.
 *
 * <p>Sectors are labelled by (region, sector, …) with the region as the first level, and laid out
 * as pymrio requires: each region a contiguous block, every block listing the same sectors in the
 * same order. Final-demand columns are labelled (region, category, …), each region one of the
 * sectors' regions. A single-region table (a national table) is a system with one region.
 */
public final class IoSystem {
  private final Labels sectors;
  private final Labels finalDemand;
  private final CsrMatrix z;
  private final DenseMatrix y;
  private final List<Extension> extensions;
  private final double[] x;
  private final CsrMatrix a;
  private final List<String> regions;
  private final int[] sectorRegion;
  private final int[] demandRegion;
  private final int sectorsPerRegion;

  /**
   * Validates the shapes and the block layout and derives x and A.
   *
   * @throws IllegalArgumentException naming what does not fit
   */
  public IoSystem(
      Labels sectors, Labels finalDemand, CsrMatrix z, DenseMatrix y, List<Extension> extensions) {
    int n = sectors.size();
    if (sectors.levels() < 2 || finalDemand.levels() < 2) {
      throw new IllegalArgumentException(
          "sectors and final demand need a region level first and at least one more level");
    }
    if (z.rows() != n || z.cols() != n) {
      throw new IllegalArgumentException("Z is " + z.rows() + "×" + z.cols() + " for " + n);
    }
    if (y.rows() != n || y.cols() != finalDemand.size()) {
      throw new IllegalArgumentException(
          "Y is " + y.rows() + "×" + y.cols() + ", expected " + n + "×" + finalDemand.size());
    }
    this.sectors = sectors;
    this.finalDemand = finalDemand;
    this.z = z;
    this.y = y;
    this.extensions = List.copyOf(extensions);
    Set<String> names = new HashSet<>();
    for (Extension e : this.extensions) {
      if (!names.add(e.name())) {
        throw new IllegalArgumentException("two extensions are named " + e.name());
      }
      if (e.f().cols() != n) {
        throw new IllegalArgumentException(e.name() + ": F has " + e.f().cols() + " columns");
      }
      if (e.fY() != null && e.fY().cols() != finalDemand.size()) {
        throw new IllegalArgumentException(e.name() + ": F_Y has " + e.fY().cols() + " columns");
      }
    }
    Map<String, Integer> regionIndex = new LinkedHashMap<>();
    this.sectorRegion = new int[n];
    for (int i = 0; i < n; i++) {
      String r = sectors.get(i, 0);
      Integer idx = regionIndex.get(r);
      if (idx == null) {
        idx = regionIndex.size();
        regionIndex.put(r, idx);
      } else if (idx != sectorRegion[i - 1]) {
        throw new IllegalArgumentException(
            "region " + r + " is not one contiguous block (again at " + sectors.joined(i) + ")");
      }
      sectorRegion[i] = idx;
    }
    this.regions = List.copyOf(regionIndex.keySet());
    this.sectorsPerRegion = regions.isEmpty() ? 0 : n / regions.size();
    checkBlocks();
    this.demandRegion = new int[finalDemand.size()];
    for (int c = 0; c < finalDemand.size(); c++) {
      Integer idx = regionIndex.get(finalDemand.get(c, 0));
      if (idx == null) {
        throw new IllegalArgumentException(
            "final demand column " + finalDemand.joined(c) + " names no region of the sectors");
      }
      demandRegion[c] = idx;
    }
    double[] zs = z.rowSums();
    double[] ys = y.rowSums();
    this.x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = zs[i] + ys[i];
    }
    this.a = Coefficients.technical(z, x);
  }

  private void checkBlocks() {
    int n = sectors.size();
    if (sectorsPerRegion * regions.size() != n) {
      throw new IllegalArgumentException(
          n + " sectors do not split into " + regions.size() + " regions of equal size");
    }
    for (int i = sectorsPerRegion; i < n; i++) {
      List<String> t = sectors.tuple(i);
      List<String> first = sectors.tuple(i % sectorsPerRegion);
      if (!t.subList(1, t.size()).equals(first.subList(1, first.size()))) {
        throw new IllegalArgumentException(
            "region "
                + t.get(0)
                + " lists "
                + sectors.joined(i)
                + " where the first region lists "
                + sectors.joined(i % sectorsPerRegion)
                + " (every region must list the same sectors in the same order)");
      }
    }
  }

  /** Row and column labels of Z: (region, sector, …). */
  public Labels sectors() {
    return sectors;
  }

  /** Column labels of Y: (region, category, …). */
  public Labels finalDemand() {
    return finalDemand;
  }

  /** Number of sectors (all regions). */
  public int size() {
    return sectors.size();
  }

  public CsrMatrix z() {
    return z;
  }

  public DenseMatrix y() {
    return y;
  }

  /** Output {@code x = Z·1 + Y·1}, a copy. */
  public double[] x() {
    return x.clone();
  }

  /** Technical coefficients {@code A = Z·diag(x)⁻¹}, 0 where x = 0. */
  public CsrMatrix a() {
    return a;
  }

  public List<Extension> extensions() {
    return extensions;
  }

  /** The extension named {@code name}, if any. */
  public Optional<Extension> findExtension(String name) {
    return extensions.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** The same flows with other extensions. */
  public IoSystem withExtensions(List<Extension> other) {
    return new IoSystem(sectors, finalDemand, z, y, other);
  }

  /** Regions in the order of the sector blocks. */
  public List<String> regions() {
    return regions;
  }

  /** Sectors per region (the block size). */
  public int sectorsPerRegion() {
    return sectorsPerRegion;
  }

  /** Region index of sector row/column {@code i}. */
  public int regionOf(int i) {
    return sectorRegion[i];
  }

  /** Region index of final-demand column {@code c}. */
  public int demandRegionOf(int c) {
    return demandRegion[c];
  }

  /**
   * Final demand summed over categories per region: sectors × regions, column r the demand of
   * region r (pymrio's {@code Y_agg}).
   */
  public DenseMatrix demandByRegion() {
    int n = size();
    int nr = regions.size();
    double[] d = new double[n * nr];
    double[] yd = y.data();
    int cols = y.cols();
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < cols; c++) {
        d[i * nr + demandRegion[c]] += yd[i * cols + c];
      }
    }
    return new DenseMatrix(n, nr, d);
  }

  /** The position of the sector whose labels joined by "/" are {@code key}, or -1. */
  public int indexOfSector(String key) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      if (sectors.joined(i).equals(key)) {
        found.add(i);
      }
    }
    return found.size() == 1 ? found.get(0) : -1;
  }

  @Override
  public String toString() {
    return "IoSystem["
        + regions.size()
        + " regions × "
        + sectorsPerRegion
        + " sectors, "
        + y.cols()
        + " final-demand columns, "
        + extensions.size()
        + " extensions]";
  }
}
