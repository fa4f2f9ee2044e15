package org.chokepoint.workspace.crisis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.chokepoint.workspace.audit.AuditEvent;
import org.chokepoint.workspace.audit.AuditSink;

/**
 * The day-10 reminder: a request still open without a meeting 10 days after it was raised gets its
 * reminder recorded once, with an audit entry. {@link #runOnce} is what a server runs periodically
 * ({@link #start}) and what {@code chokepoint crisis remind} runs once; running it again, from the
 * same process or another, records nothing twice (the database row is marked conditionally).
 */
public final class CrisisReminders implements AutoCloseable {
  /** How the audit log names who recorded a reminder. */
  public static final String ACTOR = "system:crisis-clock";

  private final CrisisStore store;
  private final AuditSink audit;
  private final Clock clock;
  private ScheduledExecutorService timer;

  public CrisisReminders(CrisisStore store, AuditSink audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  /** Records every reminder due now; returns the ids of the requests reminded by this call. */
  public List<Long> runOnce() {
    Instant now = clock.instant();
    List<Long> reminded = new ArrayList<>();
    for (long id : store.remindersDue(now)) {
      if (store.markReminder(id, now)) {
        reminded.add(id);
        store
            .find(id)
            .ifPresent(
                c ->
                    audit.record(
                        new AuditEvent(
                            now,
                            ACTOR,
                            "crisis.reminder",
                            c.labelled().ref(),
                            "ok",
                            "no meeting scheduled; due "
                                + CrisisClock.reminderDue(c.raisedAt())
                                + "; deadline "
                                + CrisisClock.deadline(c.raisedAt()))));
      }
    }
    return reminded;
  }

  /** Runs {@link #runOnce} now and then every {@code period} on a daemon thread until closed. */
  public synchronized void start(Duration period) {
    if (timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "chokepoint-crisis-reminders");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            runOnce();
          } catch (RuntimeException e) {
            System.err.println("crisis reminders: " + e.getMessage());
          }
        },
        0,
        period.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
      try {
        timer.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      timer = null;
    }
  }
}
