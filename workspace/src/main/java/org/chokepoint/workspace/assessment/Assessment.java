package org.chokepoint.workspace.assessment;

import java.time.Instant;
import org.chokepoint.workspace.label.LabelledObject;

/**
 * A saved assessment: a titled text with its label, owner organisation and recipients.
 *
 * @param owner the owner organisation's name
 * @param author the author's e-mail address
 */
public record Assessment(
    LabelledObject labelled,
    String title,
    String body,
    String owner,
    String author,
    Instant createdAt,
    Instant updatedAt) {
  public long id() {
    return labelled.id();
  }
}
