package org.chokepoint.workspace.crisis;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock of a request (Article 12(1)): the Network meets "as soon as practicable but no later
 * than 15 days after" the request. The deadline is the moment of the request plus 15 days of 24
 * hours; a reminder is due 10 days after the request while no meeting is scheduled; a request is
 * overdue once the deadline has passed (strictly) without a meeting at or before it. A meeting set
 * for after the deadline is accepted and flagged late.
 *
 * @param daysLeft whole days to the deadline, rounded up while it is ahead (15 at the request, 5 at
 *     day 10, 1 in its last day, 0 at the deadline) and down once it is past (-1 in the first day
 *     after it)
 */
public record CrisisClock(
    Instant deadline,
    Instant reminderDue,
    long daysLeft,
    boolean reminderDueNow,
    boolean overdue,
    boolean meetingLate) {
  /** From the request to the deadline of the emergency meeting: 15 days. */
  public static final Duration MEETING_WITHIN = Duration.ofDays(15);

  /** From the request to the reminder, when no meeting is scheduled: 10 days. */
  public static final Duration REMIND_AFTER = Duration.ofDays(10);

  public static Instant deadline(Instant raisedAt) {
    return raisedAt.plus(MEETING_WITHIN);
  }

  public static Instant reminderDue(Instant raisedAt) {
    return raisedAt.plus(REMIND_AFTER);
  }

  /**
   * The clock at {@code now} of a request raised at {@code raisedAt}, with its meeting (or null)
   * and status.
   */
  public static CrisisClock at(
      Instant now, Instant raisedAt, Instant meetingAt, CrisisStatus status) {
    Instant deadline = deadline(raisedAt);
    Instant reminder = reminderDue(raisedAt);
    long seconds = Duration.between(now, deadline).getSeconds();
    long day = Duration.ofDays(1).getSeconds();
    long daysLeft = seconds >= 0 ? -Math.floorDiv(-seconds, day) : Math.floorDiv(seconds, day);
    boolean late = meetingAt != null && meetingAt.isAfter(deadline);
    boolean metInTime = meetingAt != null && !late;
    boolean live = !status.ended();
    return new CrisisClock(
        deadline,
        reminder,
        daysLeft,
        live && status == CrisisStatus.OPEN && !now.isBefore(reminder),
        live && !metInTime && now.isAfter(deadline),
        late);
  }
}
