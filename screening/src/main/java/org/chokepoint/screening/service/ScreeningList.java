package org.chokepoint.screening.service;

import java.util.List;
import java.util.Objects;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.screening.ListedEntity;

/**
 * One list as screened: its entries and the dataset version they come from (name and vintage),
 * which every result cites.
 */
public record ScreeningList(Provenance provenance, List<ListedEntity> entities) {
  public ScreeningList {
    Objects.requireNonNull(provenance, "provenance");
    entities = List.copyOf(entities);
  }

  /** The dataset name, such as {@code ofac-sdn}. */
  public String name() {
    return provenance.dataset();
  }
}
