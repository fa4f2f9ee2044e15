package org.chokepoint.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chokepoint.geo.CountryGroup;

/**
 * Chokepoints of a technology network for a perspective (method 8 of the design): every (input,
 * provider) pair whose loss alone cuts some product below {@code threshold}, ranked by impact and
 * marked by who holds it — the concern group (exposure), the perspective (leverage) or others.
 *
 * <p>For each provider with a share of an input, the provider stops supplying that input only;
 * {@link ResidualCapacity} gives every capacity; the reported product is the furthest downstream
 * node below the threshold (one none of whose consumers or general inputs is also below it).
 */
public final class Chokepoints {
  private final TechnologyNetwork network;
  private final ResidualCapacity capacity;

  public Chokepoints(TechnologyNetwork network) {
    this.network = network;
    this.capacity = new ResidualCapacity(network);
  }

  public List<Chokepoint> find(CountryGroup perspective, CountryGroup concern, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    List<Chokepoint> out = new ArrayList<>();
    for (Input input : network.listInputs()) {
      for (Provision p : network.provisionsOf(input.id())) {
        Provider prov = network.getProvider(p.providerId());
        if (p.share().isEmpty() || p.share().getAsDouble() <= 0 || prov.unattributed()) {
          continue;
        }
        ResidualCapacity.Result r = capacity.compute(Removal.ofPair(prov.id(), input.id()));
        if (!(r.of(input.id()) < threshold)) {
          continue;
        }
        String product = furthestBelow(input.id(), r, threshold);
        out.add(
            new Chokepoint(
                product,
                input.id(),
                prov,
                p.share().getAsDouble(),
                holder(prov, perspective, concern),
                r.of(product)));
      }
    }
    out.sort(
        Comparator.comparingDouble(Chokepoint::impact)
            .reversed()
            .thenComparing(Comparator.comparingDouble(Chokepoint::share).reversed())
            .thenComparing(Chokepoint::input)
            .thenComparing(c -> c.provider().id()));
    return out;
  }

  static Chokepoint.Holder holder(Provider p, CountryGroup perspective, CountryGroup concern) {
    if (p.country() != null && concern.contains(p.country())) {
      return Chokepoint.Holder.CONCERN;
    }
    if (p.country() != null && perspective.contains(p.country())) {
      return Chokepoint.Holder.PERSPECTIVE;
    }
    return Chokepoint.Holder.OTHER;
  }

  /** Walks downstream from the input while the next node is still below the threshold. */
  private String furthestBelow(String start, ResidualCapacity.Result r, double threshold) {
    String current = start;
    Set<String> seen = new HashSet<>();
    while (seen.add(current)) {
      String next = null;
      List<String> downstream = new ArrayList<>(network.consumersOf(current));
      downstream.addAll(network.generalOf(current));
      downstream.sort(Comparator.naturalOrder());
      for (String d : downstream) {
        if (!seen.contains(d) && r.of(d) < threshold && (next == null || r.of(d) < r.of(next))) {
          next = d;
        }
      }
      if (next == null) {
        return current;
      }
      current = next;
    }
    return current;
  }
}
