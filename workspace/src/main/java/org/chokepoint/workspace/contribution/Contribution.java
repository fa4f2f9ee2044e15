package org.chokepoint.workspace.contribution;

import java.time.Instant;
import java.util.List;
import org.chokepoint.workspace.label.LabelledObject;

/**
 * A contribution: one firm's supplier map under a name, always {@code TLP:RED}, owned by the firm's
 * organisation, with every version uploaded. Only the latest version of a contribution that is not
 * withdrawn enters pooled views.
 *
 * @param owner the owner organisation's name
 * @param author the e-mail of the user who first uploaded it
 * @param withdrawnAt when it was withdrawn, or null while it is current
 * @param versions oldest first; never empty
 */
public record Contribution(
    LabelledObject labelled,
    String name,
    String owner,
    String author,
    Instant createdAt,
    Instant withdrawnAt,
    List<Version> versions) {
  public Contribution {
    versions = List.copyOf(versions);
  }

  public long id() {
    return labelled.id();
  }

  public boolean withdrawn() {
    return withdrawnAt != null;
  }

  /** The latest version. */
  public Version current() {
    return versions.get(versions.size() - 1);
  }

  /**
   * One uploaded version. Its metadata stays for ever; its rows are deleted when the contribution
   * is withdrawn ({@code rowsKept} false).
   *
   * @param uploadedBy the uploader's e-mail
   * @param nodesSha256 SHA-256 of the nodes file as uploaded, lower-case hex
   * @param linksSha256 SHA-256 of the links file as uploaded
   */
  public record Version(
      int version,
      String uploadedBy,
      Instant uploadedAt,
      String nodesSha256,
      String linksSha256,
      int nodes,
      int links,
      boolean rowsKept) {}
}
