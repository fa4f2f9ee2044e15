package org.chokepoint.workspace.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.chokepoint.workspace.assessment.Joint.Analysis;
import org.chokepoint.workspace.assessment.Joint.PooledViewRef;

/**
 * What the bilingual report shows: a published version read back from its canonical JSON (with its
 * content hash), or the current draft (no hash, marked as a draft).
 *
 * @param hash the content hash, or null for a draft
 * @param publishedAt when it was published, or null for a draft
 */
public record Report(
    long assessment,
    int version,
    String hash,
    String title,
    String label,
    String owner,
    List<String> recipients,
    List<Party> participants,
    List<Signature> signOffs,
    String narrative,
    List<Analysis> analyses,
    List<PooledViewRef> pooledViews,
    String publishedAt) {

  /** A participating organisation: name, kind, country, owner or invited. */
  public record Party(String organisation, String kind, String country, String role) {}

  /** A sign-off: organisation, who signed (e-mail) and when (UTC). */
  public record Signature(String organisation, String signer, String signedAt) {}

  public boolean draft() {
    return hash == null;
  }

  /**
   * Published version {@code version} of {@code a}; with {@code version} null the latest published
   * version, or the current draft when none is published; with {@code version} 0 the draft.
   */
  static Report of(Assessment a, JointStore store, Integer version) {
    List<Joint.Snapshot> snaps = store.snapshots(a.id());
    if (version != null && version != 0) {
      Joint.Snapshot s =
          snaps.stream()
              .filter(x -> x.version() == version)
              .findFirst()
              .orElseThrow(
                  () ->
                      new NoSuchElementException(
                          "assessment " + a.id() + " has no published version " + version));
      return of(s.canonical(), s.hash());
    }
    if (version == null && !snaps.isEmpty()) {
      Joint.Snapshot s = snaps.get(snaps.size() - 1);
      return of(s.canonical(), s.hash());
    }
    JointStore.DraftRow d = store.draft(a.id()).orElseThrow();
    return of(
        CanonicalJson.write(
            SnapshotContent.of(a, d, store.participants(a.id()), store.signOffs(a.id()), null)),
        null);
  }

  /** Reads a snapshot's canonical JSON (or a draft's, with {@code hash} null). */
  static Report of(String canonical, String hash) {
    JsonNode j = DraftJson.tree(canonical);
    List<String> recipients = new ArrayList<>();
    j.get("recipients").forEach(r -> recipients.add(r.asText()));
    List<Party> parties = new ArrayList<>();
    j.get("participants")
        .forEach(
            x ->
                parties.add(
                    new Party(
                        x.get("organisation").asText(),
                        x.get("kind").asText(),
                        x.get("country").asText(),
                        x.get("role").asText())));
    List<Signature> signs = new ArrayList<>();
    j.get("signoffs")
        .forEach(
            x ->
                signs.add(
                    new Signature(
                        x.get("organisation").asText(),
                        x.get("signer").asText(),
                        x.get("signed_at").asText())));
    JsonNode at = j.get("published_at");
    return new Report(
        j.get("assessment").asLong(),
        j.get("version").asInt(),
        hash,
        j.get("title").asText(),
        j.get("label").asText(),
        j.get("owner").asText(),
        recipients,
        parties,
        signs,
        j.get("narrative").asText(),
        DraftJson.readAnalyses(j.get("analyses")),
        DraftJson.readPooled(j.get("pooled_views")),
        at == null || at.isNull() ? null : at.asText());
  }
}
