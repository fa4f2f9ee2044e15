package org.chokepoint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.chokepoint.disclosure.Cell;
import org.chokepoint.disclosure.CellInterval;
import org.chokepoint.disclosure.CellStatus;
import org.chokepoint.disclosure.Contribution;
import org.chokepoint.disclosure.DisclosureControl;
import org.chokepoint.disclosure.IntervalAudit;
import org.chokepoint.disclosure.ProtectedTable;
import org.chokepoint.disclosure.Release;
import org.chokepoint.disclosure.Rules;

/**
 * End-to-end benchmark of disclosure control on SYNTHETIC microdata: protect (table building,
 * primary rules, complementary suppression, its closing audit) and the release gate's audit of a
 * table of about 50,000 cells built from 10,000 contributions, against what a user would otherwise
 * do: one scipy {@code linprog} (HiGHS) minimisation and maximisation per suppressed cell over the
 * whole table's equations, run for a fixed time budget and extrapolated to all suppressed cells.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.chokepoint.bench.DisclosureBenchmark
 * [--dims 249,199] [--contributions 10000] [--runs 5] [--scipy-seconds 60] [--seed 9]}
 */
public final class DisclosureBenchmark {
  private DisclosureBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int[] sizes =
        Arrays.stream(o.getOrDefault("dims", "249,199").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    int n = o.containsKey("contributions") ? Integer.parseInt(o.get("contributions")) : 10_000;
    int runs = Integer.parseInt(o.getOrDefault("runs", "5"));
    double scipySeconds = Double.parseDouble(o.getOrDefault("scipy-seconds", "60"));
    long seed = Long.parseLong(o.getOrDefault("seed", "9"));
    List<String> dims = new ArrayList<>();
    for (int d = 0; d < sizes.length; d++) {
      dims.add("d" + d);
    }
    List<Contribution> rows = synthetic(sizes, n, seed);
    Rules rules = Rules.parse("freq:n=3;nk:n=2,k=80;p:p=10");
    System.out.printf(
        Locale.ROOT,
        "SYNTHETIC microdata: %,d contributions over %s categories, seed %d; rules %s%n",
        rows.size(),
        Arrays.toString(sizes),
        seed,
        rules);
    double[] protect = new double[runs];
    double[] release = new double[runs];
    double[] audit = new double[runs];
    ProtectedTable t = null;
    List<CellInterval> intervals = null;
    Release r = null;
    for (int run = 0; run < runs; run++) {
      long a = System.nanoTime();
      t = DisclosureControl.protect(dims, rows, rules, true);
      long b = System.nanoTime();
      r = Release.of(t);
      long c = System.nanoTime();
      intervals = IntervalAudit.audit(dims, r.publishedCells());
      long d = System.nanoTime();
      protect[run] = (b - a) / 1e9;
      release[run] = (c - b) / 1e9;
      audit[run] = (d - c) / 1e9;
    }
    System.out.printf(
        Locale.ROOT,
        "table: %,d cells with margins: %,d safe, %,d primary, %,d secondary, %,d empty%n",
        t.cells().size(),
        t.count(CellStatus.SAFE),
        t.count(CellStatus.PRIMARY),
        t.count(CellStatus.SECONDARY),
        t.count(CellStatus.EMPTY));
    System.out.printf(
        Locale.ROOT,
        "protect (build, rules, secondary, closing audit): median %.2f s, min %.2f s over %d runs%n",
        median(protect),
        min(protect),
        runs);
    System.out.printf(
        Locale.ROOT,
        "Release.of (audit gate): median %.2f s; IntervalAudit.audit from published cells: median"
            + " %.2f s%n",
        median(release),
        median(audit));
    double total = median(protect) + median(release);
    System.out.printf(
        Locale.ROOT,
        "protect + audited release: %.2f s (target <= 10 s: %s)%n",
        total,
        total <= 10 ? "met" : "MISSED");
    if (scipySeconds > 0) {
      scipy(dims, r.publishedCells(), t.cells(), intervals, scipySeconds);
    }
  }

  /** Zipf-like categories, log-normal values, 3,000 firms of which a third sit in 300 groups. */
  static List<Contribution> synthetic(int[] sizes, int n, long seed) {
    Random rnd = new Random(seed);
    List<Contribution> out = new ArrayList<>(n);
    double[][] cdf = new double[sizes.length][];
    for (int d = 0; d < sizes.length; d++) {
      cdf[d] = zipf(sizes[d], 1.0 + 0.1 * d);
    }
    for (int i = 0; i < n; i++) {
      List<String> coords = new ArrayList<>(sizes.length);
      for (int d = 0; d < sizes.length; d++) {
        int k = Arrays.binarySearch(cdf[d], rnd.nextDouble());
        coords.add(String.format(Locale.ROOT, "c%04d", k < 0 ? -k - 1 : k));
      }
      int firm = rnd.nextInt(3000);
      String group = firm % 3 == 0 ? "g" + (firm % 300) : null;
      double v = Math.exp(3 + 1.5 * rnd.nextGaussian());
      out.add(new Contribution(coords, v, "f" + firm, group));
    }
    return out;
  }

