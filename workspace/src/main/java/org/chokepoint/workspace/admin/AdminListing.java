package org.chokepoint.workspace.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.User;

/**
 * How organisations and users are listed, the same on the command line and over HTTP: the CSV
 * columns, a row of text per item, and the JSON object.
 */
public final class AdminListing {
  /** The columns of an organisation listing. */
  public static final List<String> ORGANISATION_COLUMNS =
      List.of("id", "name", "kind", "country", "local");

  /**
   * The columns of a user listing; memberships as {@code organisation:role} joined by {@code ;}.
   */
  public static final List<String> USER_COLUMNS =
      List.of("id", "email", "memberships", "local", "disabled");

  private AdminListing() {}

  public static List<String> row(Organisation o) {
    return List.of(
        String.valueOf(o.id()),
        o.name(),
        o.kind().id(),
        o.country() == null ? "" : o.country(),
        String.valueOf(o.local()));
  }

  public static Map<String, Object> json(Organisation o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.id());
    m.put("name", o.name());
    m.put("kind", o.kind().id());
    m.put("country", o.country());
    m.put("local", o.local());
    return m;
  }

  public static List<String> row(User u) {
    return List.of(
        String.valueOf(u.id()),
        u.email(),
        u.memberships().stream()
            .map(m -> m.organisationName() + ":" + m.role().id())
            .collect(Collectors.joining(";")),
        String.valueOf(u.local()),
        String.valueOf(u.disabled()));
  }

  public static Map<String, Object> json(User u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", u.id());
    m.put("email", u.email());
    m.put(
        "memberships",
        u.memberships().stream()
            .map(x -> Map.of("organisation", x.organisationName(), "role", x.role().id()))
            .toList());
    m.put("local", u.local());
    m.put("disabled", u.disabled());
    return m;
  }
}
