package org.chokepoint.workspace.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.workspace.assessment.Joint.Participant;
import org.chokepoint.workspace.assessment.Joint.SignOff;
import org.chokepoint.workspace.label.Recipient;

/**
 * What a published version holds (docs/methods/joint-assessments.md gives the fields): everything a
 * reader needs to know what was agreed, and nothing of the discussion (comments stay with the
 * draft). {@link CanonicalJson} turns it into the bytes the content hash covers.
 */
final class SnapshotContent {
  /** Names the layout, so a reader can tell future layouts apart. */
  static final String FORMAT = "chokepoint-joint-assessment/1";

  private SnapshotContent() {}

  static Map<String, Object> of(
      Assessment a,
      JointStore.DraftRow d,
      List<Participant> participants,
      List<SignOff> signOffs,
      Instant publishedAt) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("assessment", a.id());
    m.put("version", d.version());
    m.put("title", a.title());
    m.put("label", a.labelled().label().spelling());
    m.put("owner", a.owner());
    m.put(
        "recipients",
        a.labelled().recipients().stream().map(Recipient::spelling).sorted().toList());
    m.put("narrative", a.body());
    m.put("analyses", DraftJson.readAnalyses(d.analyses()).stream().map(DraftJson::map).toList());
    m.put(
        "pooled_views",
        DraftJson.readPooled(d.pooledViews()).stream().map(DraftJson::map).toList());
    List<Object> parts = new ArrayList<>();
    for (Participant x : participants) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("organisation", x.name());
      o.put("kind", x.kind());
      o.put("country", x.country());
      o.put("role", x.owner() ? "owner" : "invited");
      parts.add(o);
    }
    m.put("participants", parts);
    List<Object> signs = new ArrayList<>();
    for (SignOff s : signOffs) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("organisation", s.organisation());
      o.put("signer", s.signer());
      o.put("signed_at", s.signedAt().toString());
      signs.add(o);
    }
    m.put("signoffs", signs);
    m.put("published_at", publishedAt == null ? null : publishedAt.toString());
    return m;
  }
}
