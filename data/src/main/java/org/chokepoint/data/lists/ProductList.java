package org.chokepoint.data.lists;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An official list of products or materials with its source, each item mapped to HS 2017 codes.
 *
 * @param id the short name used in files and on the command line, e.g. {@code eu-crm-2023}
 * @param localTitle the title in the list's own language, or empty
 * @param published the date of the version transcribed
 * @param licence of this compilation and of the underlying list
 * @param note what the list holds, which version, and what could not be confirmed
 */
public record ProductList(
    String id,
    String title,
    String localTitle,
    String publisher,
    LocalDate published,
    String url,
    String licence,
    String note,
    List<ListItem> items) {
  public ProductList {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    localTitle = Objects.requireNonNullElse(localTitle, "");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(licence, "licence");
    note = Objects.requireNonNullElse(note, "");
    items = List.copyOf(items);
  }

  /** The distinct HS codes of all items, ascending. */
  public List<String> hsCodes() {
    return items.stream()
        .map(ListItem::hsCodes)
        .flatMap(Collection::stream)
        .distinct()
        .sorted()
        .toList();
  }

  /** The item of that English name. */
  public Optional<ListItem> findItem(String name) {
    return items.stream().filter(i -> i.name().equals(name)).findFirst();
  }
}
