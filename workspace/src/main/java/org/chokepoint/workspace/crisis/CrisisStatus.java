package org.chokepoint.workspace.crisis;

import java.util.Locale;

/**
 * Where a request stands: {@code open} (no meeting yet), {@code meeting-scheduled}, {@code closed}
 * (the requesting government ended it) or {@code withdrawn} (it took the request back). Closed and
 * withdrawn requests no longer change. Being overdue is not a status but a reading of the clock
 * ({@link CrisisClock}).
 */
public enum CrisisStatus {
  OPEN,
  MEETING_SCHEDULED,
  CLOSED,
  WITHDRAWN;

  /** {@code open}, {@code meeting-scheduled}, {@code closed}, {@code withdrawn}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public boolean ended() {
    return this == CLOSED || this == WITHDRAWN;
  }

  public static CrisisStatus parse(String id) {
    for (CrisisStatus s : values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "status \"" + id + "\" is not one of open, meeting-scheduled, closed, withdrawn");
  }
}
