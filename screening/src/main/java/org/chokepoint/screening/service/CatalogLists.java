package org.chokepoint.screening.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.screening.lists.EntityTables;
import org.chokepoint.screening.lists.ListDataset;

/**
 * Reads the restricted-party lists of a catalog (datasets whose manifest property {@code kind} is
 * {@code restricted-party-list}) as {@link ScreeningList}s, each with its dataset's provenance.
 */
public final class CatalogLists {
  private CatalogLists() {}

  /** The names of the list datasets in the catalog, sorted. */
  public static List<String> available(DataCatalog catalog) {
    return catalog.listDatasets().stream()
        .filter(m -> m.property("kind").equals(EntityTables.KIND))
        .map(DatasetManifest::name)
        .toList();
  }

  /**
   * Loads the named lists, or every list when {@code names} is empty.
   *
   * @throws NoSuchElementException when a named dataset is missing or is not a list, or when the
   *     catalog holds no list at all
   */
  public static List<ScreeningList> load(DataCatalog catalog, Collection<String> names) {
    List<String> wanted = names.isEmpty() ? available(catalog) : List.copyOf(names);
    if (wanted.isEmpty()) {
      throw new NoSuchElementException(
          "no restricted-party list is imported; import one first, e.g. `chokepoint data import"
              + " ofac-sdn <folder>`");
    }
    List<ScreeningList> out = new ArrayList<>();
    for (String name : wanted) {
      Dataset d = catalog.getDataset(name);
      if (!ListDataset.isList(d)) {
        throw new NoSuchElementException("dataset " + name + " is not a restricted-party list");
      }
      out.add(new ScreeningList(d.provenance(), ListDataset.entities(d)));
    }
    return out;
  }
}
