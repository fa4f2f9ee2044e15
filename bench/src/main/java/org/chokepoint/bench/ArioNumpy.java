package org.chokepoint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chokepoint.inputoutput.dynamic.Ario;
import org.chokepoint.inputoutput.dynamic.ArioParameters;
import org.chokepoint.inputoutput.dynamic.ArioShock;
import org.chokepoint.inputoutput.dynamic.FirmNetwork;

/**
 * The same ARIO run in numpy, vectorised over sectors and flows (what a user of Python would write:
 * {@code bincount} for sums by sector and inventory, {@code minimum.reduceat} for the input
 * constraint), in a separate process on the daily flows Chokepoint derived from the table (written
 * as raw little-endian arrays). Proportional rationing and capacity shocks only. It reports the
 * median and fastest of its runs, from the arrays in memory to the daily totals, and writes the
 * daily total production for comparison.
 */
final class ArioNumpy {
  static final String SCRIPT =
      """
      import json, resource, sys, time
      import numpy as np
      d, out, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
      meta = json.load(open(d + "/meta.json"))
      n, P, days = meta["n"], meta["products"], meta["days"]
      nd, tau, amax, atau = meta["inventory_days"], meta["inventory_tau"], meta["alpha_max"], meta["alpha_tau"]
      rd = lambda name, dt: np.fromfile(d + "/" + name, dtype=dt)
      sup, cus, prod = rd("sup.i32", "<i4"), rd("cus.i32", "<i4"), rd("prod.i32", "<i4")
      amt, x0, y0, own = rd("amt.f64", "<f8"), rd("x0.f64", "<f8"), rd("y0.f64", "<f8"), rd("own.f64", "<f8")
      delta = rd("delta.f64", "<f8").reshape(days, n)

      def run():
          key = cus.astype(np.int64) * P + prod
          uniq, slot = np.unique(key, return_inverse=True)
          S = len(uniq)
          slot_amt = np.bincount(slot, weights=amt, minlength=S)
          slot_cus = uniq // P
          a = slot_amt / x0[slot_cus]
          inv = nd * slot_amt
          share = amt / slot_amt[slot]
          owna = own / x0
          starts = np.flatnonzero(np.r_[True, slot_cus[1:] != slot_cus[:-1]])
          has = slot_cus[starts]
          orders = amt.copy()
          alpha = np.ones(n)
          total = np.empty(days)
          short_days = np.empty(days, dtype=np.int64)
          for t in range(days):
              D = y0 + np.bincount(sup, weights=orders, minlength=n)
              cap = x0 * (1 - np.minimum(1, delta[t])) * alpha
              G = D / (1 - owna)
              limit = np.minimum(cap, G)
              ratio = np.where(a > 0, inv / np.where(a > 0, a, 1), np.inf)
              byin = np.full(n, np.inf)
              byin[has] = np.minimum.reduceat(ratio, starts)
              short = byin < limit * (1 - 1e-12)
              xt = np.maximum(0, np.where(short, byin, limit))
              x = xt * (1 - owna)
              f = np.where(x >= D, 1.0, np.where(D > 0, x / np.where(D > 0, D, 1), 0.0))
              inv += np.bincount(slot, weights=orders * f[sup], minlength=S)
              use = a * xt[slot_cus]
              inv -= use
              want = use + (nd * a * G[slot_cus] - inv) / tau
              ws = want[slot]
              orders = np.where(ws > 0, share * ws, 0.0)
              up = (G > cap) & (G > 0)
              alpha = np.where(up, alpha + (amax - alpha) * (G - xt) / np.where(G > 0, G, 1) / atau,
                               alpha + (1 - alpha) / atau)
              total[t] = xt.sum()
              short_days[t] = short.sum()
          return total, short_days

      times = []
      for _ in range(runs):
          t0 = time.perf_counter()
          total, short_days = run()
          times.append(time.perf_counter() - t0)
      total.astype("<f8").tofile(out + "/production.f64")
      rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
      print(json.dumps({"numpy": np.__version__, "median_s": float(np.median(times)),
                        "min_s": float(min(times)), "max_rss_mb": rss,
                        "shortage_days": int((short_days > 0).sum())}))
      """;

