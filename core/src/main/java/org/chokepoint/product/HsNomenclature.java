package org.chokepoint.product;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A Harmonized System edition: every code with its description and parent. */
public final class HsNomenclature {
  private final Map<String, HsProduct> byCode;

  public HsNomenclature(Collection<HsProduct> products) {
    Map<String, HsProduct> m = new TreeMap<>();
    products.forEach(p -> m.put(p.code(), p));
    this.byCode = Map.copyOf(m);
  }

  public Optional<HsProduct> findProduct(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Codes of one level (2, 4 or 6 digits), ascending. */
  public List<HsProduct> listLevel(int level) {
    return new TreeMap<>(byCode).values().stream().filter(p -> p.level() == level).toList();
  }

  public int size() {
    return byCode.size();
  }
}
