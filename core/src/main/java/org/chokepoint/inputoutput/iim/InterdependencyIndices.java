package org.chokepoint.inputoutput.iim;

import java.util.ArrayList;
import java.util.List;
import org.chokepoint.inputoutput.matrix.DenseLu;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * How much each sector depends on and influences the others, after Setola, De Porcellinis and
 * Sforna (2009), eqs. 3, 4, 9 and 10, on the demand-side A* (n sectors, S = (I − A*)⁻¹):
 *
 * <ul>
 *   <li>dependency index {@code δ_i = Σ_{j≠i} a*_ij / (n − 1)} (row i: direct dependence of i);
 *   <li>influence gain {@code ρ_j = Σ_{i≠j} a*_ij / (n − 1)} (column j: direct influence of j);
 *   <li>overall dependency {@code δ°_i = Σ_{j≠i} s_ij / (n − 1)} and overall influence {@code ρ°_j
 *       = Σ_{i≠j} s_ij / (n − 1)}: the same on S, counting every chain of dependence.
 * </ul>
 *
 * @param dependency δ per sector
 * @param influence ρ per sector
 * @param overallDependency δ° per sector
 * @param overallInfluence ρ° per sector
 */
public record InterdependencyIndices(
    double[] dependency,
    double[] influence,
    double[] overallDependency,
    double[] overallInfluence) {

  /** The four indices of {@code aStar} (at least two sectors). */
  public static InterdependencyIndices of(DenseMatrix aStar) {
    int n = aStar.rows();
    if (n < 2 || aStar.cols() != n) {
      throw new IllegalArgumentException("indices need a square A* of at least two sectors");
    }
    DenseMatrix s = DenseLu.of(StaticIim.identityMinus(aStar)).inverse(1);
    return new InterdependencyIndices(
        offDiagonal(aStar, true), offDiagonal(aStar, false),
        offDiagonal(s, true), offDiagonal(s, false));
  }

  private static double[] offDiagonal(DenseMatrix m, boolean rows) {
    int n = m.rows();
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          out[rows ? i : j] += m.get(i, j);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      out[i] /= n - 1;
    }
    return out;
  }

  /**
   * The n-th order interdependency matrix {@code (A*)ⁿ}: element (i, j) is the part of i's
   * dependence on j that passes through exactly n − 1 intermediate sectors (the n-th term of the
   * power series of {@code (I − A*)⁻¹}).
   */
  public static DenseMatrix power(DenseMatrix aStar, int order) {
    if (order < 1) {
      throw new IllegalArgumentException("order must be at least 1");
    }
    DenseMatrix p = aStar;
    for (int k = 1; k < order; k++) {
      p = p.multiply(aStar);
    }
    return p;
  }

  /** For each sector i, the sector j with the largest {@code (A*)ⁿ[i, j]} (first on ties). */
  public static List<Strongest> strongestPerRow(DenseMatrix aStar, int order) {
    DenseMatrix p = power(aStar, order);
    List<Strongest> out = new ArrayList<>();
    for (int i = 0; i < p.rows(); i++) {
      int best = 0;
      for (int j = 1; j < p.cols(); j++) {
        if (p.get(i, j) > p.get(i, best)) {
          best = j;
        }
      }
      out.add(new Strongest(i, best, p.get(i, best)));
    }
    return out;
  }

  /** Sector {@code row} depends most, at the given order, on sector {@code column}. */
  public record Strongest(int row, int column, double value) {}
}
