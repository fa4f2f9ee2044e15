package org.chokepoint.inputoutput;

import org.chokepoint.inputoutput.matrix.GaussSeidelInverse;

/**
 * How an {@link IoAnalysis} solves the system.
 *
 * @param solver dense inverse, Gauss–Seidel iteration, or the dense inverse up to {@code
 *     denseLimit} sectors and iteration above
 * @param denseLimit the largest system (sectors) solved densely under {@link Solver#AUTO}; L and G
 *     are produced only on the dense path
 * @param tolerance relative change per sweep at which an iterative solution counts as converged
 * @param maxSweeps sweeps after which the iteration gives up
 * @param threads threads for the inversion and the sweeps
 */
public record IoOptions(
    Solver solver, int denseLimit, double tolerance, int maxSweeps, int threads) {
  /** Largest system solved densely by default: the two n×n inverses take seconds at 2,000. */
  public static final int DEFAULT_DENSE_LIMIT = 2_000;

  /** Which way to apply the Leontief and Ghosh inverses. */
  public enum Solver {
    AUTO,
    DENSE,
    ITERATIVE
  }

  public IoOptions {
    if (solver == null || denseLimit < 0 || !(tolerance > 0) || maxSweeps < 1 || threads < 1) {
      throw new IllegalArgumentException(
          "solver required; dense limit >= 0, tolerance > 0, sweeps and threads >= 1");
    }
  }

  /** Automatic choice, default limit and tolerance, one thread per processor (at most 8). */
  public static IoOptions defaults() {
    return new IoOptions(
        Solver.AUTO,
        DEFAULT_DENSE_LIMIT,
        GaussSeidelInverse.DEFAULT_TOLERANCE,
        GaussSeidelInverse.DEFAULT_MAX_SWEEPS,
        Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())));
  }

  /** The same options with another solver. */
  public IoOptions withSolver(Solver other) {
    return new IoOptions(other, denseLimit, tolerance, maxSweeps, threads);
  }

  /** Whether a system of {@code sectors} is solved with dense inverses. */
  public boolean dense(int sectors) {
    return solver == Solver.DENSE || (solver == Solver.AUTO && sectors <= denseLimit);
  }
}
