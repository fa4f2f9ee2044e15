package org.chokepoint.concentration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How concentrated the supply of one thing is among its suppliers (method 1-3 of the design:
 * shares, HHI and its bounds, CR-n, group shares).
 *
 * <p>The total is the sum of the attributed quantities plus an unattributed remainder (USGS's
 * "Other countries"). The unattributed part is never a supplier: it does not count in the top
 * supplier or CR-n; {@link #hhi()} treats it as infinitely fragmented (a lower bound) and {@link
 * #hhiUpper()} as a single supplier (an upper bound). When the total is zero, shares are undefined
 * and every share-based figure is empty.
 *
 * @param <K> how suppliers are identified
 */
public final class Concentration<K extends Comparable<K>> {
  private final double total;
  private final double unattributed;
  private final List<SupplierShare<K>> shares;
  private final double hhi;

  private Concentration(Map<K, Double> attributed, double unattributed) {
    if (!(unattributed >= 0) || Double.isInfinite(unattributed)) {
      throw new IllegalArgumentException("unattributed quantity must be finite and >= 0");
    }
    double sum = unattributed;
    for (Map.Entry<K, Double> e : attributed.entrySet()) {
      double q = e.getValue();
      if (!(q >= 0) || Double.isInfinite(q)) {
        throw new IllegalArgumentException(
            "quantity of " + e.getKey() + " must be finite and >= 0, was " + q);
      }
      sum += q;
    }
    this.total = sum;
    this.unattributed = unattributed;
    List<SupplierShare<K>> list = new ArrayList<>(attributed.size());
    double h = 0;
    for (Map.Entry<K, Double> e : attributed.entrySet()) {
      double s = sum > 0 ? e.getValue() / sum : Double.NaN;
      list.add(new SupplierShare<>(e.getKey(), e.getValue(), s));
      h += s * s;
    }
    list.sort(
        Comparator.<SupplierShare<K>>comparingDouble(SupplierShare::quantity)
            .reversed()
            .thenComparing(SupplierShare::supplier));
    this.shares = Collections.unmodifiableList(list);
    this.hhi = h;
  }

  /**
   * @param attributed quantity per supplier, each finite and non-negative
   * @param unattributed quantity that no supplier is known for, finite and non-negative
   */
  public static <K extends Comparable<K>> Concentration<K> of(
      Map<K, Double> attributed, double unattributed) {
    return new Concentration<>(attributed, unattributed);
  }

  /** Sum of the attributed quantities and the unattributed remainder. */
  public double total() {
    return total;
  }

  /** Whether shares are defined, that is the total is positive. */
  public boolean hasShares() {
    return total > 0;
  }

  /** Attributed suppliers, largest first (ties by supplier order). */
  public List<SupplierShare<K>> shares() {
    return shares;
  }

  /** HHI on the 0-1 scale with the unattributed part fully fragmented: a lower bound. */
  public OptionalDouble hhi() {
    return hasShares() ? OptionalDouble.of(hhi) : OptionalDouble.empty();
  }

  /** HHI with the unattributed part counted as one supplier: an upper bound. */
  public OptionalDouble hhiUpper() {
    if (!hasShares()) {
      return OptionalDouble.empty();
    }
    double u = unattributed / total;
    return OptionalDouble.of(hhi + u * u);
  }

  /** Sum of the {@code n} largest attributed shares. */
  public OptionalDouble concentrationRatio(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1");
    }
    if (!hasShares()) {
      return OptionalDouble.empty();
    }
    double c = 0;
    for (int i = 0; i < Math.min(n, shares.size()); i++) {
      c += shares.get(i).share();
    }
    return OptionalDouble.of(c);
  }

  /** The largest attributed supplier, if any has a positive quantity. */
  public Optional<SupplierShare<K>> top() {
    if (!hasShares() || shares.isEmpty() || shares.get(0).quantity() <= 0) {
      return Optional.empty();
    }
    return Optional.of(shares.get(0));
  }

  /** Share of the total that no supplier is known for. */
  public OptionalDouble unattributedShare() {
    return hasShares() ? OptionalDouble.of(unattributed / total) : OptionalDouble.empty();
  }

  /** Sum of the shares of the suppliers in a group. */
  public OptionalDouble groupShare(Predicate<K> inGroup) {
    if (!hasShares()) {
      return OptionalDouble.empty();
    }
    double s = 0;
    for (SupplierShare<K> sh : shares) {
      if (inGroup.test(sh.supplier())) {
        s += sh.share();
      }
    }
    return OptionalDouble.of(s);
  }

  /**
   * Weighted HHI {@code sum(s_i^2 * w_i)} over the attributed suppliers, the unattributed part
   * taken as fully fragmented. Suppliers with a positive share and no weight make the result
   * unknown; they are returned so that the caller can say which.
   */
  public WeightedHhi<K> weightedHhi(Function<K, OptionalDouble> weight) {
    List<K> missing = new ArrayList<>();
    double h = 0;
    for (SupplierShare<K> sh : shares) {
      if (!(sh.share() > 0)) {
        continue;
      }
      OptionalDouble w = weight.apply(sh.supplier());
      if (w.isEmpty()) {
        missing.add(sh.supplier());
      } else {
        h += sh.share() * sh.share() * w.getAsDouble();
      }
    }
    OptionalDouble value =
        hasShares() && missing.isEmpty() ? OptionalDouble.of(h) : OptionalDouble.empty();
    return new WeightedHhi<>(value, List.copyOf(missing));
  }

  /**
   * A weighted HHI and the suppliers whose weight was unknown.
   *
   * @param value empty when the total is zero or a weight was missing
   */
  public record WeightedHhi<K>(OptionalDouble value, List<K> missingWeights) {}
}
