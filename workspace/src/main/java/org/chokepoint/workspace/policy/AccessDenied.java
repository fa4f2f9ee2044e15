package org.chokepoint.workspace.policy;

/**
 * A request the policy refuses without reference to any object: not signed in (401), or signed in
 * without the role or scope the action needs (403). Refusals concerning one object are answered as
 * if the object did not exist instead.
 */
public final class AccessDenied extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    UNAUTHENTICATED,
    FORBIDDEN
  }

  private final Reason reason;

  public AccessDenied(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
