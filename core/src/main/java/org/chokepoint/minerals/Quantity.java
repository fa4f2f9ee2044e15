package org.chokepoint.minerals;

import java.util.Objects;

/**
 * A published quantity: its number when known, its status, and the text as published.
 *
 * @param value the number when {@link QuantityStatus#isKnown() known}, else {@code NaN}
 */
public record Quantity(double value, QuantityStatus status, String text) {
  public Quantity {
    Objects.requireNonNull(status, "status");
    text = Objects.requireNonNullElse(text, "");
    if (status.isKnown()) {
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("a known quantity must be finite and >= 0: " + value);
      }
    } else {
      value = Double.NaN;
    }
  }

  public static Quantity reported(double value) {
    return new Quantity(value, QuantityStatus.REPORTED, "");
  }

  public static Quantity unknown(QuantityStatus status, String text) {
    if (status.isKnown()) {
      throw new IllegalArgumentException(status + " is not an unknown status");
    }
    return new Quantity(Double.NaN, status, text);
  }

  public boolean isKnown() {
    return status.isKnown();
  }
}
