package org.chokepoint.inputoutput.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies {@code (I − C)⁻¹} to vectors by Gauss–Seidel sweeps over the sparse rows of C (for {@link
 * #apply}) or of Cᵀ (for {@link #applyLeft}), never forming the inverse. Each sweep updates {@code
 * x_i ← (b_i + Σ_{j≠i} c_ij·x_j) / (1 − c_ii)} in row order, starting from {@code x_i = b_i / (1 −
 * c_ii)}.
 *
 * <p>Convergence: for C ≥ 0 with spectral radius ρ(C) < 1 (a productive input–output system),
 * {@code I − C} is a non-singular M-matrix and the sweeps converge, at least as fast as the Jacobi
 * (power-series) iteration (Stein–Rosenberg). A vector is done when no element changed by more than
 * {@code tolerance} times the largest element in a sweep; the relative residual {@code ‖b − (I −
 * C)x‖∞ / ‖b‖∞} of every solution is then measured and reported in {@link #stats()}. Systems with
 * negative coefficients may not converge; after {@code maxSweeps} sweeps (or when the iterates blow
 * up) an {@link ArithmeticException} says so.
 *
 * <p>Right-hand sides are solved {@value #BLOCK} at a time, interleaved in one array so that each
 * stored coefficient is read once per sweep for all of them; blocks are shared among {@code
 * threads} threads. Each block is solved the same way whatever thread takes it, so results do not
 * depend on the thread count.
 */
public final class GaussSeidelInverse implements LeontiefInverse {
  /** Default relative change per sweep at which a solution counts as converged. */
  public static final double DEFAULT_TOLERANCE = 1e-12;

  /** Default sweeps after which a block is given up on. */
  public static final int DEFAULT_MAX_SWEEPS = 10_000;

  /** Right-hand sides solved together. */
  static final int BLOCK = 8;

  private final Rows forward;
  private final Rows transposed;
  private final double tolerance;
  private final int maxSweeps;
  private final int threads;
  private long solved;
  private int mostSweeps;
  private double worstResidual;

  private GaussSeidelInverse(CsrMatrix c, double tolerance, int maxSweeps, int threads) {
    if (c.rows() != c.cols()) {
      throw new IllegalArgumentException("needs a square matrix, got " + c);
    }
    if (!(tolerance > 0) || maxSweeps < 1 || threads < 1) {
      throw new IllegalArgumentException("tolerance must be > 0, sweeps and threads >= 1");
    }
    this.forward = new Rows(c);
    this.transposed = new Rows(c.transpose());
    this.tolerance = tolerance;
    this.maxSweeps = maxSweeps;
    this.threads = threads;
  }

  /** Prepares the sweeps over {@code c} and its transpose. */
  public static GaussSeidelInverse of(CsrMatrix c, double tolerance, int maxSweeps, int threads) {
    return new GaussSeidelInverse(c, tolerance, maxSweeps, threads);
  }

  @Override
  public int size() {
    return forward.n;
  }

  @Override
  public double[][] apply(double[][] rhs) {
    return solveAll(forward, rhs);
  }

  @Override
  public double[][] applyLeft(double[][] rows) {
    return solveAll(transposed, rows);
  }

  @Override
  public synchronized SolveStats stats() {
    return new SolveStats("Gauss–Seidel on sparse rows", solved, mostSweeps, worstResidual);
  }

  private double[][] solveAll(Rows m, double[][] rhs) {
    for (double[] b : rhs) {
      if (b.length != m.n) {
        throw new IllegalArgumentException("vector has " + b.length + " values, need " + m.n);
      }
    }
    double[][] out = new double[rhs.length][];
    int blocks = (rhs.length + BLOCK - 1) / BLOCK;
    int[] sweeps = new int[blocks];
    double[] residuals = new double[blocks];
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int k = next.getAndIncrement(); k < blocks; k = next.getAndIncrement()) {
            int from = k * BLOCK;
            int to = Math.min(rhs.length, from + BLOCK);
            Block b = new Block(m, rhs, from, to);
            sweeps[k] = b.solve(tolerance, maxSweeps);
            residuals[k] = b.residual();
            b.copyTo(out);
          }
        };
    int t = Math.min(threads, blocks);
    if (t <= 1) {
      worker.run();
    } else {
      runParallel(worker, t);
    }
    synchronized (this) {
      solved += rhs.length;
      for (int k = 0; k < blocks; k++) {
        mostSweeps = Math.max(mostSweeps, sweeps[k]);
        worstResidual = Math.max(worstResidual, residuals[k]);
      }
    }
    return out;
  }

  private static void runParallel(Runnable worker, int t) {
    ExecutorService pool = Executors.newFixedThreadPool(t);
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int p = 0; p < t; p++) {
        parts.add(pool.submit(worker));
      }
      for (Future<?> f : parts) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** The off-diagonal rows of a matrix and the reciprocal of {@code 1 − c_ii}. */
  static final class Rows {
    final int n;
    final int[] start;
    final int[] cols;
    final double[] vals;
    final double[] invDiag;

    Rows(CsrMatrix c) {
      this.n = c.rows();
      CsrMatrix off = c.withoutDiagonal();
      this.start = off.rowStart();
      this.cols = off.columns();
      this.vals = off.values();
      double[] d = c.diagonal();
      this.invDiag = new double[n];
      for (int i = 0; i < n; i++) {
        double p = 1 - d[i];
        if (p == 0) {
          throw new ArithmeticException(
              "I − A has a zero on its diagonal at " + i + " (a coefficient of 1 on itself)");
        }
        invDiag[i] = 1 / p;
      }
    }
  }
}
