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
    Map<String, Double> memo = new HashMap<>();
    Set<String> unknown = new HashSet<>();
    for (Input i : network.listInputs()) {
      capacity(i.id(), removal, memo, new HashSet<>(), unknown);
    }
    return new Result(Map.copyOf(memo), Set.copyOf(unknown));
  }

  private double capacity(
      String id,
      Removal removal,
      Map<String, Double> memo,
      Set<String> onPath,
      Set<String> unknown) {
    Double done = memo.get(id);
    if (done != null) {
      return done;
    }
    if (!onPath.add(id)) {
      return 1.0; // a cycle: the input does not limit itself
    }
    OptionalDouble own = ownSupply(id, removal, unknown);
    double c = own.orElse(1.0);
    for (String req : network.requiredInputs(id)) {
      c = Math.min(c, capacity(req, removal, memo, onPath, unknown));
    }
    List<String> kinds = network.typesOf(id);
    if (own.isEmpty() && !kinds.isEmpty()) {
      double best = 0;
      for (String k : kinds) {
        best = Math.max(best, capacity(k, removal, memo, onPath, unknown));
      }
      c = Math.min(c, best);
    }
    onPath.remove(id);
    memo.put(id, c);
    return c;
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
