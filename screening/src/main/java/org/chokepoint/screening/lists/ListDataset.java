package org.chokepoint.screening.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.ListedName;
import org.chokepoint.screening.Schema;

/** Reads a list dataset written by {@link EntityTables} back into entries. */
public final class ListDataset {
  private ListDataset() {}

  public static boolean isList(Dataset d) {
    return d.manifest().property("kind").equals(EntityTables.KIND);
  }

  public static List<ListedEntity> entities(Dataset d) {
    String list = d.manifest().name();
    Map<String, List<ListedName>> names = new HashMap<>();
    d.table("names")
        .forEachRow(
            r ->
                names
                    .computeIfAbsent(r.get("entry_id"), k -> new ArrayList<>())
                    .add(
                        new ListedName(
                            r.get("name"),
                            ListedName.Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT)),
                            r.get("language"))));
    Map<String, Map<String, List<String>>> attrs = new HashMap<>();
    d.table("attributes")
        .forEachRow(
            r ->
                attrs
                    .computeIfAbsent(r.get("entry_id"), k -> new HashMap<>())
                    .computeIfAbsent(r.get("key"), k -> new ArrayList<>())
                    .add(r.get("value")));
    Map<String, ListedEntity> out = new LinkedHashMap<>();
    d.table("entities")
        .forEachRow(
            r -> {
              String id = r.get("entry_id");
              Map<String, List<String>> a = attrs.getOrDefault(id, Map.of());
              out.put(
                  id,
                  new ListedEntity(
                      list,
                      id,
                      Schema.valueOf(r.get("schema")),
                      names.getOrDefault(id, List.of()),
                      a.getOrDefault("country", List.of()),
                      a.getOrDefault("birth_date", List.of()),
                      a.getOrDefault("identifier", List.of()),
                      a.getOrDefault("programme", List.of()),
                      a.getOrDefault("address", List.of()),
                      r.get("listed_on"),
                      r.get("remarks")));
            });
    return List.copyOf(out.values());
  }
}
