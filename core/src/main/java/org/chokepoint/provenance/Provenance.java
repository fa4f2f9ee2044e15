package org.chokepoint.provenance;

import java.util.Objects;

/**
 * The dataset a result was computed from, as a reader needs it to cite and reuse the result.
 *
 * @param dataset the catalog name of the dataset, such as {@code usgs-mcs}
 * @param source who published it and under which title
 * @param vintage the release or year of the data
 * @param licence the licence the data is published under
 * @param citation how to cite it (may name a DOI or URL)
 */
public record Provenance(
    String dataset, String source, String vintage, String licence, String citation) {
  public Provenance {
    Objects.requireNonNull(dataset, "dataset");
    source = Objects.requireNonNullElse(source, "");
    vintage = Objects.requireNonNullElse(vintage, "");
    licence = Objects.requireNonNullElse(licence, "");
    citation = Objects.requireNonNullElse(citation, "");
  }

  /** One line for table footers and standard error: source, vintage and licence. */
  public String oneLine() {
    return source + " (" + dataset + ", " + vintage + "; licence: " + licence + ")";
  }
}
