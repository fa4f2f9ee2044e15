package org.chokepoint.workspace.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationStore;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.assessment.Joint.Analysis;
import org.chokepoint.workspace.assessment.Joint.Comment;
import org.chokepoint.workspace.assessment.Joint.Participant;
import org.chokepoint.workspace.assessment.Joint.PooledViewRef;
import org.chokepoint.workspace.assessment.Joint.SignOff;
import org.chokepoint.workspace.assessment.Joint.Snapshot;
import org.chokepoint.workspace.assessment.Joint.State;
import org.chokepoint.workspace.audit.AuditEvent;
import org.chokepoint.workspace.audit.AuditSink;
import org.chokepoint.workspace.db.Jdbc;
import org.chokepoint.workspace.label.TlpLabel;
import org.chokepoint.workspace.policy.AccessDenied;
import org.chokepoint.workspace.policy.AccessPolicy;
import org.chokepoint.workspace.policy.AccessPolicy.Decision;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.Principal;

/**
 * Joint assessments (docs/methods/joint-assessments.md): drafting, inviting partner organisations,
 * comments, sign-offs and publication as an immutable snapshot named by its content hash. Reads go
 * through {@link AssessmentService#get} (so a caller who may not read gets the same 404 as for a
 * missing assessment); every other decision is the {@link AccessPolicy}'s; every step is audited
 * with ids and hashes only.
 */
public final class JointService {
  private final AssessmentService assessments;
  private final AssessmentStore assessmentStore;
  private final JointStore store;
  private final OrganisationStore organisations;
  private final AccessPolicy policy;
  private final AuditSink audit;
  private final Clock clock;

  public JointService(
      AssessmentService assessments,
      AssessmentStore assessmentStore,
      JointStore store,
      OrganisationStore organisations,
      AccessPolicy policy,
      AuditSink audit,
      Clock clock) {
    this.assessments = assessments;
    this.assessmentStore = assessmentStore;
    this.store = store;
    this.organisations = organisations;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A change to the draft; null fields stay as they are.
   *
   * @param narrative the assessment's text (its body)
   */
  public record DraftEdit(
      String title, String narrative, List<Analysis> analyses, List<PooledViewRef> pooledViews) {}

  /** The joint assessment as the caller may read it ({@code READ} or {@code EXPORT}). */
  public State state(Principal p, long id, Action action) {
    return load(assessments.get(p, id, action));
  }

  /** Changes the draft (analyst or more in the owner organisation). */
  public State edit(Principal p, long id, DraftEdit e) {
    Assessment a = writable(p, id, Action.WRITE, "assessment.edit");
    JointStore.DraftRow d = store.draft(id).orElseThrow();
    String title = e.title() == null ? a.title() : JointValidation.title(e.title());
    String body = e.narrative() == null ? a.body() : JointValidation.narrative(e.narrative());
    String analyses =
        e.analyses() == null
            ? d.analyses()
            : DraftJson.analyses(JointValidation.analyses(e.analyses()));
    String pooled =
        e.pooledViews() == null
            ? d.pooledViews()
            : DraftJson.pooled(JointValidation.pooled(e.pooledViews()));
    if (title.equals(a.title())
        && body.equals(a.body())
        && analyses.equals(d.analyses())
        && pooled.equals(d.pooledViews())) {
      return load(a);
    }
    JointStore.Change c =
        store.change(
            id, now(), conn -> JointStore.updateDraft(conn, id, title, body, analyses, pooled));
    String content =
        CanonicalJson.hash(CanonicalJson.write(List.of(title, body, analyses, pooled)));
    record(p, "assessment.edit", a, "ok", describe(c) + "; content " + content);
    return load(assessmentStore.find(id).orElseThrow());
  }

  /**
   * Invites partner organisations: they become participants, whose sign-off publication needs, and
   * recipients under the assessment's label. Inviting is sharing, so it needs what sharing needs
   * (contributor or admin in the owner organisation); the label must let organisations receive it
   * ({@code TLP:AMBER}, {@code TLP:GREEN} or {@code TLP:CLEAR}).
   */
  public State invite(Principal p, long id, List<String> names) {
    Assessment a = writable(p, id, Action.SHARE, "assessment.invite");
    if (names == null || names.isEmpty()) {
      throw new IllegalArgumentException("organisations: name at least one organisation");
    }
    TlpLabel label = a.labelled().label();
    if (label == TlpLabel.AMBER_STRICT || label == TlpLabel.RED) {
      throw new IllegalArgumentException(
          label.spelling()
              + " does not reach other organisations: relabel it TLP:AMBER (or wider) to invite"
              + " partners");
    }
    List<Organisation> invited = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String n : names) {
      organisations
          .byName(n == null ? "" : n.strip())
          .ifPresentOrElse(invited::add, () -> unknown.add(n));
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("organisations: unknown organisation " + unknown);
    }
    Set<Long> already =
        store.participants(id).stream()
            .map(Participant::organisationId)
            .collect(Collectors.toSet());
    List<Organisation> added =
        invited.stream().filter(o -> !already.contains(o.id())).distinct().toList();
    if (added.isEmpty()) {
      return load(a);
    }
    Instant now = now();
    JointStore.Change c =
        store.change(
            id,
            now,
            conn -> {
              for (Organisation o : added) {
                JointStore.addParticipant(conn, id, o.id(), p.userId(), now);
              }
            });
    record(
        p,
        "assessment.invite",
        a,
        "allow",
        "organisations "
            + added.stream().map(o -> "organisation:" + o.id()).collect(Collectors.joining(","))
            + "; "
            + describe(c));
    return load(assessmentStore.find(id).orElseThrow());
  }

