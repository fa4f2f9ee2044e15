package org.chokepoint.workspace.assessment;

/**
 * A step of a joint assessment that the draft's state does not allow now: signing a version that is
 * already published, signing a revision that has changed since it was read, signing twice for one
 * organisation. The API answers 409.
 */
public final class JointConflict extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JointConflict(String message) {
    super(message);
  }
}
