package org.chokepoint.workspace.audit;

/**
 * Where accountable events go. The access policy, the login and share handlers and the admin
 * commands record through this; the tamper-evident log implements it.
 */
@FunctionalInterface
public interface AuditSink {
  /** Appends the event; it is durable (or the call fails) before the action's answer is given. */
  void record(AuditEvent event);
}
