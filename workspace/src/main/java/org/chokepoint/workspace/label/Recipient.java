package org.chokepoint.workspace.label;

/**
 * One entry of an object's recipient list: an organisation, a sharing group or (for {@code
 * TLP:RED}) a user. Written as {@code NAME} for an organisation, {@code group:NAME} for a sharing
 * group and {@code user:EMAIL} for a user.
 *
 * @param id the row id of the organisation, group or user
 */
public record Recipient(Kind kind, long id, String name) {
  /** What a recipient names. */
  public enum Kind {
    ORGANISATION,
    GROUP,
    USER
  }

  /** The spelling of the API: {@code NAME}, {@code group:NAME} or {@code user:EMAIL}. */
  public String spelling() {
    return switch (kind) {
      case ORGANISATION -> name;
      case GROUP -> "group:" + name;
      case USER -> "user:" + name;
    };
  }
}
