package org.chokepoint.workspace.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.chokepoint.workspace.MemoryAudit;
import org.chokepoint.workspace.MutableClock;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.assessment.AssessmentService;
import org.chokepoint.workspace.audit.AuditEvent;
import org.chokepoint.workspace.db.TestPostgres;
import org.chokepoint.workspace.policy.AccessDenied;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Crisis requests on real PostgreSQL with a clock moved by hand. Raised at 2026-03-02T08:00:00Z, a
 * request's meeting deadline is 2026-03-17T08:00:00Z and its reminder 2026-03-12T08:00:00Z (Article
 * 12(1): no later than 15 days after the request; the reminder at day 10).
 */
class CrisisServiceTest {
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private final MemoryAudit audit = new MemoryAudit();
  private final MutableClock clock = new MutableClock(T0);
  private final WorkspaceServices ws =
      new WorkspaceServices(TestPostgres.freshDatabase(), audit, clock);
  private final Organisation meti =
      ws.organisations().add("METI", OrganisationKind.GOVERNMENT, "JPN");
  private final Organisation doc =
      ws.organisations().add("DoC", OrganisationKind.GOVERNMENT, "USA");
  private final Organisation motie =
      ws.organisations().add("MOTIE", OrganisationKind.GOVERNMENT, "KOR");
  private final Organisation firm =
      ws.organisations().add("Rare Metals KK", OrganisationKind.FIRM, "JPN");
  private final Principal metiAnalyst = member("a@meti.go.jp", meti, Role.ANALYST);
  private final Principal metiViewer = member("v@meti.go.jp", meti, Role.VIEWER);
  private final Principal docAnalyst = member("a@doc.gov", doc, Role.ANALYST);
  private final Principal docViewer = member("v@doc.gov", doc, Role.VIEWER);
  private final Principal motieAdmin = member("boss@motie.go.kr", motie, Role.ADMIN);
  private final Principal firmAdmin = member("boss@rare.example", firm, Role.ADMIN);

  private Principal member(String email, Organisation o, Role r) {
    return Principal.session(ws.users().add(email, "pw-1234567", o, r));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  static CrisisFields fields() {
    return new CrisisFields(
        "Gallium export stop (synthetic example)",
        "Synthetic: compound semiconductor lines stop within 6 weeks",
        "Synthetic: export licensing of gallium by the main producer",
        "Synthetic: 3 to 6 months",
        "Semiconductors; defence electronics",
        "Synthetic: stock release from the national reserve",
        "Synthetic: swap of 5 t of gallium from partner stocks");
  }

  private CrisisRequest raise(Principal p, String... to) {
    return ws.crisis().raise(p, new CrisisService.Draft(fields(), List.of(to), null, null));
  }

  @Test
  void deadlineIsExactlyFifteenDaysAfterTheRequestAndStoredSo() throws Exception {
    CrisisRequest c = raise(metiAnalyst, "DoC");
    assertThat(c.raisedAt()).isEqualTo(T0);
    assertThat(c.status()).isEqualTo(CrisisStatus.OPEN);
    assertThat(c.labelled().label().spelling()).isEqualTo("TLP:AMBER");
    assertThat(c.addressedTo()).containsExactly("DoC");
    CrisisClock k = c.clock(ws.crisis().now());
    assertThat(k.deadline()).isEqualTo(Instant.parse("2026-03-17T08:00:00Z"));
    assertThat(k.daysLeft()).isEqualTo(15);
    try (var conn = ws.database().connection();
        var s = conn.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT meeting_deadline, reminder_due FROM crisis_requests WHERE id = "
                    + c.id())) {
      r.next();
      assertThat(r.getTimestamp(1).toInstant()).isEqualTo(Instant.parse("2026-03-17T08:00:00Z"));
      assertThat(r.getTimestamp(2).toInstant()).isEqualTo(Instant.parse("2026-03-12T08:00:00Z"));
    }
  }

