package org.chokepoint.network.firm;

/**
 * Exposure of every node to a shocked set S: {@code e(f) = Σ_j w(j→f)·e(j)}, where {@code w(j→f)}
 * is j's share of f's purchased inputs by amount, and {@code e = 1} on S. A node outside S with no
 * supplier, or whose suppliers' amounts sum to 0, has {@code e = 0}. On cycles the equations have
 * many solutions; the exposure is the least one, the limit of iterating from {@code e = 0}.
 *
 * <p>Method: the strongly connected components are visited upstream first ({@link
 * StrongComponents}), so a node outside any cycle is computed exactly in one step from its finished
 * suppliers. Inside a cycle ({@link CycleSolver}), Gauss–Seidel sweeps start from 0 and increase
 * monotonically towards the least fixed point; they stop when no value changes by more than the
 * tolerance in a sweep and the distance left to the limit, estimated from how fast the changes
 * shrink, is within the tolerance too. The iterations reported are the most sweeps any one
 * component needed (1 when there is no cycle).
 */
public final class Exposure {
  /** The tolerance of {@code docs/methods/firm-networks.md}. */
  public static final double DEFAULT_TOLERANCE = 1e-9;

  /** Sweeps after which a component is given up on, reported as not converged. */
  public static final int DEFAULT_MAX_ITERATIONS = 100_000;

  private final FirmNetwork network;
  private final StrongComponents components;

  /** Prepares the network's components once, for any number of shocks. */
  public Exposure(FirmNetwork network) {
    this.network = network;
    this.components = StrongComponents.of(network);
  }

  /** Exposure of every node of {@code network} to the shocked {@code nodes}, on one thread. */
  public static ExposureResult of(FirmNetwork network, int... nodes) {
    boolean[] shocked = new boolean[network.nodeCount()];
    for (int v : nodes) {
      shocked[v] = true;
    }
    return new Exposure(network).compute(shocked, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS, 1);
  }

  /**
   * Exposure to the nodes marked in {@code shocked} (one flag per node).
   *
   * @param tolerance the largest change in a sweep at which a cycle counts as converged
   * @param threads threads for the sweeps over large cycles (at least 1); with more than one, each
   *     thread sweeps a block of the cycle Gauss–Seidel style and sees the other blocks as they
   *     were after the previous sweep, so results agree with one thread within the tolerance and do
   *     not depend on timing
   */
  public ExposureResult compute(
      boolean[] shocked, double tolerance, int maxIterations, int threads) {
    int n = network.nodeCount();
    if (shocked.length != n) {
      throw new IllegalArgumentException(
          "shocked has " + shocked.length + " flags, the network " + n + " nodes");
    }
    if (!(tolerance > 0) || maxIterations < 1 || threads < 1) {
      throw new IllegalArgumentException("tolerance must be > 0, max iterations and threads >= 1");
    }
    int[] inStart = network.inStart();
    int[] inSupplier = network.inSupplier();
    double[] inAmount = network.inAmount();
    double[] purchased = network.purchasedArray();
    int[] comp = components.componentArray();
    int[] start = components.startArray();
    int[] members = components.memberArray();
    double[] e = new double[n];
    CycleSolver cycles =
        new CycleSolver(network, n, components.largestSize(), tolerance, maxIterations, threads);
    for (int c = 0; c < components.count(); c++) {
      int from = start[c];
      int to = start[c + 1];
      int v = members[from];
      if (to - from == 1 && !hasSelfLink(v, inStart, inSupplier)) {
        if (shocked[v]) {
          e[v] = 1;
        } else if (purchased[v] > 0) {
          double sum = 0;
          for (int k = inStart[v]; k < inStart[v + 1]; k++) {
            sum += inAmount[k] * e[inSupplier[k]];
          }
          e[v] = Math.min(1, sum / purchased[v]);
        }
        continue;
      }
      cycles.solve(members, from, to, comp, c, shocked, e);
    }
    return new ExposureResult(e, cycles.iterations(), cycles.converged());
  }

  private static boolean hasSelfLink(int v, int[] inStart, int[] inSupplier) {
    for (int k = inStart[v]; k < inStart[v + 1]; k++) {
      if (inSupplier[k] == v) {
        return true;
      }
    }
    return false;
  }
}
