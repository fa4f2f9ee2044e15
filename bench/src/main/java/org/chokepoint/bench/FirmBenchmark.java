package org.chokepoint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.chokepoint.inputoutput.IoProgress;
import org.chokepoint.inputoutput.dynamic.CapacityShock;
import org.chokepoint.inputoutput.dynamic.FirmNetwork;
import org.chokepoint.inputoutput.dynamic.FirmParameters;
import org.chokepoint.inputoutput.dynamic.FirmSimulation;
import org.chokepoint.inputoutput.dynamic.FirmTrajectory;

/**
 * End-to-end timer of the firm-level model on a SYNTHETIC supply network (not real data): {@code
 * firms} firms in {@code products} sectors, each customer buying from {@code links/firms} suppliers
 * on average (uniform, any other firm; the product is the supplier's sector; log-normal amounts),
 * final demand so that every firm's inputs are below its output. The shock: every tenth firm loses
 * half its capacity on day 0 and recovers over 30 days. Chokepoint runs both rationing rules; numpy
 * runs the same equations with proportional rationing, vectorised over links, in the same run, and
 * the daily totals are compared. Usage:
 *
 * <pre>
 * java -Xmx4g -cp bench/target/benchmarks.jar org.chokepoint.bench.FirmBenchmark \
 *     [--firms 1000000] [--links 5000000] [--products 100] [--days 100] [--seed 1]
 *     [--dir /tmp/chokepoint-firm-bench] [--no-python]
 * </pre>
 *
 * Target on 2 cores: at most 60 s and 4 GB of heap. Results: {@code docs/benchmarks.md}.
 */
public final class FirmBenchmark {
  private FirmBenchmark() {}

