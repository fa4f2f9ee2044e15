package org.chokepoint.inputoutput.dynamic;

/**
 * What an ARIO run gives, per day t = 0 … days − 1 and sector i, in the table's unit per day.
 *
 * @param baseline pre-shock daily output per sector
 * @param baselineFinalDemand pre-shock daily final demand per sector (domestic, imports out)
 * @param production {@code production[t][i]}
 * @param finalDemandAsked final demand after final-demand shocks, per day
 * @param finalDemandServed what final demand received, per day
 * @param inputConstrained sectors held back by a missing input (shortage), per day
 * @param largestAlpha the largest overproduction factor α, per day
 * @param reconstructionAsked reconstruction demand asked of the rebuilding sectors, per day
 * @param reconstructionServed reconstruction delivered, per day
 * @param damageRemaining capital still destroyed at the end of the day, per day
 */
public record ArioResult(
    double[] baseline,
    double[] baselineFinalDemand,
    double[][] production,
    double[] finalDemandAsked,
    double[] finalDemandServed,
    int[] inputConstrained,
    double[] largestAlpha,
    double[] reconstructionAsked,
    double[] reconstructionServed,
    double[] damageRemaining) {

  /** A result without destruction events: no reconstruction. */
  public ArioResult(
      double[] baseline,
      double[] baselineFinalDemand,
      double[][] production,
      double[] finalDemandAsked,
      double[] finalDemandServed,
      int[] inputConstrained,
      double[] largestAlpha) {
    this(
        baseline,
        baselineFinalDemand,
        production,
        finalDemandAsked,
        finalDemandServed,
        inputConstrained,
        largestAlpha,
        new double[production.length],
        new double[production.length],
        new double[production.length]);
  }

  /** Reconstruction delivered over the whole run. */
  public double totalReconstruction() {
    double s = 0;
    for (double v : reconstructionServed) {
      s += v;
    }
    return s;
  }

  public int days() {
    return production.length;
  }

  /** Σ_i pre-shock daily output. */
  public double baselineTotal() {
    double s = 0;
    for (double v : baseline) {
      s += v;
    }
    return s;
  }

  /** Σ_i production on day t. */
  public double totalProduction(int t) {
    double s = 0;
    for (double v : production[t]) {
      s += v;
    }
    return s;
  }

  /** Output lost on day t: baseline less production (negative when overproducing). */
  public double loss(int t) {
    return baselineTotal() - totalProduction(t);
  }

  /** Output lost by sector i on day t. */
  public double loss(int t, int i) {
    return baseline[i] - production[t][i];
  }

  /** Loss summed over all days. */
  public double totalLoss() {
    double s = 0;
    for (int t = 0; t < days(); t++) {
      s += loss(t);
    }
    return s;
  }

  /** The first day with the largest loss. */
  public int peakDay() {
    int best = 0;
    for (int t = 1; t < days(); t++) {
      if (loss(t) > loss(best)) {
        best = t;
      }
    }
    return best;
  }

  /**
   * The first day from which the loss stays within {@code tolerance} (a share of baseline output)
   * to the end of the run, or −1 when it is still above at the last day.
   */
  public int recoveredFrom(double tolerance) {
    double limit = tolerance * baselineTotal();
    if (Math.abs(loss(days() - 1)) > limit) {
      return -1;
    }
    int t = days() - 1;
    while (t > 0 && Math.abs(loss(t - 1)) <= limit) {
      t--;
    }
    return t;
  }

  /** Whether any sector was held back by a missing input on any day. */
  public boolean shortage() {
    for (int c : inputConstrained) {
      if (c > 0) {
        return true;
      }
    }
    return false;
  }
}
