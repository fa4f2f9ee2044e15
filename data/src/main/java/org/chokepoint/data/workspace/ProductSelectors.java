package org.chokepoint.data.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Product selectors as users type them, in the one form the analyses take. */
public final class ProductSelectors {
  private ProductSelectors() {}

  /**
   * {@code 8112} and {@code HS:8112} both mean {@code hs:8112}; {@code hs:2846+hs:280530} is one
   * row for the union of both.
   *
   * @throws IllegalArgumentException naming a selector that is not a code like {@code hs:8112}
   */
  public static List<String> normalise(List<String> products) {
    List<String> out = new ArrayList<>();
    for (String p : products) {
      if (p.isBlank()) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (String part : p.split("\\+", -1)) {
        String s = part.strip();
        int colon = s.indexOf(':');
        String taxonomy = colon < 0 ? "hs" : s.substring(0, colon).toLowerCase(Locale.ROOT);
        String code = colon < 0 ? s : s.substring(colon + 1);
        if (!code.matches("[0-9A-Za-z]{1,12}") || !taxonomy.matches("[a-z0-9]{1,12}")) {
          throw new IllegalArgumentException("product \"" + p + "\" is not a code like hs:8112");
        }
        parts.add(taxonomy + ":" + code);
      }
      out.add(String.join("+", parts));
    }
    return out;
  }
}
