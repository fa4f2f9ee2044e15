package org.chokepoint.workspace.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.chokepoint.workspace.account.OrganisationStore;
import org.chokepoint.workspace.audit.AuditEvent;
import org.chokepoint.workspace.audit.AuditSink;
import org.chokepoint.workspace.label.Recipient;
import org.chokepoint.workspace.label.RecipientResolver;
import org.chokepoint.workspace.label.TlpLabel;
import org.chokepoint.workspace.policy.AccessDenied;
import org.chokepoint.workspace.policy.AccessPolicy;
import org.chokepoint.workspace.policy.AccessPolicy.Decision;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.Principal;

/**
 * Saving, reading, listing and sharing assessments. Every access is decided by the {@link
 * AccessPolicy} and recorded in the audit log (ids, labels and content hashes only). An assessment
 * the caller may not read is answered exactly as a missing one.
 */
public final class AssessmentService {
  /** The longest title and body accepted. */
  public static final int MAX_TITLE = 500;

  public static final int MAX_BODY = 200_000;

  private final AssessmentStore store;
  private final JointStore joint;
  private final OrganisationStore organisations;
  private final RecipientResolver recipients;
  private final AccessPolicy policy;
  private final AuditSink audit;
  private final Clock clock;

  public AssessmentService(
      AssessmentStore store,
      JointStore joint,
      OrganisationStore organisations,
      RecipientResolver recipients,
      AccessPolicy policy,
      AuditSink audit,
      Clock clock) {
    this.store = store;
    this.joint = joint;
    this.organisations = organisations;
    this.recipients = recipients;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What a new assessment holds.
   *
   * @param organisation the owner organisation's name, or null for the caller's own (the one where
   *     it has the highest role)
   */
  public record Draft(
      String title, String label, List<String> recipients, String body, String organisation) {}

  public Assessment create(Principal p, Draft d) {
    if (p.isAnonymous()) {
      throw new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "sign in to create objects");
    }
    long owner = p.actingOrganisation(d.organisation(), organisations::byName);
    policy.checkCreate(p, owner);
    String title = text(d.title(), "title", MAX_TITLE, true);
    String body = text(d.body() == null ? "" : d.body(), "body", MAX_BODY, false);
    TlpLabel label = TlpLabel.parse(d.label());
    List<Recipient> rs = recipients.resolve(d.recipients() == null ? List.of() : d.recipients());
    label.checkRecipients(rs);
    Assessment a = store.insert(owner, p.userId(), label, title, body, rs, clock.instant());
    record(p, "object.create", a.labelled().ref(), "ok", describe(label, rs) + "; " + hash(a));
    return a;
  }

  /** The assessment, or {@link NoSuchElementException} when it is missing or not readable. */
  public Assessment get(Principal p, long id, Action action) {
    Optional<Assessment> a = store.find(id);
    Decision d =
        a.map(x -> policy.decide(p, action, x.labelled())).orElse(new Decision(false, "missing"));
    record(
        p,
        "object." + action.name().toLowerCase(Locale.ROOT),
        AssessmentStore.KIND + ":" + id,
        d.allowed() ? "allow" : "deny",
        d.reason());
    if (!d.allowed()) {
      throw notFound(id);
    }
    return a.get();
  }

