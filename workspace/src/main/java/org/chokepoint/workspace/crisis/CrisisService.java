package org.chokepoint.workspace.crisis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationStore;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.assessment.Assessment;
import org.chokepoint.workspace.assessment.AssessmentService;
import org.chokepoint.workspace.audit.AuditEvent;
import org.chokepoint.workspace.audit.AuditSink;
import org.chokepoint.workspace.label.Recipient;
import org.chokepoint.workspace.label.TlpLabel;
import org.chokepoint.workspace.policy.AccessDenied;
import org.chokepoint.workspace.policy.AccessPolicy;
import org.chokepoint.workspace.policy.AccessPolicy.Decision;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.Principal;

/**
 * Raising, reading, listing, answering, linking, scheduling and ending crisis requests. Every
 * decision is the {@link AccessPolicy}'s; every step is recorded in the audit log with ids and
 * hashes only. A request the caller may not read is answered exactly as a missing one.
 */
public final class CrisisService {
  private final CrisisStore store;
  private final CrisisAddressing addressing;
  private final AssessmentService assessments;
  private final AccessPolicy policy;
  private final AuditSink audit;
  private final Clock clock;

  public CrisisService(
      CrisisStore store,
      OrganisationStore organisations,
      AssessmentService assessments,
      AccessPolicy policy,
      AuditSink audit,
      Clock clock) {
    this.store = store;
    this.addressing = new CrisisAddressing(organisations);
    this.assessments = assessments;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What a new request holds.
   *
   * @param addressedTo partner governments by name, or by id written as digits
   * @param label {@code TLP:AMBER} (null: the default), {@code TLP:GREEN} or {@code TLP:CLEAR}
   * @param organisation the requesting government's name, or null for the caller's own government
   */
  public record Draft(
      CrisisFields fields, List<String> addressedTo, String label, String organisation) {}

  /** The time of the clock, to the microsecond PostgreSQL keeps. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  public CrisisRequest raise(Principal p, Draft d) {
    if (p.isAnonymous()) {
      throw new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "sign in to raise a request");
    }
    Organisation owner = addressing.requester(p, d.organisation());
    try {
      policy.checkRaiseCrisis(p, owner);
    } catch (AccessDenied e) {
      record(p, "crisis.raise", "organisation:" + owner.id(), "deny", e.getMessage());
      throw e;
    }
    CrisisFields f = d.fields().checked();
    TlpLabel label = CrisisAddressing.label(d.label());
    List<Recipient> addressed = addressing.addressed(d.addressedTo(), owner);
    CrisisRequest c = store.insert(owner.id(), p.userId(), label, f, addressed, now());
    record(
        p,
        "crisis.raise",
        c.labelled().ref(),
        "ok",
        label.spelling()
            + "; addressed "
            + addressed.stream().map(r -> "organisation:" + r.id()).collect(Collectors.joining(","))
            + "; deadline "
            + CrisisClock.deadline(c.raisedAt())
            + "; "
            + hash(
                f.title(),
                f.impact(),
                f.cause(),
                f.expectedDuration(),
                f.sectors(),
                f.measures(),
                f.assistance()));
    return c;
  }

  /** The request, or {@link NoSuchElementException} when it is missing or not readable. */
  public CrisisRequest get(Principal p, long id, Action action) {
    CrisisRequest c = readable(p, id, "object." + action.name().toLowerCase(Locale.ROOT), action);
    return shown(p, List.of(c)).get(0);
  }

  /** The requests the caller may read, newest first; nothing about the others is revealed. */
  public List<CrisisRequest> list(Principal p, Action action) {
    List<CrisisRequest> readable =
        store.all().stream().filter(c -> policy.decide(p, action, c.labelled()).allowed()).toList();
    record(
        p,
        "object." + action.name().toLowerCase(Locale.ROOT),
        CrisisStore.KIND,
        "ok",
        "returned "
            + readable.stream().map(c -> String.valueOf(c.id())).collect(Collectors.joining(",")));
    return shown(p, readable);
  }

  /** Adds an offer of assistance or a note of a party (the requester or an addressed partner). */
  public CrisisRequest respond(Principal p, long id, String kind, String body) {
    CrisisRequest c = participating(p, id, "crisis.respond");
    String k = kind == null || kind.isBlank() ? "offer" : kind.strip().toLowerCase(Locale.ROOT);
    if (!k.equals("offer") && !k.equals("note")) {
      throw new CrisisFieldException("kind", "\"" + clip(kind) + "\" is not offer or note");
    }
    String text = CrisisFields.check("body", body, CrisisFields.MAX);
    long org = party(p, c);
    store.addResponse(id, org, p.userId(), k, text, now());
    record(
        p,
        "crisis.respond",
        c.labelled().ref(),
        "ok",
        k + " of organisation:" + org + "; " + hash(text));
    return get(p, id, Action.READ);
  }

  /**
   * Links a saved assessment (by id; only one the caller may read) or a pooled view (by its query
   * reference).
   *
   * @param kind {@code assessment} or {@code pooled-view}
   */
  public CrisisRequest link(Principal p, long id, String kind, String ref) {
    CrisisRequest c = participating(p, id, "crisis.link");
    String k = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
    String r = CrisisFields.check("ref", ref, 1000);
    String detail;
    switch (k) {
      case "assessment" -> {
        long a;
        try {
          a = Long.parseLong(r);
        } catch (NumberFormatException e) {
          throw new CrisisFieldException("ref", "an assessment is linked by its id (digits)");
        }
        try {
          assessments.get(p, a, Action.READ);
        } catch (NoSuchElementException e) {
          throw new CrisisFieldException("ref", "no assessment " + a + " that you may read");
        }
        r = String.valueOf(a);
        detail = "assessment:" + a;
      }
      case "pooled-view" -> detail = "pooled-view " + hash(r);
      default ->
          throw new CrisisFieldException(
              "kind", "\"" + clip(kind) + "\" is not assessment or pooled-view");
    }
    boolean added = store.addLink(id, k, r, p.userId(), now());
    record(p, "crisis.link", c.labelled().ref(), added ? "ok" : "unchanged", detail);
    return get(p, id, Action.READ);
  }

  /**
   * Sets (or moves) the time of the emergency meeting; a time after the deadline is accepted and
   * flagged late, one before the request is refused.
   */
  public CrisisRequest scheduleMeeting(Principal p, long id, Instant at) {
    CrisisRequest c = participating(p, id, "crisis.meeting");
    if (at == null) {
      throw new CrisisFieldException("meeting_at", "required, an ISO 8601 time");
    }
    Instant when = at.truncatedTo(ChronoUnit.MICROS);
    if (when.isBefore(c.raisedAt())) {
      throw new CrisisFieldException(
          "meeting_at", "before the request was raised (" + c.raisedAt() + ")");
    }
    if (!store.scheduleMeeting(id, when, now())) {
      throw ended(c);
    }
    Instant deadline = CrisisClock.deadline(c.raisedAt());
    record(
        p,
        "crisis.meeting",
        c.labelled().ref(),
        "ok",
        "meeting "
            + when
            + "; deadline "
            + deadline
            + (when.isAfter(deadline) ? "; late" : "; in time"));
    return get(p, id, Action.READ);
  }

  /** Closes or withdraws a request: analyst or more in the requesting government. */
  public CrisisRequest end(Principal p, long id, CrisisStatus status) {
    String action = "crisis." + (status == CrisisStatus.WITHDRAWN ? "withdraw" : "close");
    CrisisRequest c = readable(p, id, action, Action.READ);
    Decision d = policy.decide(p, Action.WRITE, c.labelled());
    if (!d.allowed()) {
      record(p, action, c.labelled().ref(), "deny", d.reason());
      throw new AccessDenied(
          AccessDenied.Reason.FORBIDDEN,
          "only the requesting government (analyst or more) closes or withdraws its request");
    }
    if (!store.end(id, status, now())) {
      throw ended(c);
    }
    record(p, action, c.labelled().ref(), "ok", c.status().id() + " -> " + status.id());
    return get(p, id, Action.READ);
  }

  private CrisisRequest readable(Principal p, long id, String action, Action kind) {
    CrisisRequest c = store.find(id).orElse(null);
    Decision d = c == null ? new Decision(false, "missing") : policy.decide(p, kind, c.labelled());
    if (!d.allowed()) {
      record(p, action, CrisisStore.KIND + ":" + id, "deny", d.reason());
      throw new NoSuchElementException("no crisis request " + id);
    }
    if (action.startsWith("object.")) {
      record(p, action, c.labelled().ref(), "allow", d.reason());
    }
    return c;
  }

  private CrisisRequest participating(Principal p, long id, String action) {
    if (p.isAnonymous()) {
      throw new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "sign in to do this");
    }
    CrisisRequest c = readable(p, id, action, Action.READ);
    Decision d = policy.decideParticipate(p, c.labelled());
    if (!d.allowed()) {
      record(p, action, c.labelled().ref(), "deny", d.reason());
      throw new AccessDenied(
          AccessDenied.Reason.FORBIDDEN,
          "this needs the analyst role or more in the requesting or an addressed government"
              + " and a credential that may write");
    }
    if (c.status().ended()) {
      throw ended(c);
    }
    return c;
  }

