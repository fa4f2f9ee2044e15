package org.chokepoint.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chokepoint.inputoutput.ExtensionResult;
import org.chokepoint.inputoutput.IoAnalysis;
import org.chokepoint.inputoutput.IoOptions;
import org.chokepoint.inputoutput.IoProgress;
import org.chokepoint.inputoutput.IoResult;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseMatrix;
import org.chokepoint.inputoutput.matrix.GaussSeidelInverse;

/**
 * End-to-end timer (not JMH: one run takes seconds and is what a user waits for) of the footprints
 * of a SYNTHETIC 10,000-sector system ({@link InputOutputSynthetic}): from Z, Y and F in memory to
 * x, A, B, M, M_down and the four D accounts, on the iterative path, compared in the same run with
 * numpy/scipy on the same system ({@link InputOutputScipy}); the results are checked against each
 * other. Usage:
 *
 * <pre>
 * java -Xmx4g -cp bench/target/benchmarks.jar org.chokepoint.bench.InputOutputBenchmark \
 *     [--regions 50] [--products 200] [--domestic 20] [--imported 10] [--stressors 3] [--seed 1]
 *     [--runs 5] [--python-runs 5] [--threads 2] [--dir /tmp/chokepoint-io-bench] [--no-python] [--numpy-dense]
 * </pre>
 *
 * Target on 2 cores: at most 5 s. Results: {@code docs/benchmarks.md}, "Input–output footprints".
 */
public final class InputOutputBenchmark {
  private InputOutputBenchmark() {}

  public static void main(String[] args) {
    Map<String, String> opt = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String key = args[i].replaceFirst("^--", "");
      boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
      opt.put(key, flag ? "true" : args[++i]);
    }
    int regions = Integer.parseInt(opt.getOrDefault("regions", "50"));
    int products = Integer.parseInt(opt.getOrDefault("products", "200"));
    int domestic = Integer.parseInt(opt.getOrDefault("domestic", "20"));
    int imported = Integer.parseInt(opt.getOrDefault("imported", "10"));
    int stressors = Integer.parseInt(opt.getOrDefault("stressors", "3"));
    long seed = Long.parseLong(opt.getOrDefault("seed", "1"));
    int runs = Integer.parseInt(opt.getOrDefault("runs", "5"));
    int pythonRuns = Integer.parseInt(opt.getOrDefault("python-runs", String.valueOf(runs)));
    int threads = Integer.parseInt(opt.getOrDefault("threads", "2"));
    Path dir = Path.of(opt.getOrDefault("dir", "/tmp/chokepoint-io-bench"));
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "Java %s, %d processors, max heap %,d MB%n",
        System.getProperty("java.runtime.version"), rt.availableProcessors(), rt.maxMemory() >> 20);
    long g0 = System.nanoTime();
    IoSystem s =
        InputOutputSynthetic.generate(regions, products, domestic, imported, stressors, seed);
    System.out.printf(
        Locale.ROOT,
        "SYNTHETIC system (not real data), generated in %.1f s (not measured): %s%n"
            + "  %,d sectors, Z %,d non-zeros (%.2f %%), largest column sum of A %.3f"
            + " (so ρ(A) < %.3f), Y %,d × %d%n",
        (System.nanoTime() - g0) / 1e9,
        s,
        s.size(),
        s.z().nonZeros(),
        100.0 * s.z().nonZeros() / ((double) s.size() * s.size()),
        maxColumnSum(s.a()),
        maxColumnSum(s.a()),
        s.y().rows(),
        s.y().cols());
    IoOptions options =
        new IoOptions(
            IoOptions.Solver.ITERATIVE,
            IoOptions.DEFAULT_DENSE_LIMIT,
            GaussSeidelInverse.DEFAULT_TOLERANCE,
            GaussSeidelInverse.DEFAULT_MAX_SWEEPS,
            threads);
    double[] times = new double[runs];
    IoResult r = null;
    for (int k = -1; k < runs; k++) { // one warm-up run
      long t0 = System.nanoTime();
      IoSystem fresh = new IoSystem(s.sectors(), s.finalDemand(), s.z(), s.y(), s.extensions());
      r = new IoAnalysis(options).run(fresh, IoProgress.NONE);
      double t = (System.nanoTime() - t0) / 1e9;
      if (k >= 0) {
        times[k] = t;
      }
      System.out.printf(Locale.ROOT, "  Chokepoint run %d: %.3f s%n", k + 1, t);
    }
    System.out.printf(
        Locale.ROOT,
        "Chokepoint, Gauss-Seidel, %d threads: median %.3f s, fastest %.3f s; %s%n",
        threads,
        median(times),
        Arrays.stream(times).min().orElse(0),
        r.leontiefStats());
    System.out.println("  Ghosh (M_down): " + r.ghoshStats());
    if (opt.containsKey("no-python")) {
      return;
    }
    if (!InputOutputScipy.available()) {
      System.out.println("numpy/scipy comparison skipped: python3 with numpy and scipy not found");
      return;
    }
    InputOutputScipy.write(s, dir);
    List<String> methods = new ArrayList<>(List.of("splu", "jacobi"));
    if (opt.containsKey("numpy-dense")) {
      methods.add("dense");
    }
    for (String m : methods) {
      Path out = dir.resolve("out-" + m);
      InputOutputScipy.Result py =
          InputOutputScipy.run(
              dir,
              out,
              m,
              GaussSeidelInverse.DEFAULT_TOLERANCE,
              m.equals("dense") ? 1 : pythonRuns);
      System.out.printf(
          Locale.ROOT,
          "numpy %s / scipy %s, %s: median %.3f s, fastest %.3f s%s, peak RSS %,.0f MB;"
              + " Chokepoint takes %.2f× its time%n",
          py.numpy(),
          py.scipy(),
          m,
          py.medianSeconds(),
          py.minSeconds(),
          py.sweeps() > 0 ? ", " + py.sweeps() + " iterations" : "",
          py.maxRssMb(),
          median(times) / py.medianSeconds());
      compare(r.extensions().get(0), out, s.size());
    }
  }

  /** Largest relative difference per account: max |java − python| / max |python|. */
  private static void compare(ExtensionResult e, Path out, int n) {
    int ne = e.m().rows();
    StringBuilder b = new StringBuilder("  agreement (max |Δ| / max |value|):");
    for (ExtensionResult.Named d :
        List.of(
            new ExtensionResult.Named("M", e.m()),
            new ExtensionResult.Named("M_down", e.mDown()),
            new ExtensionResult.Named("D_cba", e.dCba()),
            new ExtensionResult.Named("D_pba", e.dPba()),
            new ExtensionResult.Named("D_imp", e.dImp()),
            new ExtensionResult.Named("D_exp", e.dExp()))) {
      DenseMatrix py = InputOutputScipy.read(out, d.name(), ne, n);
      if (py != null) {
        b.append(String.format(Locale.ROOT, " %s %.1e", d.name(), relative(d.matrix(), py)));
      }
    }
    System.out.println(b);
  }

  static double relative(DenseMatrix a, DenseMatrix b) {
    double scale = 0;
    for (double v : b.data()) {
      scale = Math.max(scale, Math.abs(v));
    }
    return a.maxAbsDifference(b) / (scale == 0 ? 1 : scale);
  }

  private static double maxColumnSum(CsrMatrix a) {
    double[] s = new double[a.cols()];
    for (int k = 0; k < a.nonZeros(); k++) {
      s[a.columns()[k]] += a.values()[k];
    }
    return Arrays.stream(s).max().orElse(0);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length == 0
        ? 0
        : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
