package org.chokepoint.inputoutput;

import java.util.List;
import java.util.Optional;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseMatrix;
import org.chokepoint.inputoutput.matrix.SolveStats;

/**
 * What {@link IoAnalysis} found for a system.
 *
 * @param system the analysed system (x and A are in it)
 * @param b allocation coefficients {@code B = diag(x)⁻¹·Z}
 * @param l the Leontief inverse {@code (I − A)⁻¹}, or null when the system was solved iteratively
 * @param g the Ghosh inverse {@code (I − B)⁻¹}, or null when solved iteratively
 * @param extensions one result per extension of the system, in its order
 * @param leontiefStats how {@code (I − A)⁻¹} was applied
 * @param ghoshStats how {@code (I − B)⁻¹} was applied (no vectors when there is no extension on the
 *     iterative path)
 */
public record IoResult(
    IoSystem system,
    CsrMatrix b,
    DenseMatrix l,
    DenseMatrix g,
    List<ExtensionResult> extensions,
    SolveStats leontiefStats,
    SolveStats ghoshStats) {
  public IoResult {
    extensions = List.copyOf(extensions);
  }

  /** Whether the dense inverses were formed. */
  public boolean dense() {
    return l != null;
  }

  public Optional<DenseMatrix> leontief() {
    return Optional.ofNullable(l);
  }

  public Optional<DenseMatrix> ghosh() {
    return Optional.ofNullable(g);
  }
}
