package org.chokepoint.screening.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.ListedName;
import org.chokepoint.screening.Schema;

/**
 * Collects one list entry's names and attributes while an importer reads it, and builds the {@link
 * ListedEntity}. Text is trimmed and runs of white space (line breaks of a PDF, double blanks) are
 * collapsed; blank values are ignored; repeated values are kept once, in first-seen order. A name
 * given twice keeps the stronger kind. Names come out primary first, then aliases, then weak
 * aliases, each group in the order added, so that two files listing the same names in another order
 * give the same entry.
 */
public final class EntryBuilder {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String list;
  private final String entryId;
  private Schema schema;
  private final Map<String, ListedName> names = new LinkedHashMap<>();
  private final Set<String> countries = new LinkedHashSet<>();
  private final Set<String> birthDates = new LinkedHashSet<>();
  private final Set<String> identifiers = new LinkedHashSet<>();
  private final Set<String> programmes = new LinkedHashSet<>();
  private final Set<String> addresses = new LinkedHashSet<>();
  private final List<String> remarks = new ArrayList<>();
  private String listedOn = "";

  public EntryBuilder(String list, String entryId, Schema schema) {
    this.list = Objects.requireNonNull(list, "list");
    this.entryId = Objects.requireNonNull(entryId, "entryId");
    this.schema = Objects.requireNonNull(schema, "schema");
  }

  /** Collapses white space and trims; {@code null} is empty. */
  public static String clean(String text) {
    return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
  }

  public String entryId() {
    return entryId;
  }

  public EntryBuilder schema(Schema s) {
    this.schema = Objects.requireNonNull(s, "schema");
    return this;
  }

  /**
   * Adds a name unless it is blank. A name already there keeps its place and takes the stronger of
   * the two kinds (primary over alias over weak alias), so the order in which a list gives its
   * names does not matter; its language is the first one given.
   */
  public EntryBuilder name(String name, ListedName.Kind kind, String language) {
    String n = clean(name);
    if (n.isEmpty()) {
      return this;
    }
    ListedName before = names.get(n);
    if (before == null) {
      names.put(n, new ListedName(n, kind, language));
    } else if (kind.compareTo(before.kind()) < 0) {
      String lang = before.language().isEmpty() ? language : before.language();
      names.put(n, new ListedName(n, kind, lang));
    }
    return this;
  }

  public boolean hasName() {
    return !names.isEmpty();
  }

  /** Adds an ISO 3166-1 alpha-3 code. */
  public EntryBuilder country(String alpha3) {
    return add(countries, alpha3);
  }

  public EntryBuilder birthDate(String date) {
    return add(birthDates, date);
  }

  /** Adds an identifier as {@code type: value}. */
  public EntryBuilder identifier(String type, String value) {
    String v = clean(value);
    if (v.isEmpty()) {
      return this;
    }
    String t = clean(type);
    return add(identifiers, t.isEmpty() ? v : t + ": " + v);
  }

  public EntryBuilder programme(String programme) {
    return add(programmes, programme);
  }

  public EntryBuilder address(String address) {
    return add(addresses, address);
  }

  /** Sets the listing date unless one is already set. */
  public EntryBuilder listedOn(String date) {
    if (listedOn.isEmpty()) {
      listedOn = clean(date);
    }
    return this;
  }

  /** Appends a remark; remarks are joined with "; " in the order added. */
  public EntryBuilder remark(String remark) {
    String r = clean(remark);
    if (!r.isEmpty() && !remarks.contains(r)) {
      remarks.add(r);
    }
    return this;
  }

  private EntryBuilder add(Set<String> set, String value) {
    String v = clean(value);
    if (!v.isEmpty()) {
      set.add(v);
    }
    return this;
  }

  /**
   * The entry.
   *
   * @throws IllegalStateException when no name was added; importers check {@link #hasName} first
   *     and raise an {@code ImportException} that names the line
   */
  public ListedEntity build() {
    if (names.isEmpty()) {
      throw new IllegalStateException("entry " + entryId + " of " + list + " has no name");
    }
    return new ListedEntity(
        list,
        entryId,
        schema,
        names.values().stream().sorted(Comparator.comparing(ListedName::kind)).toList(),
        List.copyOf(countries),
        List.copyOf(birthDates),
        List.copyOf(identifiers),
        List.copyOf(programmes),
        List.copyOf(addresses),
        listedOn,
        String.join("; ", remarks));
  }
}
