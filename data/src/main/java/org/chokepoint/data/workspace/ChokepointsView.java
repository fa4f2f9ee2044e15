package org.chokepoint.data.workspace;

import java.util.List;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.network.Chokepoint;
import org.chokepoint.network.TechnologyNetwork;
import org.chokepoint.provenance.Provenance;

/** Chokepoints of a network for a perspective, with the network for names and its source. */
public record ChokepointsView(
    String networkName,
    CountryGroup perspective,
    CountryGroup concern,
    double threshold,
    List<Chokepoint> rows,
    TechnologyNetwork network,
    List<Provenance> sources) {
  public ChokepointsView {
    rows = List.copyOf(rows);
    sources = List.copyOf(sources);
  }

  /** The name of an input or product. */
  public String nameOf(String inputId) {
    return network.findInput(inputId).map(i -> i.name()).orElse(inputId);
  }
}
