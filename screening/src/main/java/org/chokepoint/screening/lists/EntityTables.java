package org.chokepoint.screening.lists;

import java.util.List;
import java.util.Locale;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.data.catalog.TableWriter;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.ListedName;

/**
 * Writes listed entries into the stored form of a list dataset: {@code entities} ({@code entry_id,
 * schema, listed_on, remarks}), {@code names} ({@code entry_id, name, kind, language}) and {@code
 * attributes} ({@code entry_id, key, value}; keys {@code country}, {@code birth_date}, {@code
 * identifier}, {@code programme}, {@code address}). A list importer builds {@link ListedEntity}
 * values and hands them here; nothing else writes these tables.
 */
public final class EntityTables {
  /** Manifest property marking a dataset as a list of restricted parties. */
  public static final String KIND = "restricted-party-list";

  private final TableWriter entities;
  private final TableWriter names;
  private final TableWriter attributes;
  private final java.util.Set<String> ids = new java.util.HashSet<>();
  private int count;

  public EntityTables(TableSink sink) {
    this.entities = sink.table("entities", List.of("entry_id", "schema", "listed_on", "remarks"));
    this.names = sink.table("names", List.of("entry_id", "name", "kind", "language"));
    this.attributes = sink.table("attributes", List.of("entry_id", "key", "value"));
  }

  /**
   * Adds one entry.
   *
   * @throws IllegalArgumentException when the entry id was already added
   */
  public void add(ListedEntity e) {
    if (!ids.add(e.entryId())) {
      throw new IllegalArgumentException("entry " + e.entryId() + " appears twice");
    }
    entities.row(e.entryId(), e.schema().name(), e.listedOn(), e.remarks());
    for (ListedName n : e.names()) {
      names.row(e.entryId(), n.name(), n.kind().name().toLowerCase(Locale.ROOT), n.language());
    }
    attributes(e.entryId(), "country", e.countries());
    attributes(e.entryId(), "birth_date", e.birthDates());
    attributes(e.entryId(), "identifier", e.identifiers());
    attributes(e.entryId(), "programme", e.programmes());
    attributes(e.entryId(), "address", e.addresses());
    count++;
  }

  private void attributes(String id, String key, List<String> values) {
    for (String v : values) {
      attributes.row(id, key, v);
    }
  }

  public int count() {
    return count;
  }
}