  /**
   * Adds a comment to the current version's draft, for one of the participating organisations
   * (analyst or more there).
   *
   * @param parent the comment answered, 0 for none
   * @param organisation the organisation commenting, or null for the caller's one participating
   *     organisation
   */
  public Comment comment(Principal p, long id, String body, long parent, String organisation) {
    Assessment a = assessments.get(p, id, Action.READ);
    long org = joint(p, a, organisation, "assessment.comment");
    String text = JointValidation.comment(body);
    int version = store.draft(id).orElseThrow().version();
    long cid = store.addComment(id, version, parent, p.userId(), org, text, now());
    record(
        p,
        "assessment.comment",
        a,
        "ok",
        "comment:"
            + cid
            + (parent == 0 ? "" : " reply to comment:" + parent)
            + "; organisation:"
            + org
            + "; version "
            + version
            + "; "
            + CanonicalJson.hash(CanonicalJson.write(text)));
    return store.comments(id, version).stream()
        .filter(x -> x.id() == cid)
        .findFirst()
        .orElseThrow();
  }

  /**
   * Signs the current draft for one participating organisation. When every participant has signed
   * the same revision, the version is published as an immutable snapshot.
   *
   * @param revision the revision the signer read (a changed draft is refused), or null
   */
  public State signOff(Principal p, long id, String organisation, Integer revision) {
    Assessment a = assessments.get(p, id, Action.READ);
    long org = joint(p, a, organisation, "assessment.signoff");
    Instant now = now();
    Snapshot published =
        Jdbc.transaction(
            store.dataSource(),
            c -> {
              JointStore.DraftRow d = JointStore.draft(c, id, true).orElseThrow();
              if (JointStore.published(c, id, d.version())) {
                throw new JointConflict(
                    "version "
                        + d.version()
                        + " is published; a change to the draft starts version "
                        + (d.version() + 1));
              }
              if (revision != null && revision != d.revision()) {
                throw new JointConflict(
                    "the draft has changed since it was read: revision "
                        + d.revision()
                        + " now, "
                        + revision
                        + " signed");
              }
              if (!JointStore.insertSignOff(
                  c, id, d.version(), d.revision(), org, p.userId(), now)) {
                throw new JointConflict("this organisation has already signed this revision");
              }
              List<SignOff> signed = JointStore.signOffs(c, id);
              List<Participant> parts = JointStore.participants(c, id);
              Set<Long> signedOrgs =
                  signed.stream().map(SignOff::organisationId).collect(Collectors.toSet());
              if (!parts.stream().allMatch(x -> signedOrgs.contains(x.organisationId()))) {
                return null;
              }
              Map<String, Object> content =
                  SnapshotContent.of(a, d, parts, signed, now.truncatedTo(ChronoUnit.MICROS));
              String canonical = CanonicalJson.write(content);
              Snapshot s =
                  new Snapshot(
                      id,
                      d.version(),
                      CanonicalJson.hash(canonical),
                      canonical,
                      now.truncatedTo(ChronoUnit.MICROS));
              JointStore.insertSnapshot(c, s);
              return s;
            });
    JointStore.DraftRow after = store.draft(id).orElseThrow();
    record(
        p,
        "assessment.signoff",
        a,
        "ok",
        "organisation:" + org + "; version " + after.version() + " revision " + after.revision());
    if (published != null) {
      record(
          p,
          "assessment.publish",
          a,
          "ok",
          "version " + published.version() + "; " + published.hash());
    }
    return load(assessmentStore.find(id).orElseThrow());
  }

