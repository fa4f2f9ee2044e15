package org.chokepoint.disclosure;

import java.util.List;

/** A release refused by the audit; names every failing cell. */
public final class DisclosureException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<List<String>> cells;

  public DisclosureException(String message, List<List<String>> cells) {
    super(message);
    this.cells = cells.stream().map(List::copyOf).toList();
  }

  /** The coordinates of every failing cell. */
  public List<List<String>> cells() {
    return cells;
  }
}
