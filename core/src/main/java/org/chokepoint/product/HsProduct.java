package org.chokepoint.product;

import java.util.Objects;

/**
 * One Harmonized System heading.
 *
 * @param code 2, 4 or 6 digits
 * @param parent the code one level up, or empty for chapters
 * @param section the HS section (Roman numeral)
 */
public record HsProduct(String code, String parent, String section, String description) {
  public HsProduct {
    Objects.requireNonNull(code, "code");
    if (!code.matches("\\d{2}|\\d{4}|\\d{6}")) {
      throw new IllegalArgumentException("HS code must have 2, 4 or 6 digits: " + code);
    }
    parent = Objects.requireNonNullElse(parent, "");
    section = Objects.requireNonNullElse(section, "");
    description = Objects.requireNonNullElse(description, "");
  }

  /** 2 (chapter), 4 (heading) or 6 (subheading). */
  public int level() {
    return code.length();
  }
}
