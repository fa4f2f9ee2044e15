package org.chokepoint.data.lists;

import java.util.List;
import java.util.Objects;

/**
 * One entry of an official list, as the list names it, with the HS codes that carry it.
 *
 * @param name the English name
 * @param localName the name in the list's own language, or empty
 * @param mappings the HS codes in file order; an entry with {@link Mapping#NONE} says what has no
 *     code
 */
public record ListItem(String name, String localName, List<HsMapping> mappings) {
  public ListItem {
    Objects.requireNonNull(name, "name");
    localName = Objects.requireNonNullElse(localName, "");
    mappings = List.copyOf(mappings);
  }

  /** The distinct HS codes of this item, in file order; empty when no code carries it. */
  public List<String> hsCodes() {
    return mappings.stream().filter(HsMapping::mapped).map(HsMapping::hs).distinct().toList();
  }
}
