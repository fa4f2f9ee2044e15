package org.chokepoint.data.workspace;

import java.util.List;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.trade.JapanDesignationChecklist;
import org.chokepoint.trade.SupplyRiskAssessment;

/**
 * Criticality results for a perspective with their sources: EU supply risk per material, or the
 * Japan designation checklist per product.
 */
public record CriticalityView(
    CountryGroup perspective,
    CountryGroup concern,
    int year,
    List<SupplyRiskAssessment> supplyRisk,
    List<JapanDesignationChecklist.Checklist> checklists,
    String valueUnit,
    List<Provenance> sources) {
  public CriticalityView {
    supplyRisk = List.copyOf(supplyRisk);
    checklists = List.copyOf(checklists);
    sources = List.copyOf(sources);
  }
}
