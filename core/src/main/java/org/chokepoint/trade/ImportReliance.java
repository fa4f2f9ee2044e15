package org.chokepoint.trade;

import java.util.OptionalDouble;

/**
 * Import reliance (method 5 of the design): {@code IR = (M - X) / (P + M - X)}, clipped to [0, 1],
 * with imports {@code M}, exports {@code X} and domestic production {@code P} in the same physical
 * unit. A net exporter ({@code M <= X}) has IR 0; no production and net imports give 1.
 */
public final class ImportReliance {
  private ImportReliance() {}

  public static OptionalDouble of(double production, double imports, double exports) {
    if (!(production >= 0) || !(imports >= 0) || !(exports >= 0)) {
      return OptionalDouble.empty();
    }
    double net = imports - exports;
    if (net <= 0) {
      return OptionalDouble.of(0);
    }
    return OptionalDouble.of(Math.min(1, net / (production + net)));
  }
}
