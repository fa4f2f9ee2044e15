package org.chokepoint.inputoutput.matrix;

/**
 * Applies the inverse {@code (I − C)⁻¹} of a Leontief-type matrix (C = A for the Leontief inverse
 * L, C = B for the Ghosh inverse G) to vectors, from the right ({@code (I − C)⁻¹·b}) or from the
 * left ({@code s·(I − C)⁻¹}, the solution of the transposed system), without the caller knowing
 * whether the inverse exists as a matrix. Implementations are safe for one caller at a time.
 */
public interface LeontiefInverse {
  /** Order of the matrix. */
  int size();

  /** {@code (I − C)⁻¹·b} for each right-hand side (each of length {@link #size()}). */
  double[][] apply(double[][] rhs);

  /** {@code s·(I − C)⁻¹} for each row vector s, that is the solution z of {@code (I − C)ᵀz = s}. */
  double[][] applyLeft(double[][] rows);

  /** How the inverse is applied and how accurately, over every call so far. */
  SolveStats stats();
}
