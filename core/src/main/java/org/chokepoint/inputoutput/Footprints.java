package org.chokepoint.inputoutput;

import java.util.function.Supplier;
import org.chokepoint.inputoutput.matrix.DenseMatrix;
import org.chokepoint.inputoutput.matrix.LeontiefInverse;

/**
 * The multipliers and footprint accounts of pymrio's {@code calc_extensions} and {@code
 * calc_accounts}, computed from applications of the inverses to vectors so that the same code
 * serves the dense and the iterative path:
 *
 * <ul>
 *   <li>per region c, {@code X_c = L·y_c} with y_c region c's final demand summed over categories
 *       (one solve per region); {@code x_tot = Σ_c X_c}, and {@code x_exp} of a sector in region i
 *       is {@code x_tot − X_i} there (output for final demand outside i);
 *   <li>per stressor e and region c, {@code W_ec = S_c·L} with S_c the row of S restricted to
 *       region c's sectors (a transposed solve); {@code M = Σ_c W_ec};
 *   <li>{@code D_cba[e, (c,k)] = Σ_i M[e, (i,k)]·Y_agg[(i,k), c]}, the domestic part {@code Σ_i
 *       W_ec[(i,k)]·Y_agg[(i,k), c]} and {@code D_imp = D_cba − domestic};
 *   <li>{@code D_pba = S·diag(x_tot)}, {@code D_exp = S·diag(x_exp)}, {@code M_down = S·(Gᵀ − I)}
 *       row by row as {@code (G·sᵀ)ᵀ − s}.
 * </ul>
 *
 * <p>Cost: regions + stressors × (regions + 1) vectors per system; stressors are taken in chunks so
 * that memory stays at a few hundred vectors.
 */
final class Footprints {
  /** Right-hand sides per call on the iterative path. */
  private static final int VECTORS_PER_CHUNK = 512;

  private final IoSystem system;
  private final LeontiefInverse leontief;
  private final Supplier<LeontiefInverse> ghosh;
  private final DenseMatrix demand; // sectors × regions
  private final double[] xTot;
  private final double[] xExp;

  Footprints(IoSystem system, LeontiefInverse leontief, Supplier<LeontiefInverse> ghosh) {
    this.system = system;
    this.leontief = leontief;
    this.ghosh = ghosh;
    this.demand = system.demandByRegion();
    int n = system.size();
    int nr = system.regions().size();
    double[][] y = new double[nr][];
    for (int c = 0; c < nr; c++) {
      y[c] = demand.column(c);
    }
    double[][] out = leontief.apply(y);
    this.xTot = new double[n];
    this.xExp = new double[n];
    for (int c = 0; c < nr; c++) {
      for (int i = 0; i < n; i++) {
        xTot[i] += out[c][i];
      }
    }
    for (int i = 0; i < n; i++) {
      xExp[i] = xTot[i] - out[system.regionOf(i)][i];
    }
  }

  ExtensionResult of(Extension e, IoProgress progress) {
    int n = system.size();
    int nr = system.regions().size();
    int ns = system.sectorsPerRegion();
    double[] x = system.x();
    DenseMatrix s = Coefficients.stressors(e.f(), x);
    int ne = s.rows();
    double[] m = new double[ne * n];
    double[] cba = new double[ne * n];
    double[] imp = new double[ne * n];
    double[] yd = demand.data();
    int perChunk = Math.max(1, VECTORS_PER_CHUNK / nr);
    for (int e0 = 0; e0 < ne; e0 += perChunk) {
      int e1 = Math.min(ne, e0 + perChunk);
      double[][] rows = new double[(e1 - e0) * nr][];
      for (int k = e0; k < e1; k++) {
        for (int c = 0; c < nr; c++) {
          double[] r = new double[n];
          System.arraycopy(s.data(), k * n + c * ns, r, c * ns, ns);
          rows[(k - e0) * nr + c] = r;
        }
      }
      double[][] w = leontief.applyLeft(rows);
      for (int k = e0; k < e1; k++) {
        int o = k * n;
        for (int c = 0; c < nr; c++) {
          double[] wc = w[(k - e0) * nr + c];
          for (int i = 0; i < n; i++) {
            m[o + i] += wc[i];
          }
          // domestic part of region c's consumption account, kept in imp for now
          for (int i = 0; i < n; i++) {
            imp[o + c * ns + i % ns] += wc[i] * yd[i * nr + c];
          }
        }
        for (int i = 0; i < n; i++) {
          for (int c = 0; c < nr; c++) {
            cba[o + c * ns + i % ns] += m[o + i] * yd[i * nr + c];
          }
        }
        for (int j = 0; j < n; j++) {
          imp[o + j] = cba[o + j] - imp[o + j];
        }
      }
      progress.report("footprints of " + e.name(), e1, ne);
    }
    return assemble(e, s, m, cba, imp);
  }