  /**
   * The assessments the caller may read, newest first, optionally only those whose title contains
   * {@code query} (case-insensitive). Nothing about the others is revealed: not their number, not
   * their titles.
   *
   * @param action {@code LIST}, {@code SEARCH} or {@code EXPORT}
   */
  public List<Assessment> list(Principal p, String query, Action action) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    List<Assessment> readable =
        store.all().stream()
            .filter(a -> policy.decide(p, action, a.labelled()).allowed())
            .filter(a -> q.isEmpty() || a.title().toLowerCase(Locale.ROOT).contains(q))
            .toList();
    record(
        p,
        "object." + action.name().toLowerCase(Locale.ROOT),
        AssessmentStore.KIND,
        "ok",
        "returned "
            + readable.stream().map(a -> String.valueOf(a.id())).collect(Collectors.joining(",")));
    return readable;
  }

  /**
   * Replaces the recipients and, when given, the label. Needs contributor or admin in the owner
   * organisation; widening and narrowing alike are recorded.
   */
  public Assessment share(Principal p, long id, List<String> newRecipients, String newLabel) {
    if (p.isAnonymous()) {
      throw new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "sign in to share");
    }
    Optional<Assessment> found = store.find(id);
    if (found.isEmpty() || !policy.readable(p, found.get().labelled())) {
      record(p, "object.share", AssessmentStore.KIND + ":" + id, "deny", "not readable");
      throw notFound(id);
    }
    Assessment a = found.get();
    Decision d = policy.decide(p, Action.SHARE, a.labelled());
    if (!d.allowed()) {
      record(p, "object.share", a.labelled().ref(), "deny", d.reason());
      throw new AccessDenied(
          AccessDenied.Reason.FORBIDDEN,
          "sharing needs the contributor or admin role in the owner organisation"
              + " and a credential that may write");
    }
    TlpLabel label = newLabel == null ? a.labelled().label() : TlpLabel.parse(newLabel);
    List<Recipient> rs = recipients.resolve(newRecipients == null ? List.of() : newRecipients);
    label.checkRecipients(rs);
    keepsParticipants(id, label, rs);
    TlpLabel old = a.labelled().label();
    boolean same =
        label == old
            && java.util.Set.copyOf(rs).equals(java.util.Set.copyOf(a.labelled().recipients()));
    Assessment after = same ? a : store.relabel(id, label, rs, clock.instant());
    record(p, "object.share", a.labelled().ref(), "allow", describe(label, rs));
    if (label != old) {
      record(
          p,
          "label.change",
          a.labelled().ref(),
          "ok",
          old.spelling() + " -> " + label.spelling() + (label.widerThan(old) ? " (wider)" : ""));
    }
    return after;
  }

  /**
   * Refuses a share that would shut out an organisation taking part in the joint assessment: under
   * {@code TLP:AMBER} each invited organisation stays a named recipient; {@code TLP:AMBER+STRICT}
   * and {@code TLP:RED} reach no other organisation at all.
   */
  private void keepsParticipants(long id, TlpLabel label, List<Recipient> rs) {
    if (label == TlpLabel.GREEN || label == TlpLabel.CLEAR) {
      return;
    }
    for (Joint.Participant x : joint.participants(id)) {
      boolean named =
          rs.stream()
              .anyMatch(
                  r -> r.kind() == Recipient.Kind.ORGANISATION && r.id() == x.organisationId());
      if (!x.owner() && (label != TlpLabel.AMBER || !named)) {
        throw new IllegalArgumentException(
            x.name()
                + " takes part in this joint assessment: keep it among the recipients under"
                + " TLP:AMBER, or use TLP:GREEN or TLP:CLEAR");
      }
    }
  }

  private static NoSuchElementException notFound(long id) {
    return new NoSuchElementException("no assessment " + id);
  }

  private static String text(String s, String field, int max, boolean required) {
    if (s == null || (required && s.isBlank())) {
      throw new IllegalArgumentException(field + ": required");
    }
    if (s.length() > max) {
      throw new IllegalArgumentException(field + ": longer than " + max + " characters");
    }
    return required ? s.strip() : s;
  }

  private static String describe(TlpLabel label, List<Recipient> rs) {
    return label.spelling()
        + "; recipients "
        + rs.stream()
            .map(r -> r.kind().name().toLowerCase(Locale.ROOT) + ":" + r.id())
            .collect(Collectors.joining(","));
  }

  private static String hash(Assessment a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(a.title().getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(a.body().getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void record(Principal p, String action, String object, String outcome, String detail) {
    audit.record(new AuditEvent(clock.instant(), p.actor(), action, object, outcome, detail));
  }
}
