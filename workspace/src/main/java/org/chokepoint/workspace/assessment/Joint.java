package org.chokepoint.workspace.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parts of a joint assessment (docs/methods/joint-assessments.md): the saved analyses and
 * pooled-view references of its draft, the participating organisations, comments, sign-offs and
 * published snapshots.
 */
public final class Joint {
  private Joint() {}

  /**
   * One dataset version an analysis used, as the catalog states its provenance.
   *
   * @param dataset the catalog name, such as {@code usgs-mcs}
   * @param version the catalog version of the dataset when the analysis was saved
   */
  public record DatasetRef(
      String dataset,
      String version,
      String source,
      String vintage,
      String licence,
      String citation) {}

  /**
   * A saved analysis: which one ({@code minerals}, {@code dependence}, {@code chokepoints}, {@code
   * pooled}, ...), its parameters as text, and the dataset versions it used.
   */
  public record Analysis(
      String kind, String title, Map<String, String> parameters, List<DatasetRef> datasets) {
    public Analysis {
      title = title == null ? "" : title;
      parameters = new TreeMap<>(parameters);
      datasets = List.copyOf(datasets);
    }
  }

  /**
   * A reference to a pooled view by its query (the pooled view itself is computed, and protected,
   * where it is released; the assessment keeps only the reference).
   */
  public record PooledViewRef(String title, String query) {
    public PooledViewRef {
      title = title == null ? "" : title;
    }
  }

  /** A participating organisation: the owner, or one invited. */
  public record Participant(
      long organisationId, String name, String kind, String country, boolean owner, Instant at) {}

  /**
   * A comment on the draft of one version; {@code parent} is the comment it answers (0 for none).
   */
  public record Comment(
      long id,
      int version,
      long parent,
      String author,
      String organisation,
      String body,
      Instant createdAt) {}

  /** A live (not voided) sign-off of one organisation on the current draft. */
  public record SignOff(
      long organisationId,
      String organisation,
      String signer,
      int version,
      int revision,
      Instant signedAt) {}

  /**
   * A published version: the canonical JSON the content hash covers, exactly as stored.
   *
   * @param hash {@code sha256:} and 64 lower-case hex digits
   */
  public record Snapshot(
      long assessmentId, int version, String hash, String canonical, Instant publishedAt) {}

  /**
   * Everything a participant sees of a joint assessment: the assessment with its draft, the
   * participants, the comments on the current version, the live sign-offs and the published
   * versions (newest last).
   *
   * @param published whether the current version is published (a change starts the next)
   */
  public record State(
      Assessment assessment,
      int version,
      int revision,
      boolean published,
      List<Analysis> analyses,
      List<PooledViewRef> pooledViews,
      List<Participant> participants,
      List<Comment> comments,
      List<SignOff> signOffs,
      List<Snapshot> versions) {
    /** The latest published version, if any. */
    public Optional<Snapshot> latest() {
      return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }
  }
}
