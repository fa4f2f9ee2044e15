package org.chokepoint.data.network;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.chokepoint.data.text.ImportException;

/**
 * Link amounts from bytes: a finite decimal number ≥ 0, such as {@code 12}, {@code 0.5}, {@code
 * 1.2e6}. Plain decimals of up to 15 digits are computed exactly without a String (both operands of
 * the one division are exact doubles, so the result is the correctly rounded value, as {@link
 * Double#parseDouble} gives); anything else goes to {@link Double#parseDouble}, after checking that
 * it holds only digits, a point, an exponent and signs (so {@code 1d}, {@code 0x1p3}, {@code NaN}
 * and {@code Infinity} are refused).
 */
final class Amounts {
  private static final double[] POW10 = new double[23];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private Amounts() {}

  static double parse(byte[] b, int off, int len, Function<String, ImportException> error) {
    if (len == 0) {
      throw error.apply("amount is empty");
    }
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean dot = false;
    boolean simple = true;
    for (int k = off; k < off + len; k++) {
      int c = b[k];
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (dot) {
          scale++;
        }
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        simple = false;
        break;
      }
    }
    if (simple && digits > 0 && digits <= 15) {
      return scale == 0 ? mantissa : mantissa / POW10[scale];
    }
    String text = new String(b, off, len, StandardCharsets.UTF_8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean numeric =
          (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+';
      if (!numeric) {
        throw error.apply("amount \"" + shorten(text) + "\" is not a number");
      }
    }
    double d;
    try {
      d = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw error.apply("amount \"" + shorten(text) + "\" is not a number");
    }
    if (!(d >= 0) || Double.isInfinite(d)) {
      throw error.apply("amount \"" + shorten(text) + "\" must be a finite number >= 0");
    }
    return d == 0 ? 0 : d; // -0 is 0
  }

  /** Text for a message: at most 40 characters. */
  static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 39) + "…";
  }
}
