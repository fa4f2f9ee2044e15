package org.chokepoint.data.text;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/** Numbers as plain decimal text: no exponent, no trailing ".0", the shortest exact digits. */
public final class Decimals {
  private Decimals() {}

  /** {@code 909000}, {@code 0.990099009900990}, never {@code 9.09E5}. */
  public static String plain(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Plain text of the value, or {@code ""} when unknown. */
  public static String plain(OptionalDouble value) {
    return value.isPresent() ? plain(value.getAsDouble()) : "";
  }
}
