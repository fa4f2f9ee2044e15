package org.chokepoint.inputoutput;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseInverse;
import org.chokepoint.inputoutput.matrix.GaussSeidelInverse;
import org.chokepoint.inputoutput.matrix.LeontiefInverse;
import org.chokepoint.inputoutput.matrix.SolveStats;

/**
 * Input–output analysis of a system as pymrio's {@code calc_all}: B, L and G, and for every
 * extension S, S_Y, M, M_down and the D accounts (see {@link Footprints}).
 *
 * <p>Two paths give the same numbers within the solver tolerance. The dense path (systems up to
 * {@link IoOptions#denseLimit()} sectors, or when asked) inverts {@code I − A} and {@code I − B} by
 * LU with partial pivoting and keeps L and G. The iterative path ({@link GaussSeidelInverse})
 * solves for just the vectors the footprints need and never forms an n×n matrix, so that systems of
 * 10,000 sectors and more fit in memory; L and G are then not produced.
 */
public final class IoAnalysis {
  private final IoOptions options;

  public IoAnalysis(IoOptions options) {
    this.options = options;
  }

  /** The analysis with default options and no progress reports. */
  public static IoResult analyze(IoSystem system) {
    return new IoAnalysis(IoOptions.defaults()).run(system, IoProgress.NONE);
  }

  /** Analyses {@code system}, reporting each step to {@code progress}. */
  public IoResult run(IoSystem system, IoProgress progress) {
    int n = system.size();
    boolean dense = options.dense(n);
    double[] x = system.x();
    CsrMatrix b = Coefficients.allocation(system.z(), x);
    progress.report(dense ? "inverting I − A (dense LU)" : "preparing Gauss–Seidel on A", 0, 1);
    LeontiefInverse leontief = inverse(system.a(), dense);
    progress.report(dense ? "inverting I − A (dense LU)" : "preparing Gauss–Seidel on A", 1, 1);
    LeontiefInverse ghosh = null;
    if (dense) {
      progress.report("inverting I − B (dense LU)", 0, 1);
      ghosh = inverse(b, true);
      progress.report("inverting I − B (dense LU)", 1, 1);
    }
    LeontiefInverse ghoshNow = ghosh;
    Supplier<LeontiefInverse> ghoshLater = new Lazy(() -> inverse(b, false), ghoshNow);
    List<ExtensionResult> results = new ArrayList<>();
    if (!system.extensions().isEmpty()) {
      progress.report("output by region of final demand", 0, 1);
      Footprints footprints = new Footprints(system, leontief, ghoshLater);
      progress.report("output by region of final demand", 1, 1);
      for (Extension e : system.extensions()) {
        results.add(footprints.of(e, progress));
      }
    }
    SolveStats ghoshStats =
        ghoshNow != null
            ? ghoshNow.stats()
            : ((Lazy) ghoshLater).created() ? ghoshLater.get().stats() : none(false);
    return new IoResult(
        system,
        b,
        dense ? ((DenseInverse) leontief).matrix() : null,
        dense ? ((DenseInverse) ghoshNow).matrix() : null,
        results,
        leontief.stats(),
        ghoshStats);
  }

  private LeontiefInverse inverse(CsrMatrix c, boolean dense) {
    if (dense) {
      return DenseInverse.of(c, options.threads());
    }
    return GaussSeidelInverse.of(c, options.tolerance(), options.maxSweeps(), options.threads());
  }

  private static SolveStats none(boolean dense) {
    return new SolveStats(
        dense ? "dense inverse (LU, partial pivoting)" : "Gauss–Seidel on sparse rows",
        0,
        0,
        Double.NaN);
  }

  /** Creates the Ghosh inverse on first use (the iterative path needs it only for M_down). */
  private static final class Lazy implements Supplier<LeontiefInverse> {
    private final Supplier<LeontiefInverse> create;
    private LeontiefInverse value;

    Lazy(Supplier<LeontiefInverse> create, LeontiefInverse given) {
      this.create = create;
      this.value = given;
    }

    @Override
    public LeontiefInverse get() {
      if (value == null) {
        value = create.get();
      }
      return value;
    }

    boolean created() {
      return value != null;
    }
  }
}
