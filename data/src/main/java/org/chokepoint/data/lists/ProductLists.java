package org.chokepoint.data.lists;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.ImportException;

/**
 * The official product lists shipped with Chokepoint: {@code lists/index.csv} names each list and
 * its source, {@code lists/<id>.csv} holds its items with their HS codes. Every file is validated
 * when loaded (header, HS codes of 2, 4 or 6 digits, mapping words, one file per listed id) and a
 * broken file fails with an {@link ImportException} naming file, line and reason.
 */
public final class ProductLists {
  static final List<String> INDEX_HEADER =
      List.of("id", "title", "title_local", "publisher", "published", "url", "licence", "note");
  static final List<String> LIST_HEADER = List.of("item", "item_local", "hs", "mapping", "note");

  private final Map<String, ProductList> byId;

  private ProductLists(Map<String, ProductList> byId) {
    this.byId = byId;
  }

  /** The lists shipped in the jar. */
  public static ProductLists bundled() {
    return read(ListFiles.bundled());
  }

  static ProductLists read(ListFiles.Opener opener) {
    Map<String, ProductList> lists = new LinkedHashMap<>();
    for (CsvRecord r : ListFiles.read(opener, "index.csv", INDEX_HEADER)) {
      ProductList list = readList(opener, r);
      if (lists.putIfAbsent(list.id(), list) != null) {
        throw r.error(0, "list id " + list.id() + " appears twice");
      }
    }
    return new ProductLists(lists);
  }

  /** The list of that id. */
  public Optional<ProductList> findList(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The list of that id; throws, naming the known ids, when there is none. */
  public ProductList getList(String id) {
    return findList(id)
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "unknown product list \""
                        + id
                        + "\"; known lists: "
                        + String.join(", ", ids())));
  }

  /** Every list, in the order of the index. */
  public List<ProductList> listLists() {
    return List.copyOf(byId.values());
  }

  /** The ids of every list, in the order of the index. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  private static ProductList readList(ListFiles.Opener opener, CsvRecord r) {
    String id = ListFiles.required(r, 0, "id");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw r.error(0, "id must be lower-case letters, digits and hyphens: " + id);
    }
    LocalDate published;
    try {
      published = LocalDate.parse(ListFiles.required(r, 4, "published"));
    } catch (DateTimeParseException e) {
      throw r.error(4, "published must be a date as YYYY-MM-DD: " + r.get(4));
    }
    String url = ListFiles.required(r, 5, "url");
    if (!url.startsWith("https://")) {
      throw r.error(5, "url must start with https://: " + url);
    }
    String file = id + ".csv";
    if (!ListFiles.exists(opener, file)) {
      throw r.error(0, "list " + id + " has no file " + ListFiles.path(file));
    }
    return new ProductList(
        id,
        ListFiles.required(r, 1, "title"),
        r.get(2).strip(),
        ListFiles.required(r, 3, "publisher"),
        published,
        url,
        ListFiles.required(r, 6, "licence"),
        r.get(7).strip(),
        readItems(opener, file));
  }

  private static List<ListItem> readItems(ListFiles.Opener opener, String file) {
    Map<String, String> localNames = new LinkedHashMap<>();
    Map<String, List<HsMapping>> mappings = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (CsvRecord r : ListFiles.read(opener, file, LIST_HEADER)) {
      String item = ListFiles.required(r, 0, "item");
      String local = r.get(1).strip();
      String previous = localNames.putIfAbsent(item, local);
      if (previous != null && !previous.equals(local)) {
        throw r.error(1, "item " + item + " has two local names: " + previous + " and " + local);
      }
      HsMapping m = mapping(r);
      if (!seen.add(item + '\u0000' + m.hs())) {
        throw r.error(
            2,
            m.mapped()
                ? "item " + item + " lists HS " + m.hs() + " twice"
                : "item " + item + " has two rows with mapping none");
      }
      mappings.computeIfAbsent(item, k -> new ArrayList<>()).add(m);
    }
    if (mappings.isEmpty()) {
      throw ImportException.ofFile(ListFiles.path(file), "the list has no items");
    }
    List<ListItem> items = new ArrayList<>();
    mappings.forEach((name, ms) -> items.add(new ListItem(name, localNames.get(name), ms)));
    return items;
  }

  private static HsMapping mapping(CsvRecord r) {
    String hs = r.get(2).strip();
    Mapping mapping =
        Mapping.find(r.get(3).strip())
            .orElseThrow(
                () ->
                    r.error(3, "mapping must be exact, partial or none, found '" + r.get(3) + "'"));
    if (mapping == Mapping.NONE && !hs.isEmpty()) {
      throw r.error(2, "mapping none takes no HS code, found " + hs);
    }
    if (mapping != Mapping.NONE && !HsMapping.isHsCode(hs)) {
      throw r.error(2, "HS code must have 2, 4 or 6 digits, found '" + hs + "'");
    }
    return new HsMapping(hs, mapping, r.get(4).strip());
  }
}