  private static CrisisFieldException ended(CrisisRequest c) {
    return new CrisisFieldException("status", "the request is " + c.status().id());
  }

  /** The party organisation the caller acts for: the owner first, else an addressed one. */
  private static long party(Principal p, CrisisRequest c) {
    List<Long> parties = new ArrayList<>();
    parties.add(c.labelled().ownerOrganisation());
    parties.addAll(c.labelled().recipientOrganisations().stream().sorted().toList());
    return parties.stream()
        .filter(o -> p.role(o).filter(r -> r.atLeast(Role.ANALYST)).isPresent())
        .findFirst()
        .orElseThrow();
  }

  /** The requests with only the assessment links the caller may read (titles filled in). */
  private List<CrisisRequest> shown(Principal p, List<CrisisRequest> requests) {
    boolean any =
        requests.stream().anyMatch(c -> c.links().stream().anyMatch(l -> isAssessment(l)));
    Map<Long, String> titles = new LinkedHashMap<>();
    if (any) {
      for (Assessment a : assessments.list(p, null, Action.LIST)) {
        titles.put(a.id(), a.title());
      }
    }
    List<CrisisRequest> out = new ArrayList<>();
    for (CrisisRequest c : requests) {
      List<CrisisRequest.Link> links = new ArrayList<>();
      for (CrisisRequest.Link l : c.links()) {
        if (!isAssessment(l)) {
          links.add(l);
        } else if (titles.containsKey(Long.parseLong(l.ref()))) {
          links.add(
              new CrisisRequest.Link(
                  l.id(),
                  l.kind(),
                  l.ref(),
                  titles.get(Long.parseLong(l.ref())),
                  l.author(),
                  l.createdAt()));
        }
      }
      out.add(c.withLinks(links));
    }
    return out;
  }

  private static boolean isAssessment(CrisisRequest.Link l) {
    return l.kind().equals("assessment");
  }

  static String hash(String... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String s : parts) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return "sha256:" + HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String clip(String s) {
    String one = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
    return one.length() > 60 ? one.substring(0, 60) + "..." : one;
  }

  private void record(Principal p, String action, String object, String outcome, String detail) {
    audit.record(new AuditEvent(clock.instant(), p.actor(), action, object, outcome, detail));
  }
}
