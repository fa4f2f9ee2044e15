package org.chokepoint.simulation;

import java.util.ArrayList;
import java.util.List;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.iim.IimShock;

/** Parses {@code SECTOR=VALUE[@START:END]} against a system's sector labels. */
public final class IoIimKeys {
  private IoIimKeys() {}

  public static IimShock shock(IoSystem s, String text) {
    int eq = text.lastIndexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("\"" + text + "\" is not SECTOR=VALUE[@START:END]");
    }
    String key = text.substring(0, eq).strip();
    String rest = text.substring(eq + 1).strip();
    int start = 0;
    int end = Integer.MAX_VALUE;
    int at = rest.indexOf('@');
    if (at >= 0) {
      String[] w = rest.substring(at + 1).split(":", -1);
      try {
        start = Integer.parseInt(w[0].strip());
        end = w.length > 1 ? Integer.parseInt(w[1].strip()) : start;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("\"" + text + "\": the window is START:END in steps");
      }
      if (w.length > 2 || start < 0 || end < start) {
        throw new IllegalArgumentException("\"" + text + "\": the window is 0 <= START <= END");
      }
      rest = rest.substring(0, at);
    }
    double value;
    try {
      value = Double.parseDouble(rest);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + text + "\": \"" + rest + "\" is not a number");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("\"" + text + "\": not a finite number");
    }
    return new IimShock(sector(s, key), value, start, end);
  }

  /** The sector whose labels joined by "/" are {@code key}, or whose sector label alone is. */
  public static int sector(IoSystem s, String key) {
    int exact = s.indexOfSector(key);
    if (exact >= 0) {
      return exact;
    }
    List<Integer> bySector = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      List<String> t = s.sectors().tuple(i);
      if (String.join("/", t.subList(1, t.size())).equals(key)) {
        bySector.add(i);
      }
    }
    if (bySector.size() == 1) {
      return bySector.get(0);
    }
    if (bySector.isEmpty()) {
      throw new IllegalArgumentException(
          "no sector " + key + " (sectors look like " + s.sectors().joined(0) + ")");
    }
    throw new IllegalArgumentException(
        "sector "
            + key
            + " is in "
            + bySector.size()
            + " regions; name one, e.g. "
            + s.sectors().joined(bySector.get(0)));
  }
}
