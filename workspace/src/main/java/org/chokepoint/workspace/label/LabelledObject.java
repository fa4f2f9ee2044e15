package org.chokepoint.workspace.label;

import java.util.List;
import java.util.Set;

/**
 * What the access policy needs to know of a stored object: its label, owner organisation, author
 * and recipients, with sharing groups already expanded to the organisations they hold now (an empty
 * or deleted group contributes none).
 *
 * @param kind the object kind, such as {@code assessment}
 * @param recipientOrganisations organisations named directly or through a sharing group
 * @param recipientUsers users named as {@code TLP:RED} recipients
 */
public record LabelledObject(
    String kind,
    long id,
    TlpLabel label,
    long ownerOrganisation,
    long author,
    List<Recipient> recipients,
    Set<Long> recipientOrganisations,
    Set<Long> recipientUsers) {
  public LabelledObject {
    recipients = List.copyOf(recipients);
    recipientOrganisations = Set.copyOf(recipientOrganisations);
    recipientUsers = Set.copyOf(recipientUsers);
  }

  /** {@code kind:id}, as the audit log names it. */
  public String ref() {
    return kind + ":" + id;
  }
}
