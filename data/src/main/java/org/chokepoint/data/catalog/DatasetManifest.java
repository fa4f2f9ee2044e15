package org.chokepoint.data.catalog;

import java.util.List;
import org.chokepoint.provenance.Provenance;

/**
 * What a dataset version is and where it comes from. Stored as {@code manifest.json} next to the
 * tables.
 *
 * @param format manifest format version
 * @param name catalog name, such as {@code usgs-mcs}
 * @param importer the importer that made it, such as {@code usgs-mcs}
 * @param title the source's title
 * @param publisher who published the source
 * @param licence the licence of the source data, carried to every output
 * @param vintage the release or year of the data
 * @param citation how to cite the source
 * @param url where the official file is published
 * @param importedAt ISO-8601 instant of the import
 * @param origin {@code imported} or {@code starter}
 * @param sourceFiles the files read, with their checksums
 * @param tables the stored tables
 * @param warnings things the import noticed and kept (unmapped names, skipped rows)
 * @param properties facts about the data that readers need, such as {@code value_unit}
 */
public record DatasetManifest(
    int format,
    String name,
    String importer,
    String title,
    String publisher,
    String licence,
    String vintage,
    String citation,
    String url,
    String importedAt,
    String origin,
    List<SourceFileInfo> sourceFiles,
    List<TableSpec> tables,
    List<String> warnings,
    java.util.Map<String, String> properties) {
  public static final int FORMAT = 1;

  public DatasetManifest {
    sourceFiles = List.copyOf(sourceFiles == null ? List.of() : sourceFiles);
    tables = List.copyOf(tables == null ? List.of() : tables);
    warnings = List.copyOf(warnings == null ? List.of() : warnings);
    properties =
        java.util.Collections.unmodifiableMap(
            new java.util.TreeMap<>(properties == null ? java.util.Map.of() : properties));
  }

  /** A property, or empty text when absent. */
  public String property(String key) {
    return properties.getOrDefault(key, "");
  }

  /** Total data rows over all tables. */
  public long rows() {
    return tables.stream().mapToLong(TableSpec::rows).sum();
  }

  /** Checksum of the (first) source file, as shown by {@code data list}. */
  public String sourceChecksum() {
    return sourceFiles.isEmpty() ? "" : sourceFiles.get(0).sha256();
  }

  public Provenance provenance() {
    String source = publisher == null || publisher.isBlank() ? title : publisher + ", " + title;
    return new Provenance(name, source, vintage, licence, citation);
  }

  DatasetManifest withOrigin(String newOrigin) {
    return new DatasetManifest(
        format,
        name,
        importer,
        title,
        publisher,
        licence,
        vintage,
        citation,
        url,
        importedAt,
        newOrigin,
        sourceFiles,
        tables,
        warnings,
        properties);
  }
}
