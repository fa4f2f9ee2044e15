package org.chokepoint.bench;

import java.util.random.RandomGenerator;

/**
 * How many trade flows each product gets in a synthetic BACI-shaped table: heavy-tailed
 * (log-normal) like the real spread between rarely traded goods and medicines or cars, capped per
 * product, and adding up to exactly the rows asked for.
 */
final class FlowCounts {
  private FlowCounts() {}

  /**
   * @param rows total number of flows, at most {@code products * cap}
   * @param sigma spread of the log-normal product weights
   * @return flows per product, each in {@code [0, cap]}, summing to {@code rows}
   */
  static int[] split(int rows, int products, int cap, double sigma, RandomGenerator random) {
    if (rows < 0 || products < 1 || cap < 0) {
      throw new IllegalArgumentException("rows and cap must be >= 0 and products >= 1");
    }
    if ((long) products * cap < rows) {
      throw new IllegalArgumentException(
          rows + " rows do not fit in " + products + " products of at most " + cap + " flows");
    }
    double[] weight = new double[products];
    double sum = 0;
    for (int p = 0; p < products; p++) {
      weight[p] = Math.exp(sigma * random.nextGaussian());
      sum += weight[p];
    }
    int[] flows = new int[products];
    long assigned = 0;
    for (int p = 0; p < products; p++) {
      flows[p] = (int) Math.min(cap, (long) (rows * (weight[p] / sum)));
      assigned += flows[p];
    }
    // Rounding down and the cap leave a remainder: hand it out one flow at a time, round-robin.
    int p = random.nextInt(products);
    while (assigned < rows) {
      if (flows[p] < cap) {
        flows[p]++;
        assigned++;
      }
      p = p + 1 == products ? 0 : p + 1;
    }
    return flows;
  }
}