  static FirmNetwork generate(int firms, int links, int products, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] sector = new int[firms];
    for (int i = 0; i < firms; i++) {
      sector[i] = rnd.nextInt(products);
    }
    int[] sup = new int[links];
    int[] cus = new int[links];
    int[] prod = new int[links];
    double[] amt = new double[links];
    double[] sales = new double[firms];
    double[] inputs = new double[firms];
    for (int l = 0; l < links; l++) {
      int c = rnd.nextInt(firms);
      int s = rnd.nextInt(firms - 1);
      if (s >= c) {
        s++;
      }
      sup[l] = s;
      cus[l] = c;
      prod[l] = sector[s];
      amt[l] = Math.exp(rnd.nextGaussian());
      sales[s] += amt[l];
      inputs[c] += amt[l];
    }
    double[] output = new double[firms];
    double[] fd = new double[firms];
    for (int i = 0; i < firms; i++) {
      fd[i] = inputs[i] + Math.exp(rnd.nextGaussian());
      output[i] = sales[i] + fd[i];
    }
    return FirmNetwork.of(output, fd, sup, cus, prod, amt);
  }

  static List<CapacityShock> shocks(int firms) {
    List<CapacityShock> out = new ArrayList<>();
    for (int i = 0; i < firms; i += 10) {
      out.add(new CapacityShock(i, 0.5, 0, 30));
    }
    return out;
  }

  public static void main(String[] args) {
    Map<String, String> opt = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String key = args[i].replaceFirst("^--", "");
      boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
      opt.put(key, flag ? "true" : args[++i]);
    }
    int firms = Integer.parseInt(opt.getOrDefault("firms", "1000000"));
    int links = Integer.parseInt(opt.getOrDefault("links", "5000000"));
    int products = Integer.parseInt(opt.getOrDefault("products", "100"));
    int days = Integer.parseInt(opt.getOrDefault("days", "100"));
    long seed = Long.parseLong(opt.getOrDefault("seed", "1"));
    Path dir = Path.of(opt.getOrDefault("dir", "/tmp/chokepoint-firm-bench"));
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "Java %s, %d processors, max heap %,d MB%n",
        System.getProperty("java.runtime.version"), rt.availableProcessors(), rt.maxMemory() >> 20);
    long g0 = System.nanoTime();
    FirmNetwork net = generate(firms, links, products, seed);
    List<CapacityShock> shocks = shocks(firms);
    System.out.printf(
        Locale.ROOT,
        "SYNTHETIC network (not real data): %,d firms, %,d links, %d products, %,d inventory"
            + " slots; generated and indexed in %.1f s (not measured)%n",
        net.firms(),
        net.links(),
        products,
        net.slots(),
        (System.nanoTime() - g0) / 1e9);
    FirmTrajectory prop = null;
    for (FirmParameters.Rationing rule : FirmParameters.Rationing.values()) {
      System.gc();
      long t0 = System.nanoTime();
      FirmTrajectory t =
          FirmSimulation.run(net, new FirmParameters(15, 6, rule), shocks, days, IoProgress.NONE);
      double s = (System.nanoTime() - t0) / 1e9;
      long used = rt.totalMemory() - rt.freeMemory();
      System.out.printf(
          Locale.ROOT,
          "Chokepoint, %s rationing, %d days, one thread: %.2f s; heap in use at the end %,d MB;"
              + " production day 0 %.1f%% of baseline, last day %.1f%%%n",
          rule.name().toLowerCase(Locale.ROOT),
          days,
          s,
          used >> 20,
          100 * t.production()[1] / t.production()[0],
          100 * t.production()[days] / t.production()[0]);
      if (rule == FirmParameters.Rationing.PROPORTIONAL) {
        prop = t;
      }
    }
    if (opt.containsKey("no-python") || !InputOutputScipy.available()) {
      return;
    }
    write(net, shocks, days, dir);
    double[] py = runNumpy(dir, days);
    double worst = 0;
    for (int t = 0; t < days; t++) {
      worst = Math.max(worst, Math.abs(prop.production()[t + 1] - py[t]));
    }
    System.out.printf(
        Locale.ROOT,
        "  agreement (proportional): largest |Δ daily production| / baseline = %.1e%n",
        worst / prop.production()[0]);
  }

  static final String SCRIPT =
      """
      import json, sys, time
      import numpy as np
      d = sys.argv[1]
      meta = json.load(open(d + "/meta.json"))
      n, P, days = meta["n"], meta["products"], meta["days"]
      rd = lambda name, dt: np.fromfile(d + "/" + name, dtype=dt)
      sup, cus, prod = rd("sup.i32", "<i4"), rd("cus.i32", "<i4"), rd("prod.i32", "<i4")
      amt, x0, c = rd("amt.f64", "<f8"), rd("x0.f64", "<f8"), rd("c.f64", "<f8")
      hit, loss, start, rec = rd("hit.i32", "<i4"), meta["loss"], meta["start"], meta["recovery"]
      nd, tau = 15.0, 6.0
      t0 = time.perf_counter()
      key = cus.astype(np.int64) * P + prod
      uniq, slot = np.unique(key, return_inverse=True)
      S = len(uniq)
      slot_amt = np.bincount(slot, weights=amt, minlength=S)
      slot_cus = uniq // P
      a = slot_amt / x0[slot_cus]
      inv = nd * slot_amt
      share = amt / slot_amt[slot]
      starts = np.flatnonzero(np.r_[True, slot_cus[1:] != slot_cus[:-1]])
      has = slot_cus[starts]
      orders = amt.copy()
      total = np.empty(days)
      for t in range(days):
          delta = np.zeros(n)
          if t >= start:
              delta[hit] = loss * max(0.0, 1 - (t - start) / rec) if rec > 0 else loss
          D = c + np.bincount(sup, weights=orders, minlength=n)
          cap = x0 * (1 - np.minimum(1, delta))
          limit = np.minimum(cap, D)
          ratio = inv / a
          byin = np.full(n, np.inf)
          byin[has] = np.minimum.reduceat(ratio, starts)
          x = np.maximum(0, np.where(byin < limit, byin, limit))
          f = np.where(x >= D, 1.0, np.where(D > 0, x / np.where(D > 0, D, 1), 0.0))
          inv += np.bincount(slot, weights=orders * f[sup], minlength=S)
          use = a * x[slot_cus]
          inv -= use
          want = use + (nd * use - inv) / tau
          ws = want[slot]
          orders = np.where(ws > 0, share * ws, 0.0)
          total[t] = x.sum()
      el = time.perf_counter() - t0
      total.astype("<f8").tofile(d + "/production.f64")
      import resource
      print(json.dumps({"numpy": np.__version__, "seconds": el,
                        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
      """;

  private static void write(FirmNetwork net, List<CapacityShock> shocks, int days, Path dir) {
    int n = net.firms();
    int m = net.links();
    int[] sup = new int[m];
    int[] cus = new int[m];
    int[] prod = new int[m];
    double[] amt = new double[m];
    int products = 0;
    for (int l = 0; l < m; l++) {
      sup[l] = net.supplier(l);
      cus[l] = net.customer(l);
      prod[l] = net.product(l);
      amt[l] = net.amount(l);
      products = Math.max(products, prod[l] + 1);
    }
    double[] x0 = new double[n];
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      x0[i] = net.output(i);
      c[i] = net.finalDemand(i);
    }
    int[] hit = shocks.stream().mapToInt(CapacityShock::firm).toArray();
    CapacityShock s0 = shocks.get(0);
    try {
      Files.createDirectories(dir);
      InputOutputScipy.ints(dir.resolve("sup.i32"), sup);
      InputOutputScipy.ints(dir.resolve("cus.i32"), cus);
      InputOutputScipy.ints(dir.resolve("prod.i32"), prod);
      InputOutputScipy.ints(dir.resolve("hit.i32"), hit);
      InputOutputScipy.doubles(dir.resolve("amt.f64"), amt);
      InputOutputScipy.doubles(dir.resolve("x0.f64"), x0);
      InputOutputScipy.doubles(dir.resolve("c.f64"), c);
      Files.writeString(
          dir.resolve("meta.json"),
          String.format(
              Locale.ROOT,
              "{\"n\": %d, \"products\": %d, \"days\": %d, \"loss\": %s, \"start\": %d,"
                  + " \"recovery\": %d}",
              n,
              products,
              days,
              Double.toString(s0.loss()),
              s0.start(),
              s0.recoveryDays()));
      Files.writeString(dir.resolve("firm.py"), SCRIPT, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double[] runNumpy(Path dir, int days) {
    try {
      Process p =
          new ProcessBuilder("python3", dir.resolve("firm.py").toString(), dir.toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("python3 failed with exit code " + p.exitValue());
      }
      Map<String, String> j = InputOutputScipy.flatJson(text);
      System.out.printf(
          Locale.ROOT,
          "numpy %s, proportional rationing, vectorised over links: %.2f s (one run), peak RSS"
              + " %,.0f MB%n",
          j.get("numpy"),
          Double.parseDouble(j.get("seconds")),
          Double.parseDouble(j.get("max_rss_mb")));
      ByteBuffer b =
          ByteBuffer.wrap(Files.readAllBytes(dir.resolve("production.f64")))
              .order(ByteOrder.LITTLE_ENDIAN);
      double[] d = new double[days];
      b.asDoubleBuffer().get(d);
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
