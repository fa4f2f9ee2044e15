package org.chokepoint.data.usgs;

import java.util.regex.Pattern;
import org.chokepoint.minerals.Quantity;
import org.chokepoint.minerals.QuantityStatus;

/**
 * Reads USGS value cells. Numbers carry thousands separators ("1,600,000"); "—" is zero; "W" is
 * withheld, "NA" not available, "XX" not applicable, "s" less than half a unit or included
 * elsewhere (counted as zero); "E" (net exporter), bounds ("&gt;95"), ranges ("50–300") and words
 * ("Large") are kept as annotations, never as numbers. Text that looks like a number but has
 * misplaced separators ("1,00") is an error, not a guess.
 */
final class UsgsValues {
  private static final Pattern NUMBER =
      Pattern.compile("\\d{1,3}(,\\d{3})*(\\.\\d+)?|\\d+(\\.\\d+)?");
  private static final Pattern NUMBERISH = Pattern.compile("[\\d.,]+");

  private UsgsValues() {}

  /**
   * @throws IllegalArgumentException with the reason when the cell is a malformed number
   */
  static Quantity parse(String cell) {
    String s = cell.replace('\u00a0', ' ').strip();
    switch (s) {
      case "—":
      case "–":
      case "-":
        return new Quantity(0, QuantityStatus.REPORTED, s);
      case "W":
        return Quantity.unknown(QuantityStatus.WITHHELD, s);
      case "":
      case "NA":
        return Quantity.unknown(QuantityStatus.NOT_AVAILABLE, s);
      case "XX":
        return Quantity.unknown(QuantityStatus.NOT_APPLICABLE, s);
      case "s":
        return new Quantity(0, QuantityStatus.NEGLIGIBLE, s);
      default:
        break;
    }
    if (NUMBER.matcher(s).matches()) {
      return new Quantity(Double.parseDouble(s.replace(",", "")), QuantityStatus.REPORTED, s);
    }
    if (NUMBERISH.matcher(s).matches()) {
      throw new IllegalArgumentException(
          "\"" + s + "\" is not a number (thousands separators must group three digits)");
    }
    return Quantity.unknown(QuantityStatus.ANNOTATION, s);
  }
}