  /** The published versions, oldest first. */
  public List<Snapshot> versions(Principal p, long id) {
    assessments.get(p, id, Action.READ);
    return store.snapshots(id);
  }

  /** One published version, exactly as stored; 404 when it was never published. */
  public Snapshot version(Principal p, long id, int version, Action action) {
    assessments.get(p, id, action);
    return store.snapshots(id).stream()
        .filter(s -> s.version() == version)
        .findFirst()
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "assessment " + id + " has no published version " + version));
  }

  /**
   * What the bilingual report shows: published version {@code version}; with {@code version} null
   * the latest published version, or the current draft when none is published; with {@code version}
   * 0 the current draft. Recorded as an export.
   */
  public Report report(Principal p, long id, Integer version) {
    Assessment a = assessments.get(p, id, Action.EXPORT);
    Report r = Report.of(a, store, version);
    record(
        p,
        "assessment.report",
        a,
        "ok",
        "version " + r.version() + (r.draft() ? " (draft)" : "; " + r.hash()));
    return r;
  }

  private State load(Assessment a) {
    long id = a.id();
    JointStore.DraftRow d = store.draft(id).orElseThrow();
    List<Snapshot> versions = store.snapshots(id);
    boolean published = versions.stream().anyMatch(s -> s.version() == d.version());
    return new State(
        a,
        d.version(),
        d.revision(),
        published,
        DraftJson.readAnalyses(d.analyses()),
        DraftJson.readPooled(d.pooledViews()),
        store.participants(id),
        store.comments(id, d.version()),
        store.signOffs(id),
        versions);
  }

  /** Reads (404 when not readable), then decides {@code action}; 403 when refused. */
  private Assessment writable(Principal p, long id, Action action, String auditAction) {
    if (p.isAnonymous()) {
      throw new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "sign in to do this");
    }
    Assessment a = assessments.get(p, id, Action.READ);
    Decision d = policy.decide(p, action, a.labelled());
    if (!d.allowed()) {
      record(p, auditAction, a, "deny", d.reason());
      throw new AccessDenied(
          AccessDenied.Reason.FORBIDDEN,
          action == Action.SHARE
              ? "inviting needs the contributor or admin role in the owner organisation"
              : "changing the draft needs the analyst role or more in the owner organisation");
    }
    return a;
  }

  /** The participating organisation the caller acts for, decided by the policy; 403 otherwise. */
  private long joint(Principal p, Assessment a, String organisation, String auditAction) {
    if (p.isAnonymous()) {
      throw new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "sign in to do this");
    }
    List<Participant> parts = store.participants(a.id());
    Set<Long> ids = parts.stream().map(Participant::organisationId).collect(Collectors.toSet());
    long org;
    if (organisation != null && !organisation.isBlank()) {
      org =
          organisations
              .byName(organisation.strip())
              .map(Organisation::id)
              .orElseThrow(
                  () -> new IllegalArgumentException("organisation: no organisation by that name"));
    } else {
      List<Long> mine =
          parts.stream()
              .map(Participant::organisationId)
              .filter(o -> p.role(o).filter(r -> r.atLeast(Role.ANALYST)).isPresent())
              .toList();
      if (mine.size() > 1) {
        throw new IllegalArgumentException(
            "organisation: you belong to several participating organisations; name one");
      }
      org = mine.isEmpty() ? 0 : mine.get(0);
    }
    Decision d = policy.decideJoint(p, a.labelled(), ids, org);
    if (!d.allowed()) {
      record(p, auditAction, a, "deny", d.reason());
      throw new AccessDenied(
          AccessDenied.Reason.FORBIDDEN,
          "commenting and signing need the analyst role or more in a participating organisation"
              + " and a credential that may write");
    }
    return org;
  }

  private static String describe(JointStore.Change c) {
    return (c.newVersion() ? "new version " : "version ")
        + c.version()
        + " revision "
        + c.revision()
        + "; voided "
        + c.voided()
        + " sign-off"
        + (c.voided() == 1 ? "" : "s");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private void record(Principal p, String action, Assessment a, String outcome, String detail) {
    audit.record(
        new AuditEvent(clock.instant(), p.actor(), action, a.labelled().ref(), outcome, detail));
  }
}
