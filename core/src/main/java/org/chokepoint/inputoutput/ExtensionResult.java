package org.chokepoint.inputoutput;

import java.util.List;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * Multipliers and footprint accounts of one extension, each stressors × columns with the
 * extension's stressor labels as rows (definitions: {@code docs/methods/input-output.md}).
 *
 * @param s direct coefficients {@code S = F·diag(x)⁻¹} (columns: sectors)
 * @param sY final-demand coefficients {@code S_Y} (columns: final-demand columns), or null
 * @param m multipliers {@code M = S·L} (columns: sectors)
 * @param mDown downstream multipliers {@code M_down = S·(Gᵀ − I)} (columns: sectors)
 * @param dCba consumption-based account, column (c, k): stressors caused anywhere by region c's
 *     final demand for product k
 * @param dPba production-based account {@code S·diag(x)} (columns: sectors)
 * @param dImp the part of {@code dCba} caused outside region c
 * @param dExp stressors of sector (i, s) caused by final demand outside region i
 * @param dCbaReg {@code dCba} summed per region plus F_Y per region (columns: regions)
 * @param dPbaReg {@code dPba} summed per region plus F_Y per region
 * @param dImpReg {@code dImp} summed per region
 * @param dExpReg {@code dExp} summed per region
 */
public record ExtensionResult(
    String name,
    Labels stressors,
    DenseMatrix s,
    DenseMatrix sY,
    DenseMatrix m,
    DenseMatrix mDown,
    DenseMatrix dCba,
    DenseMatrix dPba,
    DenseMatrix dImp,
    DenseMatrix dExp,
    DenseMatrix dCbaReg,
    DenseMatrix dPbaReg,
    DenseMatrix dImpReg,
    DenseMatrix dExpReg) {

  /** The four per-sector accounts with their pymrio names, in pymrio's order. */
  public List<Named> sectorAccounts() {
    return List.of(
        new Named("D_cba", dCba),
        new Named("D_pba", dPba),
        new Named("D_imp", dImp),
        new Named("D_exp", dExp));
  }

  /** The four per-region accounts with their pymrio names. */
  public List<Named> regionAccounts() {
    return List.of(
        new Named("D_cba_reg", dCbaReg),
        new Named("D_pba_reg", dPbaReg),
        new Named("D_imp_reg", dImpReg),
        new Named("D_exp_reg", dExpReg));
  }

  /** A matrix with its pymrio name. */
  public record Named(String name, DenseMatrix matrix) {}
}
