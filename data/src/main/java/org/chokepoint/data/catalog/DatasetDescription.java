package org.chokepoint.data.catalog;

import java.util.List;

/**
 * What an importer says about the dataset it just read; the catalog adds checksums, row counts and
 * the import time to make the manifest.
 */
public record DatasetDescription(
    String title,
    String publisher,
    String licence,
    String vintage,
    String citation,
    String url,
    List<String> warnings) {
  public DatasetDescription {
    warnings = List.copyOf(warnings == null ? List.of() : warnings);
  }
}
