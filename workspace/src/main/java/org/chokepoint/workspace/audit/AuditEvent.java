package org.chokepoint.workspace.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened and must be accountable: a login, an access decision on a labelled
 * object, a share, a label change, an admin action. Confidential payloads never enter the log: an
 * event names objects by id and carries at most a hash of content.
 *
 * @param time when it happened
 * @param actor who acted: a user id such as {@code user:17}, {@code token:5}, {@code anonymous} or
 *     {@code cli:admin}
 * @param action what was done, a dotted verb such as {@code auth.login}, {@code object.read},
 *     {@code object.share}, {@code label.change}, {@code admin.user.add}
 * @param object the object acted on, as {@code kind:id} (such as {@code assessment:42}), or empty
 * @param outcome {@code allow}, {@code deny}, {@code ok} or {@code fail}
 * @param detail non-confidential detail: labels, recipient organisation ids, a SHA-256 of content
 */
public record AuditEvent(
    Instant time, String actor, String action, String object, String outcome, String detail) {
  public AuditEvent {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    object = object == null ? "" : object;
    Objects.requireNonNull(outcome, "outcome");
    detail = detail == null ? "" : detail;
  }
}
