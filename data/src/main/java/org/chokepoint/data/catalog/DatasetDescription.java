package org.chokepoint.data.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an importer says about the dataset it just read; the catalog adds checksums, row counts and
 * the import time to make the manifest.
 *
 * @param properties facts about the data that readers need, such as {@code value_unit}
 */
public record DatasetDescription(
    String title,
    String publisher,
    String licence,
    String vintage,
    String citation,
    String url,
    List<String> warnings,
    Map<String, String> properties) {
  public DatasetDescription {
    warnings = List.copyOf(warnings == null ? List.of() : warnings);
    properties =
        Collections.unmodifiableMap(new TreeMap<>(properties == null ? Map.of() : properties));
  }

  /** A description without properties. */
  public DatasetDescription(
      String title,
      String publisher,
      String licence,
      String vintage,
      String citation,
      String url,
      List<String> warnings) {
    this(title, publisher, licence, vintage, citation, url, warnings, Map.of());
  }
}