  /** What the numpy side measured. */
  record Result(String numpy, double medianSeconds, double minSeconds, double maxRssMb) {}

  private ArioNumpy() {}

  /** Writes the daily flows, the parameters and the capacity losses per day and sector. */
  static void write(
      Ario.Daily daily, ArioParameters p, List<ArioShock> shocks, int days, Path dir) {
    FirmNetwork net = daily.network();
    int n = net.firms();
    int links = net.links();
    int[] sup = new int[links];
    int[] cus = new int[links];
    int[] prod = new int[links];
    double[] amt = new double[links];
    int products = 0;
    for (int l = 0; l < links; l++) {
      sup[l] = net.supplier(l);
      cus[l] = net.customer(l);
      prod[l] = net.product(l);
      amt[l] = net.amount(l);
      products = Math.max(products, prod[l] + 1);
    }
    double[] x0 = new double[n];
    double[] y0 = new double[n];
    for (int i = 0; i < n; i++) {
      x0[i] = daily.output(i);
      y0[i] = net.finalDemand(i);
    }
    double[] delta = new double[days * n];
    for (ArioShock s : shocks) {
      if (s.kind() != ArioShock.Kind.CAPACITY) {
        throw new IllegalArgumentException("the numpy comparison takes capacity shocks only");
      }
      for (int t = 0; t < days; t++) {
        for (int i : s.sectors()) {
          delta[t * n + i] += s.at(t);
        }
      }
    }
    if (p.rationing() != org.chokepoint.inputoutput.dynamic.FirmParameters.Rationing.PROPORTIONAL) {
      throw new IllegalArgumentException("the numpy comparison takes proportional rationing only");
    }
    try {
      Files.createDirectories(dir);
      InputOutputScipy.ints(dir.resolve("sup.i32"), sup);
      InputOutputScipy.ints(dir.resolve("cus.i32"), cus);
      InputOutputScipy.ints(dir.resolve("prod.i32"), prod);
      InputOutputScipy.doubles(dir.resolve("amt.f64"), amt);
      InputOutputScipy.doubles(dir.resolve("x0.f64"), x0);
      InputOutputScipy.doubles(dir.resolve("y0.f64"), y0);
      InputOutputScipy.doubles(dir.resolve("own.f64"), daily.ownUse());
      InputOutputScipy.doubles(dir.resolve("delta.f64"), delta);
      Files.writeString(
          dir.resolve("meta.json"),
          String.format(
              java.util.Locale.ROOT,
              "{\"n\": %d, \"products\": %d, \"days\": %d, \"inventory_days\": %s,"
                  + " \"inventory_tau\": %s, \"alpha_max\": %s, \"alpha_tau\": %s}",
              n,
              products,
              days,
              Double.toString(p.inventoryDays()),
              Double.toString(p.inventoryTau()),
              Double.toString(p.alphaMax()),
              Double.toString(p.alphaTau())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the script {@code runs} times; the last run's daily production goes to {@code out}. */
  static Result run(Path dir, Path out, int runs) {
    try {
      Files.createDirectories(out);
      Path script = dir.resolve("ario.py");
      Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
      ProcessBuilder pb =
          new ProcessBuilder(
                  "python3", script.toString(), dir.toString(), out.toString(), "" + runs)
              .redirectError(ProcessBuilder.Redirect.INHERIT);
      pb.environment().put("OPENBLAS_NUM_THREADS", "2");
      pb.environment().put("OMP_NUM_THREADS", "2");
      Process proc = pb.start();
      String text =
          new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (proc.waitFor() != 0) {
        throw new IllegalStateException("python3 failed with exit code " + proc.exitValue());
      }
      Map<String, String> j = InputOutputScipy.flatJson(text);
      return new Result(
          j.get("numpy"),
          Double.parseDouble(j.get("median_s")),
          Double.parseDouble(j.get("min_s")),
          Double.parseDouble(j.get("max_rss_mb")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The daily total production the script wrote. */
  static double[] production(Path out, int days) {
    try {
      ByteBuffer b =
          ByteBuffer.wrap(Files.readAllBytes(out.resolve("production.f64")))
              .order(ByteOrder.LITTLE_ENDIAN);
      double[] d = new double[days];
      b.asDoubleBuffer().get(d);
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
