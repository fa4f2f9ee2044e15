package org.chokepoint.workspace.policy;

/** What a request does to a labelled object. */
public enum Action {
  READ,
  LIST,
  SEARCH,
  EXPORT,
  WRITE,
  SHARE;

  /** Whether the action changes state, which a read-only token may not do. */
  public boolean changes() {
    return this == WRITE || this == SHARE;
  }
}
