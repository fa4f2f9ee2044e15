package org.chokepoint.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chokepoint.inputoutput.IoProgress;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.dynamic.Ario;
import org.chokepoint.inputoutput.dynamic.ArioParameters;
import org.chokepoint.inputoutput.dynamic.ArioResult;
import org.chokepoint.inputoutput.dynamic.ArioShock;

/**
 * End-to-end timer of the sector-level ARIO model on a SYNTHETIC table of 50 regions × 20 sectors
 * ({@link InputOutputSynthetic}, not real data) over 365 days, compared in the same run with the
 * same model in numpy ({@link ArioNumpy}); the daily totals are checked against each other. The
 * shock: half the capacity of every sector of region 0 lost for 60 days, recovering over 60 more.
 * Usage:
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.chokepoint.bench.ArioBenchmark \
 *     [--regions 50] [--sectors 20] [--domestic 10] [--imported 10] [--days 365] [--runs 10]
 *     [--seed 1] [--dir /tmp/chokepoint-ario-bench] [--no-python]
 * </pre>
 *
 * Target on 2 cores: at most 1 s. Results: {@code docs/benchmarks.md}, "ARIO".
 */
public final class ArioBenchmark {
  private ArioBenchmark() {}

  public static void main(String[] args) {
    Map<String, String> opt = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String key = args[i].replaceFirst("^--", "");
      boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
      opt.put(key, flag ? "true" : args[++i]);
    }
    int regions = Integer.parseInt(opt.getOrDefault("regions", "50"));
    int sectors = Integer.parseInt(opt.getOrDefault("sectors", "20"));
    int domestic = Integer.parseInt(opt.getOrDefault("domestic", "10"));
    int imported = Integer.parseInt(opt.getOrDefault("imported", "10"));
    int days = Integer.parseInt(opt.getOrDefault("days", "365"));
    int runs = Integer.parseInt(opt.getOrDefault("runs", "10"));
    long seed = Long.parseLong(opt.getOrDefault("seed", "1"));
    Path dir = Path.of(opt.getOrDefault("dir", "/tmp/chokepoint-ario-bench"));
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "Java %s, %d processors, max heap %,d MB%n",
        System.getProperty("java.runtime.version"), rt.availableProcessors(), rt.maxMemory() >> 20);
    IoSystem s = InputOutputSynthetic.generate(regions, sectors, domestic, imported, 1, seed);
    ArioParameters p = ArioParameters.DEFAULTS;
    List<ArioShock> shocks = shocks(sectors);
    Ario.Daily daily = Ario.daily(s, new int[0], p);
    System.out.printf(
        Locale.ROOT,
        "SYNTHETIC table (not real data): %d regions × %d sectors = %,d sectors, %,d flows"
            + " between sectors; %d days%n",
        regions,
        sectors,
        s.size(),
        daily.network().links(),
        days);
    double[] times = new double[runs];
    ArioResult r = null;
    for (int k = -1; k < runs; k++) { // one warm-up run
      long t0 = System.nanoTime();
      r = Ario.run(s, new int[0], p, shocks, days, IoProgress.NONE);
      double t = (System.nanoTime() - t0) / 1e9;
      if (k >= 0) {
        times[k] = t;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "Chokepoint ARIO (from the table, one thread): median %.3f s, fastest %.3f s;"
            + " total loss %.1f, peak on day %d, shortage %s%n",
        median(times),
        Arrays.stream(times).min().orElse(0),
        r.totalLoss(),
        r.peakDay(),
        r.shortage());
    if (opt.containsKey("no-python")) {
      return;
    }
    if (!InputOutputScipy.available()) {
      System.out.println("numpy comparison skipped: python3 with numpy not found");
      return;
    }
    ArioNumpy.write(daily, p, shocks, days, dir);
    Path out = dir.resolve("out");
    ArioNumpy.Result py = ArioNumpy.run(dir, out, runs);
    System.out.printf(
        Locale.ROOT,
        "numpy %s (vectorised over sectors and flows): median %.3f s, fastest %.3f s, peak RSS"
            + " %,.0f MB; Chokepoint takes %.3f× its time%n",
        py.numpy(),
        py.medianSeconds(),
        py.minSeconds(),
        py.maxRssMb(),
        median(times) / py.medianSeconds());
    System.out.printf(
        Locale.ROOT,
        "  agreement: largest |Δ daily production| / baseline = %.1e%n",
        largestDifference(r, ArioNumpy.production(out, days)));
  }

  /** Half the capacity of region 0's sectors for 60 days, then 60 days of recovery. */
  static List<ArioShock> shocks(int sectors) {
    int[] hit = new int[sectors];
    for (int i = 0; i < sectors; i++) {
      hit[i] = i;
    }
    List<ArioShock> out = new ArrayList<>();
    out.add(new ArioShock(ArioShock.Kind.CAPACITY, hit, null, 0.5, 0, 60, 60));
    return out;
  }

  static double largestDifference(ArioResult r, double[] numpy) {
    double worst = 0;
    for (int t = 0; t < r.days(); t++) {
      worst = Math.max(worst, Math.abs(r.totalProduction(t) - numpy[t]));
    }
    return worst / r.baselineTotal();
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }
}
