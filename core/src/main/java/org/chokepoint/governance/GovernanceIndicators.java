package org.chokepoint.governance;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.chokepoint.geo.CountryCode;

/**
 * WGI estimates per country and year, and the governance risk score derived from them.
 *
 * <p>The score of method 4 rescales the mean of the available estimates from [-2.5, 2.5] to [0,
 * 10], 10 the worst: {@code g = 2 * (2.5 - mean)}, clipped to [0, 10] because estimates slightly
 * outside +/-2.5 occur.
 */
public final class GovernanceIndicators {
  private static final int DIMENSIONS = WgiDimension.values().length;

  private final Map<CountryCode, Map<Integer, double[]>> estimates;
  private final NavigableSet<Integer> years;

  private GovernanceIndicators(Map<CountryCode, Map<Integer, double[]>> estimates) {
    this.estimates = estimates;
    TreeSet<Integer> y = new TreeSet<>();
    estimates.values().forEach(m -> y.addAll(m.keySet()));
    this.years = Collections.unmodifiableNavigableSet(y);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static GovernanceIndicators empty() {
    return new GovernanceIndicators(Map.of());
  }

  /** Years with at least one estimate, ascending. */
  public NavigableSet<Integer> years() {
    return years;
  }

  /** The latest year with estimates that is not after {@code year}. */
  public OptionalInt latestYearAtOrBefore(int year) {
    Integer y = years.floor(year);
    return y == null ? OptionalInt.empty() : OptionalInt.of(y);
  }

  /** One estimate, if published. */
  public OptionalDouble estimate(CountryCode country, int year, WgiDimension dimension) {
    double[] e = row(country, year);
    if (e == null || Double.isNaN(e[dimension.ordinal()])) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(e[dimension.ordinal()]);
  }

  /** Mean of the estimates published for a country and year; empty when there are none. */
  public OptionalDouble meanEstimate(CountryCode country, int year) {
    double[] e = row(country, year);
    if (e == null) {
      return OptionalDouble.empty();
    }
    double sum = 0;
    int n = 0;
    for (double v : e) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
  }

  /** How many of the six dimensions have an estimate for a country and year. */
  public int dimensionsAvailable(CountryCode country, int year) {
    double[] e = row(country, year);
    return e == null ? 0 : (int) Arrays.stream(e).filter(v -> !Double.isNaN(v)).count();
  }

  /** Governance risk score in [0, 10], 10 the worst: {@code 2 * (2.5 - mean estimate)}. */
  public OptionalDouble riskScore(CountryCode country, int year) {
    OptionalDouble mean = meanEstimate(country, year);
    if (mean.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(riskScoreOfMean(mean.getAsDouble()));
  }

  /** The rescaling of method 4: {@code 2 * (2.5 - mean)}, clipped to [0, 10]. */
  public static double riskScoreOfMean(double meanEstimate) {
    return Math.max(0, Math.min(10, 2 * (2.5 - meanEstimate)));
  }

  private double[] row(CountryCode country, int year) {
    Map<Integer, double[]> byYear = estimates.get(country);
    return byYear == null ? null : byYear.get(year);
  }

  /** Collects estimates; a later value for the same cell replaces an earlier one. */
  public static final class Builder {
    private final Map<CountryCode, Map<Integer, double[]>> estimates = new HashMap<>();

    public Builder put(CountryCode country, int year, WgiDimension dimension, double estimate) {
      if (!Double.isFinite(estimate)) {
        throw new IllegalArgumentException("estimate must be finite: " + estimate);
      }
      double[] row =
          estimates
              .computeIfAbsent(country, c -> new HashMap<>())
              .computeIfAbsent(
                  year,
                  y -> {
                    double[] r = new double[DIMENSIONS];
                    Arrays.fill(r, Double.NaN);
                    return r;
                  });
      row[dimension.ordinal()] = estimate;
      return this;
    }

    public GovernanceIndicators build() {
      Map<CountryCode, Map<Integer, double[]>> copy = new HashMap<>();
      estimates.forEach(
          (c, m) -> {
            Map<Integer, double[]> inner = new HashMap<>();
            m.forEach((y, r) -> inner.put(y, r.clone()));
            copy.put(c, Map.copyOf(inner));
          });
      return new GovernanceIndicators(Map.copyOf(copy));
    }
  }
}
