package org.chokepoint.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.chokepoint.inputoutput.Extension;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.Labels;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * A SYNTHETIC multi-regional input–output system shaped like EXIOBASE (about 50 regions × 200
 * products), for benchmarks only: not real data. With a fixed seed the same arguments give the same
 * system.
 *
 * <ul>
 *   <li>Coefficients: each sector (r, s) buys from {@code domestic} distinct sectors of its own
 *       region and {@code imported} sectors of other regions (region and product uniform); the
 *       weights are log-normal (σ = 1) and scaled so that the column sums to τ ~ U(0.3, 0.7). Every
 *       column sum of A is then below 0.7, so ρ(A) ≤ ‖A‖₁ < 0.7 and the system is productive.
 *   <li>Final demand: one column per region; each region buys every one of its own products
 *       (log-normal, mean about 165) and, with probability 0.2, a product of another region
 *       (log-normal, mean about 16).
 *   <li>Output {@code x = (I − A)⁻¹·Y·1}, summed as the power series until the largest term is
 *       below 1e-13 of x; flows {@code Z = A·diag(x)}.
 *   <li>One extension, "emissions", with {@code stressors} rows: {@code F = s·diag(x)} with
 *       log-normal intensities, and F_Y log-normal per final-demand column.
 * </ul>
 */
final class InputOutputSynthetic {
  private InputOutputSynthetic() {}

  static IoSystem generate(
      int regions, int products, int domestic, int imported, int stressors, long seed) {
    if (domestic > products || (regions < 2 && imported > 0)) {
      throw new IllegalArgumentException("too many inputs for the system's size");
    }
    int n = regions * products;
    SplittableRandom rnd = new SplittableRandom(seed);
    CsrMatrix a = coefficients(regions, products, domestic, imported, rnd).transpose();
    double[] y = new double[n * regions];
    for (int i = 0; i < n; i++) {
      int r = i / products;
      for (int c = 0; c < regions; c++) {
        if (c == r) {
          y[i * regions + c] = 100 * Math.exp(rnd.nextGaussian());
        } else if (rnd.nextDouble() < 0.2) {
          y[i * regions + c] = 10 * Math.exp(rnd.nextGaussian());
        }
      }
    }
    DenseMatrix ym = new DenseMatrix(n, regions, y);
    double[] x = leontiefSeries(a, ym.rowSums());
    CsrMatrix z = a.scaleColumns(x);
    double[] f = new double[stressors * n];
    for (int e = 0; e < stressors; e++) {
      for (int j = 0; j < n; j++) {
        f[e * n + j] = x[j] * Math.exp(rnd.nextGaussian());
      }
    }
    double[] fy = new double[stressors * regions];
    for (int k = 0; k < fy.length; k++) {
      fy[k] = 1000 * Math.exp(rnd.nextGaussian());
    }
    List<List<String>> sec = new ArrayList<>();
    List<List<String>> fd = new ArrayList<>();
    for (int r = 0; r < regions; r++) {
      fd.add(List.of(region(r), "final demand"));
      for (int s = 0; s < products; s++) {
        sec.add(List.of(region(r), "p" + s));
      }
    }
    List<List<String>> st = new ArrayList<>();
    for (int e = 0; e < stressors; e++) {
      st.add(List.of("stressor" + e, "air"));
    }
    Extension ext =
        new Extension(
            "emissions",
            new Labels(List.of("stressor", "compartment"), st),
            new DenseMatrix(stressors, n, f),
            new DenseMatrix(stressors, regions, fy));
    return new IoSystem(
        new Labels(List.of("region", "sector"), sec),
        new Labels(List.of("region", "category"), fd),
        z,
        ym,
        List.of(ext));
  }

  static String region(int r) {
    return String.format("R%02d", r);
  }

  /** Aᵀ built column by column (row j of the result is column j of A). */
  private static CsrMatrix coefficients(
      int regions, int products, int domestic, int imported, SplittableRandom rnd) {
    int n = regions * products;
    CsrMatrix.Builder b = new CsrMatrix.Builder(n, n);
    int[] inputs = new int[domestic + imported];
    double[] w = new double[domestic + imported];
    boolean[] taken = new boolean[n];
    for (int j = 0; j < n; j++) {
      int r = j / products;
      int k = 0;
      while (k < domestic) {
        int i = r * products + rnd.nextInt(products);
        if (!taken[i]) {
          taken[i] = true;
          inputs[k++] = i;
        }
      }
      while (k < domestic + imported) {
        int other = rnd.nextInt(regions - 1);
        int i = (other >= r ? other + 1 : other) * products + rnd.nextInt(products);
        if (!taken[i]) {
          taken[i] = true;
          inputs[k++] = i;
        }
      }
      double sum = 0;
      for (int q = 0; q < k; q++) {
        w[q] = Math.exp(rnd.nextGaussian());
        sum += w[q];
      }
      double tau = 0.3 + 0.4 * rnd.nextDouble();
      int[] order = Arrays.copyOf(inputs, k);
      double[] byInput = new double[n == 0 ? 0 : k];
      Integer[] idx = new Integer[k];
      for (int q = 0; q < k; q++) {
        idx[q] = q;
      }
      Arrays.sort(idx, (p, q) -> Integer.compare(inputs[p], inputs[q]));
      for (int q = 0; q < k; q++) {
        order[q] = inputs[idx[q]];
        byInput[q] = tau * w[idx[q]] / sum;
      }
      for (int q = 0; q < k; q++) {
        b.add(j, order[q], byInput[q]);
        taken[order[q]] = false;
      }
    }
    return b.build();
  }

  /** {@code x = Σ_k A^k·f} until the term is negligible. */
  private static double[] leontiefSeries(CsrMatrix a, double[] f) {
    double[] x = f.clone();
    double[] term = f.clone();
    for (int k = 0; k < 1000; k++) {
      term = a.multiply(term);
      double big = 0;
      double size = 0;
      for (int i = 0; i < x.length; i++) {
        x[i] += term[i];
        big = Math.max(big, Math.abs(term[i]));
        size = Math.max(size, Math.abs(x[i]));
      }
      if (big <= 1e-13 * size) {
        return x;
      }
    }
    throw new IllegalStateException("power series did not converge");
  }
}
