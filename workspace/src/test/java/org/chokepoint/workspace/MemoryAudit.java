package org.chokepoint.workspace;

import java.util.ArrayList;
import java.util.List;
import org.chokepoint.workspace.audit.AuditEvent;
import org.chokepoint.workspace.audit.AuditSink;

/** An audit sink for tests that keeps the events in memory. */
public final class MemoryAudit implements AuditSink {
  private final List<AuditEvent> events = new ArrayList<>();

  @Override
  public synchronized void record(AuditEvent event) {
    events.add(event);
  }

  public synchronized List<AuditEvent> events() {
    return List.copyOf(events);
  }

  /** Events with this action. */
  public synchronized List<AuditEvent> of(String action) {
    return events.stream().filter(e -> e.action().equals(action)).toList();
  }
}
