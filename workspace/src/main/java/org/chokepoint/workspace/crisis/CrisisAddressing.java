package org.chokepoint.workspace.crisis;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.OrganisationStore;
import org.chokepoint.workspace.label.Recipient;
import org.chokepoint.workspace.label.TlpLabel;
import org.chokepoint.workspace.policy.AccessDenied;
import org.chokepoint.workspace.policy.Principal;

/**
 * Who a request is from and to, and its label (DECISIONS D-crisis-2): the requesting organisation
 * among the caller's, the addressed partner governments (named or by id; firms, unknown ids and the
 * requester refused, naming {@code addressed_to}), and a label that lets them read it.
 */
final class CrisisAddressing {
  /** The most governments one request is addressed to. */
  static final int MAX_ADDRESSED = 50;

  private final OrganisationStore organisations;

  CrisisAddressing(OrganisationStore organisations) {
    this.organisations = organisations;
  }

  /** The caller's government to raise in: the one named, else its government with most role. */
  Organisation requester(Principal p, String name) {
    if (name != null && !name.isBlank()) {
      return organisations
          .byName(name)
          .filter(o -> p.roles().containsKey(o.id()))
          .orElseThrow(
              () ->
                  new AccessDenied(
                      AccessDenied.Reason.FORBIDDEN,
                      "you are not a member of an organisation by that name"));
    }
    List<Organisation> mine =
        p.roles().keySet().stream()
            .sorted()
            .map(organisations::byId)
            .flatMap(Optional::stream)
            .toList();
    return mine.stream()
        .sorted(
            Comparator.comparing((Organisation o) -> o.kind() == OrganisationKind.GOVERNMENT)
                .thenComparing(o -> p.roles().get(o.id()))
                .reversed())
        .findFirst()
        .orElseThrow(
            () ->
                new AccessDenied(
                    AccessDenied.Reason.FORBIDDEN, "you are not a member of any organisation"));
  }

  static TlpLabel label(String text) {
    if (text == null || text.isBlank()) {
      return TlpLabel.AMBER;
    }
    TlpLabel l;
    try {
      l = TlpLabel.parse(text);
    } catch (IllegalArgumentException e) {
      throw new CrisisFieldException("label", e.getMessage());
    }
    if (!Set.of(TlpLabel.AMBER, TlpLabel.GREEN, TlpLabel.CLEAR).contains(l)) {
      throw new CrisisFieldException(
          "label",
          l.spelling()
              + " would hide the request from the governments it is addressed to; use TLP:AMBER"
              + " (the default), TLP:GREEN or TLP:CLEAR");
    }
    return l;
  }

  List<Recipient> addressed(List<String> names, Organisation owner) {
    if (names == null || names.isEmpty()) {
      throw new CrisisFieldException("addressed_to", "required, one or more partner governments");
    }
    if (names.size() > MAX_ADDRESSED) {
      throw new CrisisFieldException("addressed_to", "more than " + MAX_ADDRESSED + " entries");
    }
    Map<Long, Recipient> out = new LinkedHashMap<>();
    for (String raw : names) {
      String n = raw == null ? "" : raw.strip();
      Optional<Organisation> o =
          n.matches("[0-9]{1,18}")
              ? organisations.byId(Long.parseLong(n))
              : organisations.byName(n);
      if (o.isEmpty()) {
        throw new CrisisFieldException("addressed_to", "no organisation \"" + clip(n) + "\"");
      }
      Organisation g = o.get();
      if (g.kind() != OrganisationKind.GOVERNMENT) {
        throw new CrisisFieldException(
            "addressed_to",
            g.name() + " is of kind " + g.kind().id() + "; requests go to partner governments");
      }
      if (g.id() == owner.id()) {
        throw new CrisisFieldException(
            "addressed_to", g.name() + " is the requesting government itself");
      }
      out.put(g.id(), new Recipient(Recipient.Kind.ORGANISATION, g.id(), g.name()));
    }
    return List.copyOf(out.values());
  }

  private static String clip(String s) {
    String one = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
    return one.length() > 60 ? one.substring(0, 60) + "..." : one;
  }
}
