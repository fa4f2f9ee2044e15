package org.chokepoint.bench;

import java.util.random.RandomGenerator;

/**
 * Draws indices in proportion to fixed non-negative weights in constant time per draw (Vose's alias
 * method), so that the table generator can draw tens of millions of weighted countries quickly.
 */
final class AliasSampler {
  private final double[] probability;
  private final int[] alias;

  /**
   * @param weights finite non-negative weights, at least one positive
   */
  AliasSampler(double[] weights) {
    int n = weights.length;
    double sum = 0;
    for (double w : weights) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weight " + w + " is not finite and >= 0");
      }
      sum += w;
    }
    if (!(sum > 0) || Double.isInfinite(sum)) {
      throw new IllegalArgumentException("weights must have a positive finite sum");
    }
    probability = new double[n];
    alias = new int[n];
    double[] scaled = new double[n];
    int[] small = new int[n];
    int[] large = new int[n];
    int smallCount = 0;
    int largeCount = 0;
    for (int i = 0; i < n; i++) {
      scaled[i] = weights[i] * n / sum;
      if (scaled[i] < 1) {
        small[smallCount++] = i;
      } else {
        large[largeCount++] = i;
      }
    }
    while (smallCount > 0 && largeCount > 0) {
      int s = small[--smallCount];
      int l = large[--largeCount];
      probability[s] = scaled[s];
      alias[s] = l;
      scaled[l] += scaled[s] - 1;
      if (scaled[l] < 1) {
        small[smallCount++] = l;
      } else {
        large[largeCount++] = l;
      }
    }
    // What is left has a scaled weight of 1 up to rounding.
    while (largeCount > 0) {
      int l = large[--largeCount];
      probability[l] = 1;
      alias[l] = l;
    }
    while (smallCount > 0) {
      int s = small[--smallCount];
      probability[s] = 1;
      alias[s] = s;
    }
  }

  /**
   * One index in {@code [0, weights.length)}, drawn with probability proportional to its weight.
   */
  int sample(RandomGenerator random) {
    int i = random.nextInt(probability.length);
    return random.nextDouble() < probability[i] ? i : alias[i];
  }
}
