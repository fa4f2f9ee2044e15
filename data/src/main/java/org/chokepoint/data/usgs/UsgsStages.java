package org.chokepoint.data.usgs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves USGS's per-row "Statistics_detail" to the production stage that the table's world total
 * names, so that rows reported on a different basis ("Mine production: crude" beside "Mine
 * production") stay in one stage with their qualifier kept, while stages with their own world total
 * ("Mine production: Ilmenite", "Mine production: Rutile") stay apart.
 *
 * <p>With {@code T} the details of the world-total rows of the same commodity, statistic and year,
 * rounding suffix removed, a detail {@code d} (rounding suffix removed) resolves to:
 *
 * <ol>
 *   <li>the element of {@code T} equal to {@code d} ignoring case;
 *   <li>else the longest element of {@code T} that {@code d} starts with, followed by ":", ",", "—"
 *       or " (", the rest becoming the qualifier;
 *   <li>else, when {@code T} has one element, that element, with {@code d} as the qualifier;
 *   <li>else {@code d} itself.
 * </ol>
 */
final class UsgsStages {
  private static final Pattern ROUNDED = Pattern.compile("(.*?)\\s*[:,]\\s*rounded\\s*$");

  private final List<String> totals;

  UsgsStages(Collection<String> worldTotalDetails) {
    List<String> t = new ArrayList<>();
    for (String d : worldTotalDetails) {
      String base = withoutRounding(d);
      if (t.stream().noneMatch(x -> x.equalsIgnoreCase(base))) {
        t.add(base);
      }
    }
    this.totals = List.copyOf(t);
  }

  /** A stage and how the row's basis differs from it. */
  record Resolved(String stage, String qualifier) {}

  Resolved resolve(String detail) {
    String d = withoutRounding(detail);
    for (String t : totals) {
      if (t.equalsIgnoreCase(d)) {
        return new Resolved(t, "");
      }
    }
    String best = null;
    for (String t : totals) {
      if (d.length() > t.length()
          && d.substring(0, t.length()).equalsIgnoreCase(t)
          && startsWithSeparator(d.substring(t.length()))
          && (best == null || t.length() > best.length())) {
        best = t;
      }
    }
    if (best != null) {
      return new Resolved(best, trimSeparator(d.substring(best.length())));
    }
    if (totals.size() == 1) {
      return new Resolved(totals.get(0), d);
    }
    return new Resolved(d, "");
  }

  static String withoutRounding(String detail) {
    String s = detail.replace('\u00a0', ' ').strip();
    Matcher m = ROUNDED.matcher(s);
    return m.matches() ? m.group(1).strip() : s;
  }

  private static boolean startsWithSeparator(String rest) {
    return rest.startsWith(":")
        || rest.startsWith(",")
        || rest.startsWith("—")
        || rest.startsWith(" (");
  }

  private static String trimSeparator(String rest) {
    String r = rest.strip();
    while (!r.isEmpty() && ":,—(".indexOf(r.charAt(0)) >= 0) {
      r = r.substring(1).strip();
    }
    if (r.endsWith(")") && rest.strip().startsWith("(")) {
      r = r.substring(0, r.length() - 1);
    }
    return r;
  }
}