  @Test
  void reminderAtDayTenExactlyOnce() {
    CrisisRequest c = raise(metiAnalyst, "DoC");
    clock.advance(Duration.ofDays(10).minusMinutes(1)); // 9 d 23 h 59 min
    assertThat(ws.crisisReminders().runOnce()).isEmpty();
    clock.advance(Duration.ofSeconds(59)); // 9 d 23 h 59 min 59 s
    assertThat(ws.crisisReminders().runOnce()).isEmpty();
    clock.advance(Duration.ofSeconds(1)); // 10 d
    assertThat(ws.crisisReminders().runOnce()).containsExactly(c.id());
    assertThat(ws.crisisReminders().runOnce()).isEmpty();
    // another process's scheduler over the same database records nothing twice
    CrisisReminders other =
        new CrisisReminders(new CrisisStore(ws.database().dataSource()), audit, clock);
    clock.advance(Duration.ofHours(1));
    assertThat(other.runOnce()).isEmpty();
    List<AuditEvent> reminders = audit.of("crisis.reminder");
    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).object()).isEqualTo("crisis_request:" + c.id());
    assertThat(reminders.get(0).actor()).isEqualTo(CrisisReminders.ACTOR);
    assertThat(reminders.get(0).time()).isEqualTo(Instant.parse("2026-03-12T08:00:00Z"));
    CrisisRequest seen = ws.crisis().get(docAnalyst, c.id(), Action.READ);
    assertThat(seen.reminderSentAt()).isEqualTo(Instant.parse("2026-03-12T08:00:00Z"));
  }

  @Test
  void thePeriodicCheckOfTheServerRecordsTheReminderOnce() throws Exception {
    CrisisRequest c = raise(metiAnalyst, "DoC");
    ws.crisisReminders().start(Duration.ofMillis(20));
    Thread.sleep(200); // rounds before day 10 record nothing
    assertThat(audit.of("crisis.reminder")).isEmpty();
    clock.advance(Duration.ofDays(10));
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (audit.of("crisis.reminder").isEmpty() && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    Thread.sleep(200); // later rounds record nothing more
    ws.crisisReminders().close();
    assertThat(audit.of("crisis.reminder"))
        .singleElement()
        .satisfies(e -> assertThat(e.object()).isEqualTo("crisis_request:" + c.id()));
  }

  @Test
  void noReminderOnceAMeetingIsScheduled() {
    CrisisRequest c = raise(metiAnalyst, "DoC");
    clock.advance(Duration.ofDays(3));
    CrisisRequest s = ws.crisis().scheduleMeeting(docAnalyst, c.id(), T0.plus(Duration.ofDays(12)));
    assertThat(s.status()).isEqualTo(CrisisStatus.MEETING_SCHEDULED);
    clock.advance(Duration.ofDays(8)); // day 11
    assertThat(ws.crisisReminders().runOnce()).isEmpty();
    assertThat(audit.of("crisis.reminder")).isEmpty();
    assertThat(ws.crisis().get(metiAnalyst, c.id(), Action.READ).reminderSentAt()).isNull();
  }

  @Test
  void overdueAfterDayFifteenWithoutAMeeting() {
    CrisisRequest c = raise(metiAnalyst, "DoC");
    clock.advance(Duration.ofDays(15));
    CrisisClock atDeadline =
        ws.crisis().get(docAnalyst, c.id(), Action.READ).clock(clock.instant());
    assertThat(atDeadline.overdue()).isFalse();
    assertThat(atDeadline.daysLeft()).isZero();
    clock.advance(Duration.ofSeconds(1));
    CrisisClock after = ws.crisis().get(docAnalyst, c.id(), Action.READ).clock(clock.instant());
    assertThat(after.overdue()).isTrue();
    assertThat(after.daysLeft()).isEqualTo(-1);
  }

  @Test
  void aMeetingAfterTheDeadlineIsFlaggedLate() {
    CrisisRequest c = raise(metiAnalyst, "DoC");
    Instant late = Instant.parse("2026-03-18T09:00:00Z");
    CrisisRequest s = ws.crisis().scheduleMeeting(docAnalyst, c.id(), late);
    assertThat(s.meetingAt()).isEqualTo(late);
    assertThat(s.clock(clock.instant()).meetingLate()).isTrue();
    assertThat(audit.of("crisis.meeting").get(0).detail()).endsWith("; late");
    // moved into time, it is no longer late
    CrisisRequest moved =
        ws.crisis().scheduleMeeting(metiAnalyst, c.id(), Instant.parse("2026-03-17T08:00:00Z"));
    assertThat(moved.clock(clock.instant()).meetingLate()).isFalse();
    assertThat(audit.of("crisis.meeting").get(1).detail()).endsWith("; in time");
    assertThatThrownBy(
            () -> ws.crisis().scheduleMeeting(docAnalyst, c.id(), T0.minus(Duration.ofHours(1))))
        .isInstanceOf(CrisisFieldException.class)
        .hasMessageStartingWith("meeting_at: before the request was raised");
  }

  @Test
  void firmsAndViewersCannotRaise() {
    assertThatThrownBy(() -> raise(firmAdmin, "DoC"))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("raised by a government")
        .satisfies(
            e -> assertThat(((AccessDenied) e).reason()).isEqualTo(AccessDenied.Reason.FORBIDDEN));
    assertThatThrownBy(() -> raise(metiViewer, "DoC")).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> raise(Principal.anonymous(), "DoC"))
        .isInstanceOf(AccessDenied.class)
        .satisfies(
            e ->
                assertThat(((AccessDenied) e).reason())
                    .isEqualTo(AccessDenied.Reason.UNAUTHENTICATED));
    assertThat(ws.crisis().list(metiAnalyst, Action.LIST)).isEmpty();
    assertThat(audit.of("crisis.raise"))
        .extracting(AuditEvent::object, AuditEvent::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("organisation:" + firm.id(), "deny"),
            org.assertj.core.groups.Tuple.tuple("organisation:" + meti.id(), "deny"));
  }

  @Test
  void addressedOnlyToKnownPartnerGovernments() {
    assertThat(field(() -> raise(metiAnalyst, "Rare Metals KK"))).isEqualTo("addressed_to");
    assertThat(field(() -> raise(metiAnalyst, "999999"))).isEqualTo("addressed_to");
    assertThat(field(() -> raise(metiAnalyst, "METI"))).isEqualTo("addressed_to");
    assertThat(field(() -> raise(metiAnalyst))).isEqualTo("addressed_to");
    CrisisRequest byId = raise(metiAnalyst, String.valueOf(doc.id()), "MOTIE");
    assertThat(byId.addressedTo()).containsExactly("DoC", "MOTIE");
  }

  @Test
  void nonAddressedOrganisationsSeeNothing() {
    CrisisRequest c = raise(metiAnalyst, "DoC");
    assertThat(ws.crisis().list(motieAdmin, Action.LIST)).isEmpty();
    assertThat(ws.crisis().list(firmAdmin, Action.LIST)).isEmpty();
    assertThat(ws.crisis().list(docViewer, Action.LIST))
        .extracting(CrisisRequest::id)
        .containsExactly(c.id());
    String missing = message(() -> ws.crisis().get(motieAdmin, 1_000_000, Action.READ));
    String denied = message(() -> ws.crisis().get(motieAdmin, c.id(), Action.READ));
    assertThat(denied.replace(String.valueOf(c.id()), "N"))
        .isEqualTo(missing.replace("1000000", "N"));
    assertThatThrownBy(() -> ws.crisis().respond(motieAdmin, c.id(), "offer", "x"))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> ws.crisis().scheduleMeeting(firmAdmin, c.id(), T0))
        .isInstanceOf(NoSuchElementException.class);
    assertThat(audit.of("object.read"))
        .anyMatch(e -> e.outcome().equals("deny") && e.object().equals("crisis_request:" + c.id()));
  }

  @Test
  void everyOneOfTheSixFieldsIsRequiredAndNamed() {
    CrisisFields f = fields();
    List<String> names =
        List.of("impact", "cause", "expected_duration", "sectors", "measures", "assistance");
    for (int i = 0; i < names.size(); i++) {
      String[] v = {
        f.impact(), f.cause(), f.expectedDuration(), f.sectors(), f.measures(), f.assistance()
      };
      for (String bad : new String[] {null, "  ", "x".repeat(CrisisFields.MAX + 1)}) {
        v[i] = bad;
        CrisisFields g = new CrisisFields(f.title(), v[0], v[1], v[2], v[3], v[4], v[5]);
        assertThat(
                field(
                    () ->
                        ws.crisis()
                            .raise(
                                metiAnalyst,
                                new CrisisService.Draft(g, List.of("DoC"), null, null))))
            .as("%s = %s", names.get(i), bad == null ? "null" : bad.length())
            .isEqualTo(names.get(i));
      }
    }
    CrisisFields noTitle =
        new CrisisFields(
            "",
            f.impact(),
            f.cause(),
            f.expectedDuration(),
            f.sectors(),
            f.measures(),
            f.assistance());
    assertThat(
            field(
                () ->
                    ws.crisis()
                        .raise(
                            metiAnalyst,
                            new CrisisService.Draft(noTitle, List.of("DoC"), null, null))))
        .isEqualTo("title");
    assertThat(
            field(
                () ->
                    ws.crisis()
                        .raise(
                            metiAnalyst,
                            new CrisisService.Draft(f, List.of("DoC"), "TLP:RED", null))))
        .isEqualTo("label");
    assertThat(ws.crisis().list(metiAnalyst, Action.LIST)).isEmpty();
  }

  @Test
  void partnersRespondAndLinkWhatTheyMayRead() {
    CrisisRequest c = raise(metiAnalyst, "DoC");
    ws.crisis().respond(docAnalyst, c.id(), "offer", "Synthetic: 2 t from the DoC reserve");
    assertThatThrownBy(() -> ws.crisis().respond(docViewer, c.id(), "offer", "x"))
        .isInstanceOf(AccessDenied.class);
    var own =
        ws.assessments()
            .create(
                docAnalyst,
                new AssessmentService.Draft(
                    "DoC gallium note", "TLP:AMBER+STRICT", List.of(), "b", null));
    var shared =
        ws.assessments()
            .create(
                docAnalyst,
                new AssessmentService.Draft(
                    "Shared gallium note", "TLP:AMBER", List.of("METI"), "b", null));
    // a METI analyst cannot link DoC's unshared assessment: it answers as missing
    assertThat(
            field(
                () ->
                    ws.crisis().link(metiAnalyst, c.id(), "assessment", String.valueOf(own.id()))))
        .isEqualTo("ref");
    ws.crisis().link(docAnalyst, c.id(), "assessment", String.valueOf(own.id()));
    ws.crisis().link(docAnalyst, c.id(), "assessment", String.valueOf(shared.id()));
    ws.crisis().link(metiAnalyst, c.id(), "pooled-view", "pooled:gallium/JPN?by=country");
    CrisisRequest seenByMeti = ws.crisis().get(metiAnalyst, c.id(), Action.READ);
    assertThat(seenByMeti.links())
        .extracting(CrisisRequest.Link::ref)
        .containsExactly(String.valueOf(shared.id()), "pooled:gallium/JPN?by=country");
    assertThat(seenByMeti.links().get(0).title()).isEqualTo("Shared gallium note");
    assertThat(ws.crisis().get(docAnalyst, c.id(), Action.READ).links()).hasSize(3);
    assertThat(seenByMeti.responses())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.organisation()).isEqualTo("DoC");
              assertThat(r.kind()).isEqualTo("offer");
            });
  }

  @Test
  void onlyTheRequesterClosesOrWithdrawsAndEndedRequestsStayEnded() {
    CrisisRequest c = raise(metiAnalyst, "DoC");
    assertThatThrownBy(() -> ws.crisis().end(docAnalyst, c.id(), CrisisStatus.CLOSED))
        .isInstanceOf(AccessDenied.class);
    CrisisRequest closed = ws.crisis().end(metiAnalyst, c.id(), CrisisStatus.CLOSED);
    assertThat(closed.status()).isEqualTo(CrisisStatus.CLOSED);
    assertThat(closed.endedAt()).isEqualTo(T0);
    assertThat(field(() -> ws.crisis().respond(docAnalyst, c.id(), "note", "late")))
        .isEqualTo("status");
    assertThat(field(() -> ws.crisis().end(metiAnalyst, c.id(), CrisisStatus.WITHDRAWN)))
        .isEqualTo("status");
    CrisisRequest d = raise(metiAnalyst, "DoC");
    assertThat(ws.crisis().end(metiAnalyst, d.id(), CrisisStatus.WITHDRAWN).status())
        .isEqualTo(CrisisStatus.WITHDRAWN);
    clock.advance(Duration.ofDays(11));
    assertThat(ws.crisisReminders().runOnce()).isEmpty();
  }

  @Test
  void theAuditLogHoldsIdsAndHashesOnly() {
    CrisisRequest c = raise(metiAnalyst, "DoC");
    ws.crisis().respond(docAnalyst, c.id(), "offer", "Synthetic: secret offer text");
    ws.crisis().scheduleMeeting(docAnalyst, c.id(), T0.plus(Duration.ofDays(5)));
    ws.crisis().end(metiAnalyst, c.id(), CrisisStatus.CLOSED);
    assertThat(audit.of("crisis.raise"))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("sha256:"));
    for (String a : List.of("crisis.raise", "crisis.respond", "crisis.meeting", "crisis.close")) {
      assertThat(audit.of(a)).as(a).hasSize(1);
    }
    CrisisFields f = fields();
    for (AuditEvent e : audit.events()) {
      for (String secret :
          List.of(f.title(), f.impact(), f.cause(), f.measures(), f.assistance(), "secret offer")) {
        assertThat(e.detail()).doesNotContain(secret);
      }
    }
  }

  private static String field(Runnable r) {
    try {
      r.run();
    } catch (CrisisFieldException e) {
      return e.field();
    }
    throw new AssertionError("no field refused");
  }

  private static String message(Runnable r) {
    try {
      r.run();
    } catch (NoSuchElementException e) {
      return e.getMessage();
    }
    throw new AssertionError("not refused");
  }
}
