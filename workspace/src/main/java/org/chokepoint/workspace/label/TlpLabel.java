package org.chokepoint.workspace.label;

import java.util.List;

/**
 * A Traffic Light Protocol 2.0 label (FIRST, https://www.first.org/tlp/), spelled exactly as FIRST
 * writes it. What each grants on this server is {@link org.chokepoint.workspace.policy.AccessPolicy
 * AccessPolicy}'s and DECISIONS D-ws-2's:
 *
 * <ul>
 *   <li>{@code TLP:RED}: "for the eyes and ears of individual recipients only" — the author and the
 *       users named as recipients;
 *   <li>{@code TLP:AMBER+STRICT}: "restricts sharing to the organization only" — members of the
 *       owner organisation;
 *   <li>{@code TLP:AMBER}: "limited disclosure ... their organization and its clients" — members of
 *       the owner organisation and of the recipient organisations (sharing groups expanded);
 *   <li>{@code TLP:GREEN}: "limited disclosure, recipients can spread this within their community"
 *       — every organisation on the server, that is every signed-in member;
 *   <li>{@code TLP:CLEAR}: "disclosure is not limited" — everyone, anonymous readers included.
 * </ul>
 */
public enum TlpLabel {
  RED("TLP:RED"),
  AMBER_STRICT("TLP:AMBER+STRICT"),
  AMBER("TLP:AMBER"),
  GREEN("TLP:GREEN"),
  CLEAR("TLP:CLEAR");

  private final String spelling;

  TlpLabel(String spelling) {
    this.spelling = spelling;
  }

  /** {@code TLP:RED}, {@code TLP:AMBER+STRICT}, ... exactly. */
  public String spelling() {
    return spelling;
  }

  @Override
  public String toString() {
    return spelling;
  }

  /** Parses the exact spelling (case and spaces matter: {@code tlp:amber} is refused). */
  public static TlpLabel parse(String text) {
    for (TlpLabel l : values()) {
      if (l.spelling.equals(text)) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        "label \""
            + (text == null ? "" : text)
            + "\" is not one of TLP:RED, TLP:AMBER+STRICT, TLP:AMBER, TLP:GREEN, TLP:CLEAR");
  }

  /** Whether this label lets an object reach more readers than {@code other} does. */
  public boolean widerThan(TlpLabel other) {
    return ordinal() > other.ordinal();
  }

  /**
   * Checks that recipients fit the label: {@code TLP:RED} names users only, {@code
   * TLP:AMBER+STRICT} names none (the owner organisation is its whole audience), the others name
   * organisations or sharing groups.
   */
  public void checkRecipients(List<Recipient> recipients) {
    for (Recipient r : recipients) {
      switch (this) {
        case RED -> {
          if (r.kind() != Recipient.Kind.USER) {
            throw new IllegalArgumentException(
                "TLP:RED is for named individuals only: give recipients as user:EMAIL, not "
                    + r.spelling());
          }
        }
        case AMBER_STRICT ->
            throw new IllegalArgumentException(
                "TLP:AMBER+STRICT is limited to the owner organisation: give no recipients (got "
                    + r.spelling()
                    + ")");
        default -> {
          if (r.kind() == Recipient.Kind.USER) {
            throw new IllegalArgumentException(
                spelling + " is shared with organisations or sharing groups, not " + r.spelling());
          }
        }
      }
    }
  }
}
