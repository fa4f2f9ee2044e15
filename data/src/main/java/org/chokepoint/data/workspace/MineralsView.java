package org.chokepoint.data.workspace;

import java.util.List;
import org.chokepoint.geo.Countries;
import org.chokepoint.minerals.MineralsReport;
import org.chokepoint.provenance.Provenance;

/**
 * The minerals report with what a reader needs around it: the datasets it was computed from and the
 * country names for display.
 */
public record MineralsView(
    MineralsReport.Result result, List<Provenance> sources, Countries countries) {
  public MineralsView {
    sources = List.copyOf(sources);
  }
}
