package org.chokepoint.workspace.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The clock's arithmetic, worked by hand from a request raised at 2026-03-02T08:00:00Z: deadline
 * 2026-03-17T08:00:00Z (2 March + 15 days), reminder 2026-03-12T08:00:00Z (+ 10 days).
 */
class CrisisClockTest {
  static final Instant RAISED = Instant.parse("2026-03-02T08:00:00Z");

  static CrisisClock at(String now, Instant meeting, CrisisStatus status) {
    return CrisisClock.at(Instant.parse(now), RAISED, meeting, status);
  }

  @Test
  void deadlineAndReminderByHand() {
    CrisisClock c = at("2026-03-02T08:00:00Z", null, CrisisStatus.OPEN);
    assertThat(c.deadline()).isEqualTo(Instant.parse("2026-03-17T08:00:00Z"));
    assertThat(c.reminderDue()).isEqualTo(Instant.parse("2026-03-12T08:00:00Z"));
    assertThat(c.daysLeft()).isEqualTo(15);
    assertThat(c.overdue()).isFalse();
  }

  @Test
  void daysLeftRoundUpAheadAndDownPast() {
    assertThat(at("2026-03-02T09:00:00Z", null, CrisisStatus.OPEN).daysLeft()).isEqualTo(15);
    assertThat(at("2026-03-12T08:00:00Z", null, CrisisStatus.OPEN).daysLeft()).isEqualTo(5);
    assertThat(at("2026-03-16T08:00:01Z", null, CrisisStatus.OPEN).daysLeft()).isEqualTo(1);
    assertThat(at("2026-03-17T08:00:00Z", null, CrisisStatus.OPEN).daysLeft()).isEqualTo(0);
    assertThat(at("2026-03-17T08:00:01Z", null, CrisisStatus.OPEN).daysLeft()).isEqualTo(-1);
    assertThat(at("2026-03-19T08:00:01Z", null, CrisisStatus.OPEN).daysLeft()).isEqualTo(-3);
  }

  @Test
  void reminderDueFromDayTenWhileOpen() {
    assertThat(at("2026-03-12T07:59:59Z", null, CrisisStatus.OPEN).reminderDueNow()).isFalse();
    assertThat(at("2026-03-12T08:00:00Z", null, CrisisStatus.OPEN).reminderDueNow()).isTrue();
    Instant meeting = RAISED.plus(Duration.ofDays(12));
    assertThat(at("2026-03-12T08:00:00Z", meeting, CrisisStatus.MEETING_SCHEDULED).reminderDueNow())
        .isFalse();
    assertThat(at("2026-03-12T08:00:00Z", null, CrisisStatus.WITHDRAWN).reminderDueNow()).isFalse();
  }

  @Test
  void overdueOnlyStrictlyAfterTheDeadlineWithoutAMeetingInTime() {
    assertThat(at("2026-03-17T08:00:00Z", null, CrisisStatus.OPEN).overdue()).isFalse();
    assertThat(at("2026-03-17T08:00:01Z", null, CrisisStatus.OPEN).overdue()).isTrue();
    Instant onTime = Instant.parse("2026-03-17T08:00:00Z");
    CrisisClock met = at("2026-03-20T00:00:00Z", onTime, CrisisStatus.MEETING_SCHEDULED);
    assertThat(met.overdue()).isFalse();
    assertThat(met.meetingLate()).isFalse();
    Instant late = Instant.parse("2026-03-17T08:00:01Z");
    CrisisClock lateOne = at("2026-03-17T08:00:01Z", late, CrisisStatus.MEETING_SCHEDULED);
    assertThat(lateOne.meetingLate()).isTrue();
    assertThat(lateOne.overdue()).isTrue();
    assertThat(at("2026-03-20T00:00:00Z", null, CrisisStatus.CLOSED).overdue()).isFalse();
  }
}
