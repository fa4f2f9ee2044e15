package org.chokepoint.network;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The share of each input or product still producible when some providers stop (method 8 of the
 * design):
 *
 * <ul>
 *   <li>an input's own supply left is {@code 1 - (shares of stopped providers) / max(1, sum of
 *       shares)}, from its country rows when the stop names countries and the input has them, else
 *       from its firm rows (firms count for the country they are based in); shares not listed and
 *       unattributed providers ("Various countries") never stop;
 *   <li>required inputs are complements: a product's capacity is the minimum of its own supply and
 *       the capacities of every input that goes into it;
 *   <li>kinds of an input substitute for each other: an input without share data of its own is as
 *       available as its most available kind;
 *   <li>an input with no share data and nothing upstream is taken as unaffected (the data cannot
 *       say otherwise); {@link Result#unknownShares()} lists the inputs where that was assumed.
 * </ul>
 *
 * <p>Capacities start at each input's own supply and only fall as requirements and kinds are
 * applied, so iterating to the fixed point gives the answer on any graph, cycles included.
 */
public final class ResidualCapacity {
  private final TechnologyNetwork network;

  public ResidualCapacity(TechnologyNetwork network) {
    this.network = network;
  }

  /** Capacities of every input in [0, 1], and the inputs whose providers have no shares. */
  public record Result(Map<String, Double> capacity, Set<String> unknownShares) {
    public double of(String inputId) {
      return capacity.getOrDefault(inputId, 1.0);
    }
  }

  public Result compute(Removal removal) {
    Set<String> unknown = new HashSet<>();
    Map<String, OptionalDouble> own = new HashMap<>();
    Map<String, Double> cap = new HashMap<>();
    for (Input i : network.listInputs()) {
      OptionalDouble o = ownSupply(i.id(), removal, unknown);
      own.put(i.id(), o);
      cap.put(i.id(), o.orElse(1.0));
    }
    // capacities only fall: iterate to the fixed point, which also settles cycles
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Input i : network.listInputs()) {
        String id = i.id();
        double c = own.get(id).orElse(1.0);
        for (String req : network.requiredInputs(id)) {
          c = Math.min(c, cap.get(req));
        }
        List<String> kinds = network.typesOf(id);
        if (own.get(id).isEmpty() && !kinds.isEmpty()) {
          double best = 0;
          for (String k : kinds) {
            best = Math.max(best, cap.get(k));
          }
          c = Math.min(c, best);
        }
        if (c < cap.get(id)) {
          cap.put(id, c);
          changed = true;
        }
      }
    }
    return new Result(Map.copyOf(cap), Set.copyOf(unknown));
  }

  /** The input's own supply left, or empty when no provider of it has a share. */
  OptionalDouble ownSupply(String id, Removal removal, Set<String> unknown) {
    List<Provision> rows = network.provisionsOf(id);
    if (rows.isEmpty()) {
      return OptionalDouble.empty();
    }
    double countryTotal = 0;
    double firmTotal = 0;
    boolean anyShare = false;
    for (Provision p : rows) {
      if (p.share().isEmpty()) {
        continue;
      }
      anyShare = true;
      if (network.getProvider(p.providerId()).kind() == NodeKind.COUNTRY) {
        countryTotal += p.share().getAsDouble();
      } else {
        firmTotal += p.share().getAsDouble();
      }
    }
    if (!anyShare) {
      unknown.add(id);
      return OptionalDouble.empty();
    }
    if (!removal.appliesTo(id)) {
      return OptionalDouble.of(1.0);
    }
    boolean byCountry =
        countryTotal > 0 && (removal.providers().isEmpty() || stopsACountryProvider(rows, removal));
    double stopped = 0;
    for (Provision p : rows) {
      if (p.share().isEmpty()) {
        continue;
      }
      Provider prov = network.getProvider(p.providerId());
      boolean isCountryRow = prov.kind() == NodeKind.COUNTRY;
      if (isCountryRow == byCountry && removal.stops(prov)) {
        stopped += p.share().getAsDouble();
      }
    }
    double total = Math.max(1.0, byCountry ? countryTotal : firmTotal);
    return OptionalDouble.of(Math.max(0, 1 - stopped / total));
  }

  private boolean stopsACountryProvider(List<Provision> rows, Removal removal) {
    for (Provision p : rows) {
      Provider prov = network.getProvider(p.providerId());
      if (prov.kind() == NodeKind.COUNTRY && removal.stops(prov)) {
        return true;
      }
    }
    return false;
  }
}
