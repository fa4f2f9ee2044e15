package org.chokepoint.workspace.contribution;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
      boolean rowsKept) {

    /** The columns of a version listing (CSV header and JSON keys), in order. */
    public static final List<String> COLUMNS =
        List.of(
            "version",
            "uploaded_by",
            "uploaded_at",
            "nodes",
            "links",
            "nodes_sha256",
            "links_sha256",
            "rows_kept");

    /** The values of {@link #COLUMNS}, as text. */
    public List<String> row() {
      return List.of(
          String.valueOf(version),
          uploadedBy,
          uploadedAt.toString(),
          String.valueOf(nodes),
          String.valueOf(links),
          nodesSha256,
          linksSha256,
          String.valueOf(rowsKept));
    }

    /** {@link #COLUMNS} with their values, numbers and booleans as such, for JSON. */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("version", version);
      m.put("uploaded_by", uploadedBy);
      m.put("uploaded_at", uploadedAt.toString());
      m.put("nodes", nodes);
      m.put("links", links);
      m.put("nodes_sha256", nodesSha256);
      m.put("links_sha256", linksSha256);
      m.put("rows_kept", rowsKept);
      return m;
    }
  }
}
