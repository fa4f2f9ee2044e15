package org.chokepoint.screening;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a sanctions or export-control list, in the model every list is imported into.
 *
 * @param list the catalog dataset it comes from, such as {@code ofac-sdn}
 * @param entryId the list's own id for the entry (OFAC's ent_num, the UN's reference number)
 * @param names the primary name first, then aliases
 * @param countries ISO 3166-1 alpha-3 codes of nationality, citizenship, incorporation or address
 * @param birthDates dates or years of birth or incorporation, as the list gives them
 * @param identifiers passport, registration, IMO and similar numbers, as {@code type: value}
 * @param programmes sanctions programmes or legal bases ({@code SDGT}, {@code RUSSIA-EO14024})
 * @param addresses addresses as text
 * @param listedOn the date the entry was listed, as the list gives it, or empty
 * @param remarks the list's remarks, or empty
 */
public record ListedEntity(
    String list,
    String entryId,
    Schema schema,
    List<ListedName> names,
    List<String> countries,
    List<String> birthDates,
    List<String> identifiers,
    List<String> programmes,
    List<String> addresses,
    String listedOn,
    String remarks) {
  public ListedEntity {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(schema, "schema");
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("entry " + entryId + " of " + list + " has no name");
    }
    countries = List.copyOf(countries);
    birthDates = List.copyOf(birthDates);
    identifiers = List.copyOf(identifiers);
    programmes = List.copyOf(programmes);
    addresses = List.copyOf(addresses);
    listedOn = Objects.requireNonNullElse(listedOn, "");
    remarks = Objects.requireNonNullElse(remarks, "");
  }

  /** The primary name. */
  public String name() {
    return names.get(0).name();
  }
}
