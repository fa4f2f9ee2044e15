package org.chokepoint.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Primary rules, combinable: a cell is unsafe when any rule says so, and its protection level is
 * the largest any broken rule asks for. Evaluated on contributions summed per unit (enterprise
 * group when declared, else contributor). Immutable. Spec syntax: {@code
 * "freq:n=3,range=10;nk:n=2,k=75;p:p=10"}; a rule may appear more than once.
 *
 * <ul>
 *   <li>{@code freq:n=N[,range=R]}: unsafe when 0 &lt; units &lt; N; upper protection level R % of
 *       the cell total (default R = 10).
 *   <li>{@code nk:n=N,k=K}: unsafe when x1+…+xN &gt; K/100·T; level (100/K)(x1+…+xN) − T.
 *   <li>{@code p:p=P}: unsafe when T − x1 − x2 &lt; P/100·x1; level P/100·x1 − (T − x1 − x2).
 * </ul>
 */
public final class Rules {
  /** Safety range of the frequency rule when the spec gives none, percent of the cell total. */
  public static final double DEFAULT_FREQUENCY_RANGE = 10;

  /** One rule. */
  public record Rule(String kind, int n, double k, double p, double range) {
    String spec() {
      return switch (kind) {
        case "freq" -> "freq:n=" + n + ",range=" + num(range);
        case "nk" -> "nk:n=" + n + ",k=" + num(k);
        default -> "p:p=" + num(p);
      };
    }
  }

  private final List<Rule> rules;

  private Rules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** {@code freq:n=3} only, the default of the issue. */
  public static Rules defaults() {
    return parse("freq:n=3");
  }

  /** Parses a spec; IllegalArgumentException naming the bad part. */
  public static Rules parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("empty rules spec (expected e.g. \"freq:n=3;p:p=10\")");
    }
    List<Rule> out = new ArrayList<>();
    for (String part : spec.split(";", -1)) {
      String t = part.trim();
      if (t.isEmpty()) {
        throw new IllegalArgumentException("bad rules spec \"" + spec + "\": empty rule");
      }
      int colon = t.indexOf(':');
      String kind = (colon < 0 ? t : t.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
      Map<String, Double> params = params(t, colon < 0 ? "" : t.substring(colon + 1));
      out.add(
          switch (kind) {
            case "freq" -> freq(t, params);
            case "nk" -> nk(t, params);
            case "p" -> pRule(t, params);
            default ->
                throw new IllegalArgumentException(
                    "bad rule \"" + t + "\": unknown rule \"" + kind + "\" (freq, nk or p)");
          });
    }
    return new Rules(out);
  }

  private static Map<String, Double> params(String rule, String body) {
    Map<String, Double> m = new LinkedHashMap<>();
    if (body.isBlank()) {
      return m;
    }
    for (String kv : body.split(",", -1)) {
      int eq = kv.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("bad rule \"" + rule + "\": \"" + kv + "\" is not k=v");
      }
      String key = kv.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      String v = kv.substring(eq + 1).trim();
      double d;
      try {
        d = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "bad rule \"" + rule + "\": " + key + "=\"" + v + "\" is not a number");
      }
      if (!Double.isFinite(d) || m.put(key, d) != null) {
        throw new IllegalArgumentException("bad rule \"" + rule + "\": bad or repeated " + key);
      }
    }
    return m;
  }

  private static void only(String rule, Map<String, Double> params, String... keys) {
    for (String key : params.keySet()) {
      if (!List.of(keys).contains(key)) {
        throw new IllegalArgumentException(
            "bad rule \"" + rule + "\": unknown parameter \"" + key + "\"");
      }
    }
  }

  private static int intParam(String rule, Map<String, Double> params, String key, int min) {
    Double v = params.get(key);
    if (v == null) {
      throw new IllegalArgumentException("bad rule \"" + rule + "\": " + key + " is required");
    }
    if (v != Math.rint(v) || v < min || v > 1_000_000) {
      throw new IllegalArgumentException(
          "bad rule \"" + rule + "\": " + key + " must be an integer >= " + min);
    }
    return v.intValue();
  }

  private static Rule freq(String t, Map<String, Double> params) {
    only(t, params, "n", "range");
    int n = intParam(t, params, "n", 1);
    double range = params.getOrDefault("range", DEFAULT_FREQUENCY_RANGE);
    if (range < 0) {
      throw new IllegalArgumentException("bad rule \"" + t + "\": range must be >= 0");
    }
    return new Rule("freq", n, 0, 0, range);
  }

  private static Rule nk(String t, Map<String, Double> params) {
    only(t, params, "n", "k");
    int n = intParam(t, params, "n", 1);
    Double k = params.get("k");
    if (k == null || k <= 0 || k > 100) {
      throw new IllegalArgumentException("bad rule \"" + t + "\": k must be in (0, 100]");
    }
    return new Rule("nk", n, k, 0, 0);
  }

  private static Rule pRule(String t, Map<String, Double> params) {
    only(t, params, "p");
    Double p = params.get("p");
    if (p == null || p <= 0) {
      throw new IllegalArgumentException("bad rule \"" + t + "\": p must be > 0");
    }
    return new Rule("p", 0, 0, p, 0);
  }

  /** The rules in spec order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The largest n any (n,k) rule uses (how many top contributions a cell needs), at least 2. */
  int topNeeded() {
    int top = 2;
    for (Rule r : rules) {
      if (r.kind().equals("nk")) {
        top = Math.max(top, r.n());
      }
    }
    return top;
  }

  /**
   * The upper protection level a cell needs, or a negative number when it is safe.
   *
   * @param units distinct units (groups, or contributors) in the cell; 0 means empty
   * @param total the cell total T
   * @param top the largest unit sums, descending (may be shorter than needed)
   */
  public double protectionLevel(int units, double total, double[] top) {
    if (units == 0) {
      return -1;
    }
    double level = -1;
    for (Rule r : rules) {
      switch (r.kind()) {
        case "freq" -> {
          if (units < r.n()) {
            level = Math.max(level, r.range() / 100 * total);
          }
        }
        case "nk" -> {
          double s = 0;
          for (int i = 0; i < Math.min(r.n(), top.length); i++) {
            s += top[i];
          }
          if (s > r.k() / 100 * total) {
            level = Math.max(level, 100 / r.k() * s - total);
          }
        }
        default -> {
          double x1 = top.length > 0 ? top[0] : 0;
          double x2 = top.length > 1 ? top[1] : 0;
          double rest = total - x1 - x2;
          if (rest < r.p() / 100 * x1) {
            level = Math.max(level, r.p() / 100 * x1 - rest);
          }
        }
      }
    }
    return level;
  }

  private static String num(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** The canonical spec. */
  @Override
  public String toString() {
    return String.join(";", rules.stream().map(Rule::spec).toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rules r && r.rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }
}