  private static double[] zipf(int k, double s) {
    double[] c = new double[k];
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += 1 / Math.pow(i + 1, s);
      c[i] = sum;
    }
    for (int i = 0; i < k; i++) {
      c[i] /= sum;
    }
    c[k - 1] = 1;
    return c;
  }

  private static double median(double[] a) {
    double[] s = a.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double min(double[] a) {
    return Arrays.stream(a).min().orElse(Double.NaN);
  }

  /**
   * The whole-table LP per suppressed cell in scipy: A_eq x = b_eq over all suppressed cells with
   * every margin equation, bounds x >= 0; for as many cells as fit in the time budget.
   */
  private static void scipy(
      List<String> dims,
      List<Cell> published,
      List<Cell> truth,
      List<CellInterval> ours,
      double budget)
      throws IOException, InterruptedException {
    Map<List<String>, Integer> index = new HashMap<>();
    Map<List<String>, Integer> var = new HashMap<>();
    List<List<String>> cats = new ArrayList<>();
    for (int d = 0; d < dims.size(); d++) {
      cats.add(new ArrayList<>());
    }
    for (int i = 0; i < published.size(); i++) {
      Cell c = published.get(i);
      index.put(c.coordinates(), i);
      if (c.status().suppressed()) {
        var.put(c.coordinates(), var.size());
      }
      for (int d = 0; d < dims.size(); d++) {
        String k = c.coordinates().get(d);
        if (!k.equals(Cell.TOTAL) && !cats.get(d).contains(k)) {
          cats.get(d).add(k);
        }
      }
    }
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    int row = 0;
    for (Cell c : published) {
      for (int d = 0; d < dims.size(); d++) {
        if (!c.coordinates().get(d).equals(Cell.TOTAL)) {
          continue;
        }
        double rhs = 0;
        StringBuilder terms = new StringBuilder();
        List<List<String>> members = new ArrayList<>();
        members.add(c.coordinates());
        for (String k : cats.get(d)) {
          List<String> ch = new ArrayList<>(c.coordinates());
          ch.set(d, k);
          members.add(ch);
        }
        for (int m = 0; m < members.size(); m++) {
          double coef = m == 0 ? 1 : -1;
          Cell cell = published.get(index.get(members.get(m)));
          Integer v = var.get(members.get(m));
          if (v != null) {
            terms.append(row).append(',').append(v).append(',').append(coef).append('\n');
          } else {
            rhs -= coef * cell.total();
          }
        }
        if (terms.length() > 0) {
          a.append(terms);
          b.append(rhs).append('\n');
          row++;
        }
      }
    }
    Path dir = Files.createTempDirectory("sdc-scipy");
    Files.writeString(dir.resolve("a.csv"), a);
    Files.writeString(dir.resolve("b.csv"), b);
    StringBuilder ourLines = new StringBuilder();
    for (CellInterval iv : ours) {
      ourLines
          .append(var.get(iv.coordinates()))
          .append(',')
          .append(iv.lower())
          .append(',')
          .append(Double.isInfinite(iv.upper()) ? "inf" : Double.toString(iv.upper()))
          .append('\n');
    }
    Files.writeString(dir.resolve("ours.csv"), ourLines);
    Files.writeString(dir.resolve("audit.py"), SCRIPT);
    Process p =
        new ProcessBuilder(
                "python3",
                dir.resolve("audit.py").toString(),
                dir.toString(),
                Integer.toString(var.size()),
                Double.toString(budget))
            .inheritIO()
            .start();
    if (p.waitFor() != 0) {
      throw new UncheckedIOException(new IOException("scipy baseline failed"));
    }
  }

  static final String SCRIPT =
      """
      import sys, time
      import numpy as np, scipy, scipy.sparse as sp
      from scipy.optimize import linprog
      d, nv, budget = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
      t = np.loadtxt(d + "/a.csv", delimiter=",", ndmin=2)
      b = np.loadtxt(d + "/b.csv", ndmin=1)
      A = sp.csr_matrix((t[:, 2], (t[:, 0].astype(int), t[:, 1].astype(int))), shape=(len(b), nv))
      ours = {}
      for line in open(d + "/ours.csv"):
          j, lo, hi = line.strip().split(",")
          ours[int(j)] = (float(lo), float(hi))
      start = time.perf_counter()
      done, worst = 0, 0.0
      for j in range(nv):
          c = np.zeros(nv); c[j] = 1
          lo = linprog(c, A_eq=A, b_eq=b, bounds=(0, None), method="highs")
          hi = linprog(-c, A_eq=A, b_eq=b, bounds=(0, None), method="highs")
          up = np.inf if hi.status == 3 else -hi.fun
          scale = max(1.0, abs(b).max())
          worst = max(worst, abs(lo.fun - ours[j][0]) / scale)
          if np.isfinite(up) and np.isfinite(ours[j][1]):
              worst = max(worst, abs(up - ours[j][1]) / scale)
          elif np.isfinite(up) != np.isfinite(ours[j][1]):
              worst = float("inf")
          done += 1
          if time.perf_counter() - start > budget:
              break
      el = time.perf_counter() - start
      print(f"scipy {scipy.__version__} linprog(highs), whole table per cell: {done} of {nv} suppressed"
            f" cells in {el:.1f} s ({el / done:.3f} s per cell, 2 LPs); all {nv} would take about"
            f" {el / done * nv:.0f} s")
      print(f"largest difference from the Java audit on those cells, relative to the largest"
            f" published total: {worst:.2e}")
      """;
}
