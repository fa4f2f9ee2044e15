package org.chokepoint.inputoutput.matrix;

/**
 * What applying an inverse cost and how accurate it was.
 *
 * @param method "dense inverse (LU, partial pivoting)" or "Gauss–Seidel on sparse rows"
 * @param rightHandSides vectors solved for so far
 * @param maxSweeps the most sweeps any block of right-hand sides needed (0 for the dense path)
 * @param maxRelativeResidual the largest {@code ‖b − (I − C)x‖∞ / ‖b‖∞} over the solved vectors
 *     (the iterative path; NaN where not measured)
 */
public record SolveStats(
    String method, long rightHandSides, int maxSweeps, double maxRelativeResidual) {}
