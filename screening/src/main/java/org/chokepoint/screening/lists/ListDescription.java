package org.chokepoint.screening.lists;

import java.util.List;
import java.util.Map;
import org.chokepoint.data.catalog.DatasetDescription;

/**
 * The description every list importer returns: what the list is, who publishes it under what
 * licence, its publication date as the vintage, and the manifest properties that mark the dataset
 * as a list ({@code kind}) and give its number of entries ({@code entries}).
 */
public final class ListDescription {
  private ListDescription() {}

  /**
   * @param vintage the list's own publication or generation date ({@code 2026-02-27}), or the best
   *     the files allow, as the importer documents
   * @param entries the number of entries written
   */
  public static DatasetDescription of(
      String title,
      String publisher,
      String licence,
      String vintage,
      String citation,
      String url,
      List<String> warnings,
      int entries) {
    return new DatasetDescription(
        title,
        publisher,
        licence,
        vintage,
        citation,
        url,
        warnings,
        Map.of("kind", EntityTables.KIND, "entries", Integer.toString(entries)));
  }
}
