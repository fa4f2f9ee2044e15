package org.chokepoint.workspace.account;

/** What an API token may do: only read (safe methods), or read and write. */
public enum TokenScope {
  READ("read"),
  READ_WRITE("read-write");

  private final String id;

  TokenScope(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static TokenScope parse(String text) {
    for (TokenScope s : values()) {
      if (s.id.equals(text == null ? "" : text.strip())) {
        return s;
      }
    }
    throw new IllegalArgumentException("scope \"" + text + "\" is not one of read, read-write");
  }
}
