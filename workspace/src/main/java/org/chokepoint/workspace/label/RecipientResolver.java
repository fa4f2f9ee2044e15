package org.chokepoint.workspace.label;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.chokepoint.workspace.account.OrganisationStore;
import org.chokepoint.workspace.account.SharingGroupStore;
import org.chokepoint.workspace.account.UserStore;

/**
 * Turns recipient names as the API and the command line write them ({@code NAME}, {@code
 * group:NAME}, {@code user:EMAIL}) into recipients, refusing unknown ones by name.
 */
public final class RecipientResolver {
  private final OrganisationStore organisations;
  private final SharingGroupStore groups;
  private final UserStore users;

  public RecipientResolver(
      OrganisationStore organisations, SharingGroupStore groups, UserStore users) {
    this.organisations = organisations;
    this.groups = groups;
    this.users = users;
  }

  /** The recipients named, without duplicates, in the order given. */
  public List<Recipient> resolve(List<String> names) {
    LinkedHashSet<Recipient> out = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String raw : names) {
      String n = raw == null ? "" : raw.strip();
      String lower = n.toLowerCase(Locale.ROOT);
      if (lower.startsWith("group:")) {
        String g = n.substring(6).strip();
        groups
            .byName(g)
            .ifPresentOrElse(
                x -> out.add(new Recipient(Recipient.Kind.GROUP, x.id(), x.name())),
                () -> unknown.add(n));
      } else if (lower.startsWith("user:")) {
        String e = n.substring(5).strip();
        users
            .byEmail(e)
            .filter(u -> !u.local())
            .ifPresentOrElse(
                u -> out.add(new Recipient(Recipient.Kind.USER, u.id(), u.email())),
                () -> unknown.add(n));
      } else {
        organisations
            .byName(n)
            .ifPresentOrElse(
                o -> out.add(new Recipient(Recipient.Kind.ORGANISATION, o.id(), o.name())),
                () -> unknown.add(n));
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown recipient"
              + (unknown.size() == 1 ? " " : "s ")
              + String.join(", ", unknown.stream().map(u -> "\"" + clip(u) + "\"").toList())
              + " (write organisations by name, group:NAME for a sharing group, user:EMAIL for a"
              + " person)");
    }
    return List.copyOf(out);
  }

  private static String clip(String s) {
    String one = s.replaceAll("\\p{Cntrl}", "?");
    return one.length() > 60 ? one.substring(0, 60) + "..." : one;
  }
}