  private ExtensionResult assemble(
      Extension e, DenseMatrix s, double[] m, double[] cba, double[] imp) {
    int n = system.size();
    int ne = s.rows();
    double[] sd = s.data();
    double[] pba = new double[ne * n];
    double[] exp = new double[ne * n];
    for (int k = 0; k < ne; k++) {
      for (int j = 0; j < n; j++) {
        pba[k * n + j] = sd[k * n + j] * xTot[j];
        exp[k * n + j] = sd[k * n + j] * xExp[j];
      }
    }
    DenseMatrix mDown = downstream(s);
    DenseMatrix dCba = new DenseMatrix(ne, n, cba);
    DenseMatrix dPba = new DenseMatrix(ne, n, pba);
    DenseMatrix dImp = new DenseMatrix(ne, n, imp);
    DenseMatrix dExp = new DenseMatrix(ne, n, exp);
    DenseMatrix fyReg = e.fY() == null ? null : byDemandRegion(e.fY());
    DenseMatrix sY = e.fY() == null ? null : Coefficients.finalDemandStressors(e.fY(), system.y());
    return new ExtensionResult(
        e.name(),
        e.stressors(),
        s,
        sY,
        new DenseMatrix(ne, n, m),
        mDown,
        dCba,
        dPba,
        dImp,
        dExp,
        bySectorRegion(dCba, fyReg),
        bySectorRegion(dPba, fyReg),
        bySectorRegion(dImp, null),
        bySectorRegion(dExp, null));
  }

  /** {@code M_down = S·(Gᵀ − I)}: row e is {@code (G·s_eᵀ)ᵀ − s_e}. */
  private DenseMatrix downstream(DenseMatrix s) {
    int ne = s.rows();
    int n = s.cols();
    double[][] rows = new double[ne][];
    for (int k = 0; k < ne; k++) {
      rows[k] = s.row(k);
    }
    double[][] g = ne == 0 ? rows : ghosh.get().apply(rows);
    double[] d = new double[ne * n];
    for (int k = 0; k < ne; k++) {
      for (int j = 0; j < n; j++) {
        d[k * n + j] = g[k][j] - rows[k][j];
      }
    }
    return new DenseMatrix(ne, n, d);
  }

  /** Columns (region, sector) summed per region, plus {@code extra} (stressors × regions). */
  private DenseMatrix bySectorRegion(DenseMatrix d, DenseMatrix extra) {
    int nr = system.regions().size();
    double[] out = extra == null ? new double[d.rows() * nr] : extra.data().clone();
    double[] dd = d.data();
    for (int k = 0; k < d.rows(); k++) {
      for (int j = 0; j < d.cols(); j++) {
        out[k * nr + system.regionOf(j)] += dd[k * d.cols() + j];
      }
    }
    return new DenseMatrix(d.rows(), nr, out);
  }

  /** Final-demand columns summed per region. */
  private DenseMatrix byDemandRegion(DenseMatrix fY) {
    int nr = system.regions().size();
    double[] out = new double[fY.rows() * nr];
    double[] d = fY.data();
    for (int k = 0; k < fY.rows(); k++) {
      for (int c = 0; c < fY.cols(); c++) {
        out[k * nr + system.demandRegionOf(c)] += d[k * fY.cols() + c];
      }
    }
    return new DenseMatrix(fY.rows(), nr, out);
  }
}
